import { CLAIM_KINDS, REVIEW_METHODS } from '../domain/claim-kinds.js';
import { DESIGNS } from '../domain/designs.js';
import { CONDITION_CATEGORIES, TECHNIQUE_CATEGORIES } from '../seed/seed-schemas.js';

/*
 * The extraction workbook's sheets and columns: one place that the reader, the writer, the blank template and
 * docs/workbook.md all follow. One row per record; a `list` cell holds its items separated by `;`.
 */

/** How a cell is read: text ("" when empty), optional text (null when empty), numbers, yes/no, lists, JSON. */
export type CellKind = 'text' | 'optional' | 'int' | 'number' | 'bool' | 'list' | 'json';

export interface ColumnSpec {
  name: string;
  kind: CellKind;
  /** A column the sheet may leave out altogether (its cells then read as empty). */
  optional?: boolean;
  help: string;
}

export interface SheetSpec {
  name: string;
  help: string;
  columns: ColumnSpec[];
}

const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
const col = (name: string, kind: CellKind, help: string, optional = false): ColumnSpec => ({ name, kind, help, optional });
const id = (what: string) => col('id', 'text', `the ${what}'s id: a lowercase slug (a-z, 0-9, -)`);
const entity = (what: string, extra: ColumnSpec[]): SheetSpec => ({
  name: `${what}s`,
  help: `the ${what}s the claims and studies name (shared by every question)`,
  columns: [
    id(what),
    col('name', 'text', 'its name'),
    col('description', 'text', 'one or two sentences'),
    col('aliases', 'list', 'other names, ;-separated'),
    ...extra,
    col('mentionedIn', 'list', 'ids of the articles or studies that mention it, ;-separated'),
  ],
});

const questionColumn = col('question', 'text', 'the question it belongs to (blank: the only question of the workbook)', true);
const findingRef = [
  col('study', 'text', 'the study id'),
  col('findingSet', 'text', "blank: the study record's own findings; a question id: findings that question adds to the study", true),
  col('finding', 'int', 'the finding number within its set, from 0'),
];

