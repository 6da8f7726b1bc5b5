/**
 * The GraphQL documents the page sends; each constant is named after its use case. `npm run codegen`
 * checks them against schema.graphql and writes their result types to generated.ts (a document that
 * does not match the schema fails typecheck, hence `npm test`). Shared selections are fragments,
 * appended to the documents that use them.
 */

export const PAGE_LIMITS = /* GraphQL */ `
  query PageLimits {
    serverInfo { maxGraphNodes maxStartIds }
  }`;

export const SEARCH_SUGGESTIONS = /* GraphQL */ `
  query SearchSuggestions($text: String!, $kinds: [NodeKind!], $first: Int, $question: ID) {
    search(text: $text, kinds: $kinds, first: $first, question: $question) { kind score text node { id label ... on Study { authors year design sampleSize doi } } }
  }`;

const GRAPH_FIELDS = /* GraphQL */ `
  fragment GraphFields on Graph {
    nodes { classes data { id kind label weight degree year design sampleSize firstAuthor } }
    edges { classes data { id source target kind label stance weight quote discrepancies timepoint effect sourceUrl } }
    omittedNodes truncated
    leftOut { nodeId count exact label groups { kind design count } }
  }`;

export const NEIGHBOURHOOD_GRAPH = /* GraphQL */ `
  query NeighbourhoodGraph($ids: [ID!]!, $depth: Int, $filter: GraphFilter, $limit: Int, $fanOut: Int) {
    neighbourhood(ids: $ids, depth: $depth, filter: $filter, limit: $limit, fanOut: $fanOut) { ...GraphFields }
  }
  ${GRAPH_FIELDS}`;

export const PATHS_GRAPH = /* GraphQL */ `
  query PathsGraph($from: ID!, $to: ID!, $maxLength: Int, $filter: GraphFilter) {
    paths(from: $from, to: $to, maxLength: $maxLength, filter: $filter) { ...GraphFields }
  }
  ${GRAPH_FIELDS}`;

const STUDY_FIELDS = /* GraphQL */ `
  fragment StudyRefFields on Study { id title authors year journal design sampleSize doi url }`;

export const NODE_DETAILS = /* GraphQL */ `
  query NodeDetails($id: ID!) {
    node(id: $id) {
      id kind label
      ... on Study {
        title authors year journal volume issue pages doi pmid url design sampleSize population citedBy { printed discrepancies source { id title } }
        evidence { id stance quote timepoint effect sourceUrl claim { id statement } }
        findingsByQuestion { question { id wording } evidence { id stance quote timepoint effect sourceUrl claim { id statement } } }
      }
      ... on Claim { statement direction summary { supporting contradicting qualifying balance certainty reason contested assertedNotStudied verdict } }
      ... on Source { title author publisher published url citations { printed discrepancies study { id title } } }
      ... on Technique { name description aliases category }
      ... on Mechanism { name description aliases }
      ... on Condition { name description aliases category }
      ... on Outcome { name description aliases instrument }
    }
    changes(nodeId: $id, first: 10) { at who action kind targetId }
  }`;

/** What the claim view shows of a summary; the sensitivity toggles ask for the same fields again. */
const SUMMARY_FIELDS = /* GraphQL */ `
  fragment ClaimSummaryFields on EvidenceSummary {
    supporting contradicting qualifying findings studies studiesSupporting studiesContradicting studiesQualifying
    balance certainty noEvidence reason rule assertedNotStudied contested verdict verdictReason possibleOverlap assertions
    certaintyAssessment { rule level start startReason ceiling domains { domain levels assessed reason studies } }
    reviewCertainty { study comparison certainty quote source }
    excluded { edgeId studyId study stance code reason carriedBy }
    robustness { verdict direction pivotal text }
    moderators { factor supporting contradicting separates text }
    forest {
      key measure noEffect scale comparison outcome timeBand instrument
      rows { ...ForestRowFields }
      carried { ...ForestRowFields }
      pooled { method k estimate ciLow ciHigh pValue tau2 i2 q qDf qPValue predictionLow predictionHigh participants }
    }
  }
  fragment ForestRowFields on ForestRow { edgeId studyId study stance estimate ciLow ciHigh variance computedFrom participants weight pooled carriedBy note }`;

