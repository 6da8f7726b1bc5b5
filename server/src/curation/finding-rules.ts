import type { FindingInput, LinkInput } from '../generated/graphql.js';
import { badInput } from '../errors/codes.js';
import { isHttpUrl, stripControl } from '../input/validate-input.js';

/** The seed checker's limits, applied to findings a curator adds in the page. */
export const MAX_QUOTE = 300;
export const MAX_REASON = 400;

const clean = (v: string | null | undefined) => (v == null ? null : stripControl(v).trim() || null);

function required(field: string, value: string | null | undefined, max = 300): string {
  const t = clean(value);
  if (!t) throw badInput(`${field} is required`, field);
  if (t.length > max) throw badInput(`${field} is longer than ${max} characters`, field);
  return t;
}

/** A reason: given, and short enough to be one sentence. */
export const checkReason = (field: string, value: string | null | undefined): string => required(field, value, MAX_REASON);

const finite = (field: string, v: number | null | undefined) => {
  if (v != null && !Number.isFinite(v)) throw badInput(`${field} must be a number`, field);
  return v ?? null;
};

/** A finding's stored edge properties (the shape the seed stores), checked by the seed checker's rules. */
export function findingProps(f: FindingInput): Record<string, unknown> {
  const quote = required('quote', f.quote, MAX_QUOTE);
  const sourceUrl = required('sourceUrl', f.sourceUrl, 2000);
  if (!isHttpUrl(sourceUrl)) throw badInput('sourceUrl must be an http(s) URL', 'sourceUrl');
  if (f.timepointWeeks != null && (!Number.isInteger(f.timepointWeeks) || f.timepointWeeks < 0 || f.timepointWeeks > 5200)) throw badInput('timepointWeeks must be whole weeks from 0 to 5200', 'timepointWeeks');
  const es = f.effectSize;
  if (es) {
    const [lo, hi, value] = [finite('effectSize.ciLow', es.ciLow), finite('effectSize.ciHigh', es.ciHigh), finite('effectSize.value', es.value)];
    if ((lo == null) !== (hi == null)) throw badInput('an interval needs both its lower and upper limit', 'effectSize.ciLow');
    if (lo != null && hi != null && lo > hi) throw badInput('the lower limit of the interval is above the upper', 'effectSize.ciLow');
    if (lo != null && hi != null && value != null && (value < lo || value > hi)) throw badInput('the effect lies outside its interval', 'effectSize.value');
    if (es.participants != null && (!Number.isInteger(es.participants) || es.participants < 1)) throw badInput('participants must be a positive whole number', 'effectSize.participants');
  }
  return {
    quote,
    sourceUrl,
    sourceKind: f.sourceKind.toLowerCase(),
    outcome: required('outcome', f.outcome),
    timepoint: required('timepoint', f.timepoint),
    effect: required('effect', f.effect, 3000),
    comparator: clean(f.comparator),
    outcomeMeasure: clean(f.outcomeMeasure),
    timepointWeeks: f.timepointWeeks ?? null,
    effectMeasure: es ? required('effectSize.measure', es.measure, 300) : null,
    effectValue: es?.value ?? null,
    effectCiLow: es?.ciLow ?? null,
    effectCiHigh: es?.ciHigh ?? null,
    effectParticipants: es?.participants ?? null,
  };
}

/** A link's stored properties: no link without its stance and a one-sentence reason. */
export function linkProps(link: LinkInput): Record<string, unknown> {
  if (!link.stance) throw badInput('every link states its stance', 'stance');
  return { why: checkReason('why', link.why), measuredMechanisms: [...new Set(link.measuredMechanismIds ?? [])] };
}
