import type { CertaintyLevel, EvidencePoint } from './evidence-point.js';
import { comparisonOf, timeBandOf } from './comparisons.js';
import { levelsNamed, parseStatedCertainty } from './stated-certainty.js';

/** A certainty a review states for part of its evidence, and the part it applies to. */
export interface ReviewRating {
  comparison: string;
  outcome: string | null;
  timepoint: string | null;
  certainty: string;
  quote: string | null;
  source: string | null;
}

/** The rating that binds one review finding: for its comparison when the review gives one, else review-wide. */
export interface BindingRating {
  rating: ReviewRating;
  level: CertaintyLevel;
  /** COMPARISON: the review's own rating for this comparison; REVIEW: its review-wide statement; GROUP: a rating for a group of treatments. */
  scope: 'COMPARISON' | 'REVIEW' | 'GROUP';
}

const WHOLE = /whole review|overall|all\b/i;
/** A rating given to several treatments together, not to massage alone. */
const GROUP = /group|therapies/i;


/** The review's stated ratings: the structured rows when recorded, else its `gradeCertainty` phrases. */
export function ratingsOf(p: EvidencePoint): ReviewRating[] {
  const key = `${p.risk?.statedRatings ?? ''}\u0000${p.risk?.gradeCertainty ?? ''}`;
  const known = parsed.get(key);
  if (known) return known;
  const ratings = readRatings(p.risk?.statedRatings, p.risk?.gradeCertainty);
  parsed.set(key, ratings);
  return ratings;
}

// A review's stored ratings are the same text on every finding and map cell it appears in: parse each text once.
// Few reviews state ratings, so the cache stays small.
const parsed = new Map<string, ReviewRating[]>();

function readRatings(statedRatings: string | null | undefined, gradeCertainty: string | null | undefined): ReviewRating[] {
  if (statedRatings) {
    try {
      return (JSON.parse(statedRatings) as ReviewRating[]).map((r) => ({ ...r, quote: r.quote ?? null, source: r.source ?? null }));
    } catch {
      // Unreadable JSON falls back to the phrases below.
    }
  }
  return parseStatedCertainty(gradeCertainty).map((s) => ({ comparison: s.comparison ?? 'whole review', outcome: null, timepoint: null, certainty: s.certainty, quote: null, source: null }));
}

const words = (s: string | null | undefined) => (s ?? '').toLowerCase();

function coversComparison(r: ReviewRating, p: EvidencePoint): boolean {
  const c = words(r.comparison);
  const mine = words(comparisonOf(p));
  if (!mine) return false;
  if (/\binactive\b|sham|placebo|wait/.test(c) && mine.startsWith('inactive')) return true;
  if (/\bactive control/.test(c.replace(/\binactive\b/g, '')) && mine.startsWith('active')) return true;
  return /usual care/.test(c) && mine === 'usual care';
}

const coversOutcome = (r: ReviewRating, p: EvidencePoint) => !r.outcome || WHOLE.test(r.outcome) || r.outcome.split(/\band\b|,/).some((o) => o.trim() && words(`${p.outcome} ${p.outcomeMeasure}`).includes(o.trim().toLowerCase()));

function coversTime(r: ReviewRating, p: EvidencePoint): boolean {
  if (!r.timepoint || WHOLE.test(r.timepoint)) return true;
  const band = timeBandOf(p);
  return band == null || words(r.timepoint).includes(band);
}

/**
 * The rating a review states for the part of its evidence this finding reports: its per-comparison rating (comparison,
 * outcome and time band all match) when its pages give one, else its review-wide statement, else a rating it gives a
 * group of treatments; null when it states none. A range ("low to very low") binds at its upper end: some of the
 * evidence it describes is rated that well.
 */
export function bindingRating(p: EvidencePoint): BindingRating | null {
  const ratings = ratingsOf(p).filter((r) => levelsNamed(r.certainty).length);
  const specific = ratings.find((r) => !WHOLE.test(r.comparison) && !GROUP.test(r.comparison) && coversComparison(r, p) && coversOutcome(r, p) && coversTime(r, p));
  const wide = ratings.find((r) => WHOLE.test(r.comparison));
  const group = ratings.find((r) => GROUP.test(r.comparison) || ratings.length === 1);
  const rating = specific ?? wide ?? group;
  if (!rating) return null;
  return { rating, level: levelsNamed(rating.certainty)[0]!, scope: specific ? 'COMPARISON' : wide ? 'REVIEW' : 'GROUP' };
}