const SOF_LINKS = /* GraphQL */ `
  fragment SofLinkFields on SummaryOfFindings { markdownUrl csvUrl rows { outcome timepoint studies participants certainty } }`;

export const CLAIM_VIEW = /* GraphQL */ `
  query ClaimView($id: ID!) {
    claim(id: $id) {
      id statement direction claimKind
      question { id wording }
      techniques { id name }
      evidence {
        id stance why quote outcome outcomeMeasure comparator timepoint timepointWeeks effect sourceUrl sourceKind
        effectSize { measure value ciLow ciHigh }
        study { ...StudyRefFields }
      }
      assertedBy { id quote source { id title url publisher } }
      summary { ...ClaimSummaryFields }
      summaryOfFindings { ...SofLinkFields }
    }
  }
  ${STUDY_FIELDS}
  ${SUMMARY_FIELDS}
  ${SOF_LINKS}`;

/** A claim's summary recomputed with findings left out (the claim view's sensitivity toggles), with its downloads. */
export const CLAIM_SUMMARY = /* GraphQL */ `
  query ClaimSummary($id: ID!, $sensitivity: SensitivityInput) {
    claim(id: $id) {
      id
      summary(sensitivity: $sensitivity) { ...ClaimSummaryFields }
      summaryOfFindings(sensitivity: $sensitivity) { ...SofLinkFields }
    }
  }
  ${SUMMARY_FIELDS}
  ${SOF_LINKS}`;

export const EVIDENCE_MAP = /* GraphQL */ `
  query EvidenceMapView($rows: NodeKind!, $columns: NodeKind!, $filter: GraphFilter, $question: ID) {
    evidenceMap(rows: $rows, columns: $columns, filter: $filter, question: $question) {
      rows { id label }
      columns { id label }
      cells { row column studies claimCount balance certainty supporting contradicting qualifying }
      computedAt stale
    }
  }`;

export const CITATION_EXPORT = /* GraphQL */ `
  query CitationExport($claimId: ID, $ids: [ID!], $format: CitationFormat!, $question: ID) {
    citations(claimId: $claimId, ids: $ids, format: $format, question: $question) { format content mimeType fileName downloadUrl studyIds }
  }`;

/** Every question, with what the landing list shows of it. */
export const QUESTION_LIST = /* GraphQL */ `
  query QuestionList {
    questions { id wording population intervention comparison outcome summary claimCount studyCount }
  }`;

/** Every claim with its summary, a page at a time: the overview, verdict colours and short names read it. */
export const CLAIM_INDEX = /* GraphQL */ `
  query ClaimIndex($question: ID, $first: Int, $after: String) {
    claims(filter: { question: $question }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes {
        id statement direction claimKind outcomes { id name } conditions { id name }
        summary { supporting contradicting qualifying studies balance certainty contested assertedNotStudied verdict assertions }
      }
    }
  }`;

/** Every study's id and design: the overview's provenance line counts them and links their reference list. */
export const STUDY_INDEX = /* GraphQL */ `
  query StudyIndex($question: ID, $first: Int, $after: String) {
    studies(filter: { question: $question }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id design }
    }
  }`;

/** The articles and which claims each asserts. */
export const ARTICLE_INDEX = /* GraphQL */ `
  query ArticleIndex($question: ID, $first: Int, $after: String) {
    sources(question: $question, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id title author publisher published url assertions { id claim { id } } }
    }
  }`;

/** The claims of one evidence-map cell with their studies, a page at a time (no id list, so no id cap). */
export const CELL_CLAIMS = /* GraphQL */ `
  query CellClaims($filter: ClaimFilter, $first: Int, $after: String) {
    claims(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes {
        id statement
        summary { supporting contradicting qualifying studies balance certainty contested assertedNotStudied verdict assertions excluded { edgeId } }
        evidence { id stance study { id title authors year design sampleSize } }
        techniques { id name category }
        comparedWith { id name }
      }
    }
  }`;
