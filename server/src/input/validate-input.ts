import type { ClaimInput, ClaimPatch, EvidenceInput, EvidencePatch, RiskOfBiasInput, StudyInput, StudyPatch } from '../generated/graphql.js';
import { badInput } from '../errors/codes.js';

import { DOI_PATTERN, ID_PATTERN } from '../domain/patterns.js';
import { FINDING_DIRECTION_OF_STANCE } from '../domain/stances.js';
import { CLAIM_LINKS, type ClaimLinkField } from '../domain/claim-links.js';
import { defaultClaimKind } from '../domain/claim-kinds.js';
import { toStoredArmData } from './arm-data-input.js';

export { DOI_PATTERN } from '../domain/patterns.js';
const MAX_ID_LENGTH = 100;
const PMID = /^\d{1,9}$/;
export const FIRST_YEAR = 1800;

/** The longest value of each study field, shared by createStudy/updateStudy and the citation import. */
export const STUDY_FIELD_CAPS = { title: 1000, author: 200, journal: 300, volume: 50, issue: 50, pages: 50, url: 2000, population: 2000 } as const;
/** The most authors one study may list. */
export const MAX_AUTHORS = 200;

/** Whether a URL is one a page may link to: http or https only (never javascript:, data:, file:). */
export function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

// ANSI escape sequences first (so their parameters go too), then every other control character.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-_]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text with control characters (NUL, carriage returns, terminal escapes…) removed; tabs and newlines stay. */
export const stripControl = (value: string) => value.replace(ANSI, '').replace(CONTROL, '');

type Props = Record<string, unknown>;

/** Trimmed non-empty text no longer than `max`, or BAD_USER_INPUT naming the field. */
function text(field: string, value: string, max: number): string {
  const t = stripControl(value).trim();
  if (!t) throw badInput(`${field} must not be empty`, field);
  if (t.length > max) throw badInput(`${field} is longer than ${max} characters`, field);
  return t;
}

function httpUrl(field: string, value: string): string {
  const t = text(field, value, STUDY_FIELD_CAPS.url);
  if (!isHttpUrl(t)) throw badInput(`${field} must be an http(s) URL`, field);
  return t;
}

/** A node id: a lowercase slug like the seed's. */
export function checkId(field: string, id: string): string {
  if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) throw badInput(`${field} must be a lowercase slug (a-z, 0-9, -)`, field);
  return id;
}

/** Validates a year as plausible: from 1800 to next year. */
export function checkYear(year: number, now = new Date()): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > now.getUTCFullYear() + 1)
    throw badInput(`year must be between ${FIRST_YEAR} and next year`, 'year');
  return year;
}

// Optional fields: undefined = leave as is, null or "" = remove (stored as absent, never as "").
function optional<T>(value: T | null | undefined, check: (v: T) => unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  return check(value);
}