export const WORKBOOK_SHEETS: readonly SheetSpec[] = [
  {
    name: 'question',
    help: 'the question the workbook answers (one row; the whole-graph export has one row per question)',
    columns: [
      id('question'),
      col('wording', 'text', 'the question as a reader would ask it'),
      col('population', 'text', 'who it is about'),
      col('intervention', 'text', 'the treatment in question'),
      col('comparison', 'text', 'what it is compared with ("" when none)', true),
      col('outcome', 'text', 'what is measured ("" when none)', true),
      col('summary', 'text', 'the landing words for this question ("" when none)', true),
    ],
  },
  {
    name: 'sources',
    help: 'the popular articles the question starts from',
    columns: [
      id('article'),
      col('title', 'text', 'the title as printed'),
      col('author', 'text', 'the byline ("" when none)'),
      col('publisher', 'text', 'the site or publisher'),
      col('published', 'text', 'YYYY, YYYY-MM or YYYY-MM-DD ("" when not stated)'),
      col('lastUpdated', 'text', 'YYYY, YYYY-MM or YYYY-MM-DD ("" when not stated)'),
      col('url', 'text', 'the address it was read at (http or https)'),
      col('urlSource', 'text', 'where the address came from'),
      col('kind', 'text', 'web_article'),
      col('seedFile', 'text', 'the file the text was read from ("" when none)'),
      questionColumn,
    ],
  },
  {
    name: 'assertions',
    help: "claim quotes: each article's own words for a claim, verbatim",
    columns: [
      col('source', 'text', 'the article id'),
      col('claim', 'text', 'the claim id'),
      col('quote', 'text', 'the verbatim quote, 300 characters at most'),
    ],
  },
  {
    name: 'claims',
    help: 'what the articles claim, one claim per row (merge claims that say the same thing)',
    columns: [
      id('claim'),
      col('statement', 'text', 'the claim in one sentence'),
      col('direction', 'text', 'IMPROVES, WORSENS, NO_EFFECT or ASSOCIATED'),
      col('claimKind', 'text', oneOf(CLAIM_KINDS)),
      col('about', 'list', 'technique ids under test'),
      col('comparedWith', 'list', 'technique ids it is compared with'),
      col('in', 'list', 'condition ids'),
      col('on', 'list', 'outcome ids'),
      col('via', 'list', 'mechanism ids'),
      questionColumn,
    ],
  },
  entity('technique', [col('category', 'text', oneOf(TECHNIQUE_CATEGORIES)), col('partOf', 'text', 'the technique id it belongs to ("" when none)')]),
  entity('condition', [col('category', 'text', oneOf(CONDITION_CATEGORIES))]),
  entity('outcome', [col('instrument', 'text', 'the instrument that measures it ("" when none)')]),
  entity('mechanism', []),
  {
    name: 'studies',
    help: 'verified study records (shared by every question); findings, stated certainty and relations have their own sheets',
    columns: [
      id('study'),
      col('title', 'text', 'the title'),
      col('authors', 'list', 'authors, ;-separated'),
      col('year', 'int', 'the year of publication'),
      col('journal', 'optional', 'journal abbreviation'),
      col('volume', 'optional', 'volume'),
      col('issue', 'optional', 'issue'),
      col('pages', 'optional', 'pages'),
      col('doi', 'optional', 'the DOI, bare (10.…/…); unique'),
      col('pmid', 'optional', 'PubMed id, digits'),
      col('pmcid', 'optional', 'PMC id'),
      col('url', 'optional', 'the address of the record'),
      col('design', 'text', oneOf(DESIGNS)),
      col('sampleSize', 'int', 'participants (blank when not stated)'),
      col('population', 'optional', 'who was studied'),
      col('conditions', 'list', 'conditions studied, as the record words them'),
      col('techniques', 'list', 'techniques studied, as the record words them'),
      col('comparators', 'list', 'comparators, as the record words them'),
      col('outcomes', 'list', 'outcomes, as the record words them'),
      col('confirmedFrom', 'list', 'where each fact was confirmed'),
      col('uncertain', 'list', 'what could not be confirmed'),
      col('journalFull', 'optional', 'the journal name in full'),
      col('reviewMethod', 'optional', `reviews: ${oneOf(REVIEW_METHODS)}`, true),
      col('robRandomised', 'bool', 'risk of bias: randomised (yes/no/blank)', true),
      col('robAllocationConcealment', 'optional', 'adequate, unclear or inadequate', true),
      col('robParticipantsBlinded', 'bool', 'participants blinded (yes/no/blank)', true),
      col('robAssessorsBlinded', 'bool', 'assessors blinded (yes/no/blank)', true),
      col('robAttritionNote', 'optional', 'attrition as stated', true),
      col('robRegistration', 'optional', 'trial registration', true),
      col('robGradeCertainty', 'json', 'the certainty the review states: a phrase, or a JSON object of comparison → phrase', true),
      col('robQualityNote', 'optional', 'quality note', true),
      col('robNote', 'optional', 'risk of bias note', true),
      col('robSource', 'optional', 'where the risk of bias was read (blank: no risk-of-bias record)', true),
      col('corrections', 'json', 'corrections, a JSON list (blank: none)', true),
    ],
  },
  {
    name: 'findings',
    help: "each study's findings, one row per finding, numbered from 0 within its set",
    columns: [
      ...findingRef,
      col('outcome', 'text', 'the outcome as the study words it'),
      col('direction', 'text', 'supports, contradicts, no effect or mixed'),
      col('timepoint', 'text', 'when it was measured'),
      col('effect', 'text', 'the effect in words'),
      col('quote', 'text', 'the verbatim quote, 300 characters at most'),
      col('source', 'text', 'the address the quote was read at (http or https)'),
      col('sourceKind', 'text', 'primary or secondary'),
      col('comparator', 'optional', 'what it was compared with'),
      col('outcomeMeasure', 'optional', 'the instrument'),
      col('timepointWeeks', 'int', 'the timepoint in whole weeks (blank when not stated)'),
      col('effectMeasure', 'optional', 'stated effect size: its measure (SMD, MD, RR, …)', true),
      col('effectValue', 'number', 'stated effect size: value', true),
      col('effectCiLow', 'number', 'stated effect size: lower 95% limit', true),
      col('effectCiHigh', 'number', 'stated effect size: upper 95% limit', true),
      col('effectParticipants', 'int', 'stated effect size: participants', true),
      col('effectStudies', 'int', 'stated effect size: studies pooled', true),
      col('effectGrade', 'optional', 'stated effect size: GRADE as stated', true),
      col('effectFollowUp', 'optional', 'stated effect size: follow-up', true),
      col('effectSecondArm', 'optional', 'stated effect size: the second arm', true),
      col('armData', 'json', 'extracted arm numbers as JSON (see docs/workbook.md)', true),
      col('extractionNote', 'optional', 'how a value was read (a copy, a translation, a page cut short): for curators, never shown to readers', true),
    ],
  },
  {
    name: 'evidence',
    help: 'what each finding says about each claim: one row per link, stance and reason required',
    columns: [
      ...findingRef,
      col('claim', 'text', 'the claim id'),
      col('stance', 'text', 'SUPPORTS, CONTRADICTS or QUALIFIES'),
      col('why', 'text', 'why, in one sentence'),
      col('measuredMechanisms', 'list', "mechanism ids (of the claim's via) this finding measured", true),
    ],
  },
  {
    name: 'relations',
    help: 'how studies relate, so shared patients are counted once',
    columns: [
      col('from', 'text', 'the study id'),
      col('type', 'text', 'updates, republishes or includes'),
      col('to', 'text', 'the study id'),
      col('source', 'text', 'the address the relation was read at'),
      col('note', 'text', 'a note ("" when none)'),
      col('question', 'text', 'the question that brought it (blank: shared by every question)', true),
    ],
  },
  {
    name: 'stated_certainty',
    help: 'certainty a review or guideline states for part of its evidence, as its pages word it',
    columns: [
      col('study', 'text', 'the review id'),
      col('comparison', 'text', 'the comparison'),
      col('outcome', 'optional', 'the outcome'),
      col('population', 'optional', 'the population'),
      col('timepoint', 'optional', 'the timepoint'),
      col('certainty', 'text', 'the certainty as worded'),
      col('quote', 'optional', 'the verbatim words'),
      col('source', 'text', 'the address it was read at'),
    ],
  },
  {
    name: 'citations',
    help: 'which study each article cites, as printed',
    columns: [col('source', 'text', 'the article id'), col('study', 'text', 'the study id'), col('printed', 'text', 'the reference as printed, verbatim')],
  },
  {
    name: 'discrepancies',
    help: 'where a printed reference differs from the verified record',
    columns: [
      col('source', 'text', 'the article id'),
      col('study', 'text', 'the study id'),
      col('field', 'text', 'the field that differs'),
      col('printed', 'text', 'as printed'),
      col('verified', 'text', 'as verified'),
      col('note', 'text', 'a note ("" when none)'),
    ],
  },
  {
    name: 'contraindications',
    help: 'when a technique should be avoided or used with caution',
    columns: [
      col('technique', 'text', 'the technique id'),
      col('condition', 'text', 'the condition id'),
      col('quote', 'text', 'the verbatim quote'),
      col('source', 'text', 'the article or study id'),
      col('level', 'text', 'avoid or caution'),
      questionColumn,
    ],
  },
];

/** The sheet of explanations every written workbook starts with; a reader ignores it. */
export const README_SHEET = 'README';

export const sheetSpec = (name: string) => WORKBOOK_SHEETS.find((s) => s.name === name);

/** Most rows one sheet may hold, and the largest file read: checked before parsing. */
export const MAX_ROWS_PER_SHEET = 20_000;
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
/** Claim and finding quotes stay short: a quote, not a passage. */
export const MAX_QUOTE_CHARS = 300;
