/** The operations both servers answer: the GraphQL request evigraph gets, and the floor's path. */
export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  floorPath: string;
  /** The statement floor's path (bench/statement-floor.ts), for operations answered by one statement of evigraph's. */
  statementFloorPath?: string;
}

export const CLAIM_ID = 'massage-reduces-pain-chronic-lbp-short-term';
export const HUB_ID = 'massage';
export const SEARCH_TEXT = 'sweedish massage back pain';

export const OPERATIONS: Operation[] = [
  {
    name: 'search',
    query: 'query($t: String!) { search(text: $t, first: 20) { kind score text node { id label } } }',
    variables: { t: SEARCH_TEXT },
    floorPath: `/search?text=${encodeURIComponent(SEARCH_TEXT)}`,
  },
  {
    name: 'claim with evidence',
    query: `query($id: ID!) { claim(id: $id) { statement techniques { id } conditions { id }
      evidence { stance quote timepoint effect study { id title year design sampleSize } }
      assertedBy { quote source { title } } summary { balance certainty reason contested assertedNotStudied } } }`,
    variables: { id: CLAIM_ID },
    floorPath: `/claim?id=${CLAIM_ID}`,
    statementFloorPath: `/statement/claim?id=${CLAIM_ID}`,
  },
  {
    name: 'depth-2 neighbourhood',
    query: `query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 300) { omittedNodes
      nodes { data { id kind label weight degree } classes } edges { data { id source target kind stance weight } classes } leftOut { nodeId label } } }`,
    variables: { ids: [HUB_ID] },
    floorPath: `/neighbourhood?id=${HUB_ID}`,
    statementFloorPath: `/statement/neighbourhood?id=${HUB_ID}&limit=300`,
  },
  {
    name: 'evidence map',
    query: '{ evidenceMap(rows: TECHNIQUE, columns: CONDITION) { rows { id label } columns { id label } cells { row column studies balance certainty } } }',
    variables: {},
    floorPath: '/map',
  },
];