function studyFields(s: StudyPatch): Props {
  const authors = optional(s.authors, (a) => {
    if (a.length > MAX_AUTHORS) throw badInput(`authors lists more than ${MAX_AUTHORS} authors`, 'authors');
    const list = a.map((x, i) => text(`authors[${i}]`, x, STUDY_FIELD_CAPS.author));
    if (list.length === 0) throw badInput('authors must list at least one author', 'authors');
    return list;
  }) as string[] | null | undefined;
  const props: Props = {
    title: optional(s.title, (t) => text('title', t, 1000)),
    authors,
    authorsText: authors === undefined ? undefined : authors === null ? null : authors.join('; '),
    year: optional(s.year, (y) => checkYear(y)),
    journal: optional(s.journal, (v) => text('journal', v, 300)),
    volume: optional(s.volume, (v) => text('volume', v, 50)),
    issue: optional(s.issue, (v) => text('issue', v, 50)),
    pages: optional(s.pages, (v) => text('pages', v, 50)),
    doi: optional(s.doi, (d) => {
      if (!DOI_PATTERN.test(d.trim())) throw badInput('doi must look like 10.1234/suffix', 'doi');
      return d.trim();
    }),
    pmid: optional(s.pmid, (p) => {
      if (!PMID.test(p.trim())) throw badInput('pmid must be digits', 'pmid');
      return p.trim();
    }),
    url: optional(s.url, (u) => httpUrl('url', u)),
    design: optional(s.design, (d) => d.toLowerCase()),
    sampleSize: optional(s.sampleSize, (n) => {
      if (!Number.isInteger(n) || n < 1) throw badInput('sampleSize must be a positive whole number', 'sampleSize');
      return n;
    }),
    population: optional(s.population, (v) => text('population', v, 2000)),
    ...riskOfBiasFields(s.riskOfBias),
  };
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

const ALLOCATION_CONCEALMENT = ['adequate', 'unclear', 'inadequate'];

/** The stored (flattened) risk-of-bias properties: all replaced together, a fact not given stored as not stated. */
function riskOfBiasFields(r: RiskOfBiasInput | null | undefined): Props {
  if (r === undefined) return {};
  const keep = (v: unknown) => (v === undefined ? null : v);
  if (r === null)
    return {
      randomised: null,
      allocationConcealment: null,
      participantsBlinded: null,
      assessorsBlinded: null,
      attritionNote: null,
      registration: null,
      riskOfBiasSource: null,
    };
  const concealment = r.allocationConcealment?.trim().toLowerCase() || null;
  if (concealment && !ALLOCATION_CONCEALMENT.includes(concealment)) {
    throw badInput(`riskOfBias.allocationConcealment must be one of ${ALLOCATION_CONCEALMENT.join(', ')}`, 'riskOfBias.allocationConcealment');
  }
  return {
    randomised: keep(r.randomised),
    allocationConcealment: concealment,
    participantsBlinded: keep(r.participantsBlinded),
    assessorsBlinded: keep(r.assessorsBlinded),
    attritionNote: r.attritionNote?.trim() ? text('riskOfBias.attritionNote', r.attritionNote, 1000) : null,
    registration: r.registration?.trim() ? text('riskOfBias.registration', r.registration, 200) : null,
    riskOfBiasSource: httpUrl('riskOfBias.source', r.source),
  };
}

const REQUIRED_STUDY = ['title', 'authors', 'year', 'design'] as const;

/** A new study's stored properties (nulls dropped, authorsText derived for the full-text index). */
export function toStudyProps(input: StudyInput): Props {
  const props: Props = { id: checkId('id', input.id), ...studyFields(input) };
  for (const f of REQUIRED_STUDY) if (props[f] == null) throw badInput(`${f} is required`, f);
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
}

/** Property changes of a study; null removes an optional field; required fields cannot be removed. */
export function toStudyChanges(patch: StudyPatch): Props {
  const changes = studyFields(patch);
  for (const f of REQUIRED_STUDY) if (changes[f] === null) throw badInput(`${f} cannot be removed`, f);
  return changes;
}

const LINK_FIELDS = CLAIM_LINKS.map((l) => l.inputField);
export type { ClaimLinkField } from '../domain/claim-links.js';

/** A claim's properties and the links to set (a link list given replaces the old one). */
export function toClaimWrite(input: ClaimInput | ClaimPatch, isNew: boolean) {
  const props: Props = {};
  if ('id' in input && isNew) props.id = checkId('id', input.id);
  if (input.statement != null || isNew) props.statement = text('statement', input.statement ?? '', 1000);
  if (input.direction != null) props.direction = input.direction;
  else if (!isNew && input.direction === null) throw badInput('direction cannot be removed', 'direction');
  const links: Partial<Record<ClaimLinkField, string[]>> = {};
  for (const f of LINK_FIELDS) {
    const ids = input[f];
    if (ids != null) links[f] = [...new Set(ids)];
  }
  if ('claimKind' in input && input.claimKind != null) props.claimKind = input.claimKind;
  else if (isNew) props.claimKind = defaultClaimKind(links.mechanismIds);
  return { props, links };
}

/** The comparator, follow-up and extracted numbers of a finding (they decide what pools with what). */
function findingNumbers(f: Pick<EvidencePatch, 'comparator' | 'timepointWeeks' | 'armData'>): Props {
  return {
    comparator: optional(f.comparator, (v) => text('comparator', v, 300)),
    timepointWeeks: optional(f.timepointWeeks, (w) => {
      if (!Number.isInteger(w) || w < 0 || w > 5200) throw badInput('timepointWeeks must be whole weeks from 0 to 5200', 'timepointWeeks');
      return w;
    }),
    armData: optional(f.armData, toStoredArmData),
  };
}

/** A new evidence edge's stored properties. */
export function toEvidenceProps(input: EvidenceInput): Props {
  return Object.fromEntries(
    Object.entries({
      quote: text('quote', input.quote, 3000),
      sourceUrl: httpUrl('sourceUrl', input.sourceUrl),
      outcome: optional(input.outcome, (v) => text('outcome', v, 300)),
      timepoint: optional(input.timepoint, (v) => text('timepoint', v, 300)),
      effect: optional(input.effect, (v) => text('effect', v, 3000)),
      ...findingNumbers(input),
      direction: FINDING_DIRECTION_OF_STANCE[input.stance],
    }).filter(([, v]) => v != null),
  );
}

/** Property changes of an evidence edge; quote and sourceUrl cannot be removed. */
export function toEvidenceChanges(patch: EvidencePatch): Props {
  if (patch.quote === null) throw badInput('quote cannot be removed', 'quote');
  if (patch.sourceUrl === null) throw badInput('sourceUrl cannot be removed', 'sourceUrl');
  const changes: Props = {
    quote: patch.quote === undefined ? undefined : text('quote', patch.quote, 3000),
    sourceUrl: patch.sourceUrl === undefined ? undefined : httpUrl('sourceUrl', patch.sourceUrl),
    outcome: optional(patch.outcome, (v) => text('outcome', v, 300)),
    timepoint: optional(patch.timepoint, (v) => text('timepoint', v, 300)),
    effect: optional(patch.effect, (v) => text('effect', v, 3000)),
    ...findingNumbers(patch),
  };
  if (patch.stance) changes.direction = FINDING_DIRECTION_OF_STANCE[patch.stance];
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
}
