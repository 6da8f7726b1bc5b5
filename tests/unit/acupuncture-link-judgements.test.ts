import { describe, expect, test } from 'vitest';
import { loadQuestion } from '../support/acupuncture-question.js';

/**
 * Every evidence link of the acupuncture question (graph-seed/questions/acupuncture-low-back-pain/evidence.json),
 * each named with its stance and its reason: a short phrase the link's `why` must contain. Judged as the massage
 * links are (graph-seed/README.md, "From finding to edge"): the finding's quote, comparator, outcome and timepoint
 * against the claim's wording, never from the finding's `direction`. `set` says whether the finding is the study
 * record's own or one this question adds (findings.json, `"findingSet": "question"`).
 */
type Stance = 'SUPPORTS' | 'CONTRADICTS' | 'QUALIFIES';
type FindingSet = 'record' | 'question';

const NOT_FROM = 'not shown to come from acupuncture itself';
const NO_PLACEBO = 'measured no placebo mechanism';
const ONLY_IMMEDIATELY = 'only immediately after';
const NOT_SEPARATE = 'low back pain is not given separately';
const PARTISAN = 'secondary, partisan source';
const LESS_THAN_ANOTHER = 'did less than another treatment, not whether it helped';
const ACUTE_UNSETTLED = 'rests on chronic pain';
const NOT_WHOLLY_UNCLEAR = 'not wholly unclear';
const TOO_FEW = 'too few to justify firm conclusions';
const SPARSE = 'sparse and inconclusive';

const JUDGED: Array<[claim: string, study: string, finding: number, set: FindingSet, stance: Stance, reason: string]> = [
  ['acupuncture-better-than-sham', 'mu2020cochrane', 0, 'record', 'CONTRADICTS', 'did not appear to reduce pain markedly'],
  ['acupuncture-no-better-than-sham', 'mu2020cochrane', 0, 'record', 'SUPPORTS', 'does not appear to reduce pain or improve function more than sham'],
  ['acupuncture-benefit-may-be-nonspecific', 'mu2020cochrane', 0, 'record', 'SUPPORTS', NO_PLACEBO],
  ['acupuncture-relieves-low-back-pain', 'mu2020cochrane', 0, 'record', 'QUALIFIES', NOT_FROM],
  ['acupuncture-better-than-no-treatment', 'mu2020cochrane', 1, 'record', 'SUPPORTS', 'compared with no treatment'],
  ['acupuncture-relieves-low-back-pain', 'mu2020cochrane', 1, 'record', 'SUPPORTS', 'compared with no treatment'],
  ['acupuncture-better-than-conventional-care', 'mu2020cochrane', 2, 'record', 'QUALIFIES', 'did not appear to reduce pain significantly'],
  ['acupuncture-relieves-low-back-pain', 'mu2020cochrane', 2, 'record', 'QUALIFIES', 'did not appear to reduce pain significantly'],
  ['acupuncture-is-safe', 'mu2020cochrane', 3, 'record', 'SUPPORTS', 'mild or moderate'],
  ['acupuncture-pain-relief-proven-by-research', 'mu2020cochrane', 4, 'record', 'CONTRADICTS', 'very low to moderate quality'],
  ['acupuncture-relieves-low-back-pain', 'mu2020cochrane', 4, 'record', 'QUALIFIES', 'very low to moderate quality'],
  ['acupuncture-relieves-low-back-pain', 'furlan2005spine', 0, 'record', 'QUALIFIES', ONLY_IMMEDIATELY],
  ['acupuncture-better-than-no-treatment', 'furlan2005spine', 0, 'record', 'QUALIFIES', ONLY_IMMEDIATELY],
  ['acupuncture-better-than-sham', 'furlan2005spine', 0, 'record', 'QUALIFIES', ONLY_IMMEDIATELY],
  ['acupuncture-no-better-than-sham', 'furlan2005spine', 0, 'record', 'QUALIFIES', 'does not separate sham from no treatment'],
  ['acupuncture-usefulness-unclear-before-2007', 'furlan2005spine', 0, 'record', 'QUALIFIES', NOT_WHOLLY_UNCLEAR],
  ['acupuncture-pain-relief-proven-by-research', 'furlan2005spine', 0, 'record', 'QUALIFIES', ONLY_IMMEDIATELY],
  ['acupuncture-usefulness-unclear-before-2007', 'furlan2005spine', 1, 'record', 'SUPPORTS', TOO_FEW],
  ['acupuncture-pain-relief-proven-by-research', 'furlan2005spine', 1, 'record', 'CONTRADICTS', TOO_FEW],
  ['acupuncture-relieves-low-back-pain', 'furlan2005spine', 1, 'record', 'QUALIFIES', ACUTE_UNSETTLED],
  ['acupuncture-better-than-sham', 'haake2007gerac', 0, 'record', 'CONTRADICTS', 'includes no difference'],
  ['acupuncture-no-better-than-sham', 'haake2007gerac', 0, 'record', 'SUPPORTS', 'about as many people'],
  ['acupuncture-benefit-may-be-nonspecific', 'haake2007gerac', 0, 'record', 'SUPPORTS', NO_PLACEBO],
  ['acupuncture-relieves-low-back-pain', 'haake2007gerac', 0, 'record', 'QUALIFIES', NOT_FROM],
  ['acupuncture-better-than-conventional-care', 'haake2007gerac', 1, 'record', 'SUPPORTS', '20.2 percentage points'],
  ['acupuncture-helps-twice-as-many-as-conventional-care', 'haake2007gerac', 1, 'record', 'SUPPORTS', 'nearly twice as many'],
  ['sham-acupuncture-also-relieves-pain', 'haake2007gerac', 1, 'record', 'SUPPORTS', '16.8 percentage points'],
  ['acupuncture-relieves-low-back-pain', 'haake2007gerac', 1, 'record', 'SUPPORTS', '20.2 percentage points'],
  ['acupuncture-better-than-sham', 'brinkhaus2006art', 0, 'record', 'CONTRADICTS', '5.1 mm'],
  ['acupuncture-no-better-than-sham', 'brinkhaus2006art', 0, 'record', 'SUPPORTS', 'about equally'],
  ['acupuncture-benefit-may-be-nonspecific', 'brinkhaus2006art', 0, 'record', 'SUPPORTS', NO_PLACEBO],
  ['acupuncture-relieves-low-back-pain', 'brinkhaus2006art', 0, 'record', 'QUALIFIES', NOT_FROM],
  ['acupuncture-better-than-no-treatment', 'brinkhaus2006art', 1, 'record', 'SUPPORTS', '21.7 mm'],
  ['acupuncture-relieves-low-back-pain', 'brinkhaus2006art', 1, 'record', 'SUPPORTS', '21.7 mm'],
  ['acupuncture-better-than-no-treatment', 'brinkhaus2006art', 2, 'record', 'SUPPORTS', 'more than no acupuncture'],
  ['acupuncture-better-than-sham', 'brinkhaus2006art', 2, 'record', 'CONTRADICTS', 'no significant differences'],
  ['acupuncture-no-better-than-sham', 'brinkhaus2006art', 2, 'record', 'SUPPORTS', 'no significant differences'],
  ['acupuncture-relieves-low-back-pain', 'brinkhaus2006art', 2, 'record', 'QUALIFIES', NOT_FROM],
  ['acupuncture-better-than-conventional-care', 'cherkin2009', 0, 'record', 'SUPPORTS', '2.1 with usual care'],
  ['acupuncture-helps-twice-as-many-as-conventional-care', 'cherkin2009', 0, 'record', 'QUALIFIES', 'not nearly twice as many'],
  ['sham-acupuncture-also-relieves-pain', 'cherkin2009', 0, 'record', 'SUPPORTS', 'never pierced the skin'],
  ['acupuncture-relieves-low-back-pain', 'cherkin2009', 0, 'record', 'SUPPORTS', 'more than usual care at 8 weeks'],
  ['acupuncture-better-than-sham', 'cherkin2009', 1, 'record', 'CONTRADICTS', 'no more than simulated acupuncture'],
  ['acupuncture-no-better-than-sham', 'cherkin2009', 1, 'record', 'SUPPORTS', 'improved disability equally'],
  ['acupuncture-benefit-may-be-nonspecific', 'cherkin2009', 1, 'record', 'SUPPORTS', NO_PLACEBO],
  ['acupuncture-relieves-low-back-pain', 'cherkin2009', 1, 'record', 'QUALIFIES', NOT_FROM],
  ['acupuncture-better-than-conventional-care', 'cherkin2009', 2, 'record', 'QUALIFIES', 'but not in symptoms'],
  ['acupuncture-helps-twice-as-many-as-conventional-care', 'cherkin2009', 2, 'record', 'QUALIFIES', 'far from twice as many'],
  ['sham-acupuncture-also-relieves-pain', 'cherkin2009', 2, 'record', 'QUALIFIES', 'but not in symptoms'],
  ['acupuncture-relieves-low-back-pain', 'cherkin2009', 2, 'record', 'QUALIFIES', 'but not symptoms'],
  ['acupuncture-benefit-may-be-nonspecific', 'cherkin2009', 3, 'record', 'SUPPORTS', NO_PLACEBO],
  ['acupuncture-better-than-sham', 'cherkin2009', 3, 'record', 'CONTRADICTS', 'no advantage over simulated acupuncture'],
  ['acupuncture-no-better-than-sham', 'cherkin2009', 3, 'record', 'SUPPORTS', 'did equally well'],
  ['acupuncture-better-than-sham', 'manheimer2005', 0, 'record', 'SUPPORTS', 'SMD 0.54'],
  ['acupuncture-no-better-than-sham', 'manheimer2005', 0, 'record', 'CONTRADICTS', 'SMD 0.54'],
  ['acupuncture-benefit-may-be-nonspecific', 'manheimer2005', 0, 'record', 'CONTRADICTS', 'more than a placebo effect'],
  ['acupuncture-relieves-low-back-pain', 'manheimer2005', 0, 'record', 'SUPPORTS', 'SMD 0.54'],
  ['acupuncture-usefulness-unclear-before-2007', 'manheimer2005', 0, 'record', 'QUALIFIES', NOT_WHOLLY_UNCLEAR],
  ['acupuncture-better-than-no-treatment', 'manheimer2005', 1, 'record', 'SUPPORTS', 'SMD 0.69'],
  ['acupuncture-relieves-low-back-pain', 'manheimer2005', 1, 'record', 'SUPPORTS', 'SMD 0.69'],
  ['acupuncture-usefulness-unclear-before-2007', 'manheimer2005', 1, 'record', 'QUALIFIES', NOT_WHOLLY_UNCLEAR],
  ['acupuncture-usefulness-unclear-before-2007', 'manheimer2005', 2, 'record', 'SUPPORTS', SPARSE],
  ['acupuncture-pain-relief-proven-by-research', 'manheimer2005', 2, 'record', 'CONTRADICTS', SPARSE],
  ['acupuncture-better-than-conventional-care', 'manheimer2005', 2, 'record', 'QUALIFIES', 'inconclusive on the claim, not evidence against it'],
  ['acupuncture-relieves-low-back-pain', 'manheimer2005', 2, 'record', 'QUALIFIES', ACUTE_UNSETTLED],
  ['acupuncture-better-than-sham', 'vickers2012ipd', 0, 'record', 'SUPPORTS', '0.23 SD'],
  ['acupuncture-no-better-than-sham', 'vickers2012ipd', 0, 'record', 'CONTRADICTS', '0.23 SD'],
  ['acupuncture-benefit-may-be-nonspecific', 'vickers2012ipd', 0, 'record', 'QUALIFIES', 'part of its benefit is specific to needling'],
  ['acupuncture-relieves-low-back-pain', 'vickers2012ipd', 0, 'record', 'SUPPORTS', '0.23 SD'],
  ['acupuncture-better-than-no-treatment', 'vickers2012ipd', 1, 'record', 'SUPPORTS', '0.55 SD'],
  ['acupuncture-relieves-low-back-pain', 'vickers2012ipd', 1, 'record', 'SUPPORTS', '0.55 SD'],
  ['acupuncture-better-than-sham', 'vickers2012ipd', 2, 'record', 'QUALIFIES', 'relatively modest margin'],
  ['acupuncture-no-better-than-sham', 'vickers2012ipd', 2, 'record', 'CONTRADICTS', 'more than a placebo'],
  ['acupuncture-benefit-may-be-nonspecific', 'vickers2012ipd', 2, 'record', 'QUALIFIES', 'part of what the claim says'],
  ['acupuncture-pain-relief-proven-by-research', 'vickers2012ipd', 2, 'record', 'QUALIFIES', 'relatively modest margin'],
  ['acupuncture-better-than-sham', 'vickers2018ipd', 0, 'record', 'SUPPORTS', NOT_SEPARATE],
  ['acupuncture-no-better-than-sham', 'vickers2018ipd', 0, 'record', 'CONTRADICTS', NOT_SEPARATE],
  ['acupuncture-benefit-may-be-nonspecific', 'vickers2018ipd', 0, 'record', 'QUALIFIES', NOT_SEPARATE],
  ['acupuncture-better-than-no-treatment', 'vickers2018ipd', 0, 'record', 'SUPPORTS', NOT_SEPARATE],
  ['acupuncture-relieves-low-back-pain', 'vickers2018ipd', 0, 'record', 'SUPPORTS', NOT_SEPARATE],
  ['acupuncture-relieves-low-back-pain', 'vickers2018ipd', 1, 'record', 'SUPPORTS', 'persisted at one year'],
  ['acupuncture-is-safe', 'baumler2021safety', 0, 'record', 'QUALIFIES', 'minor side effects are not rare'],
  ['acupuncture-is-safe', 'baumler2021safety', 1, 'record', 'SUPPORTS', '1 per 10,000 patients'],
  ['acupuncture-relieves-low-back-pain', 'cherkin2001', 0, 'question', 'QUALIFIES', LESS_THAN_ANOTHER],
  ['acupuncture-relieves-low-back-pain', 'cherkin2001', 1, 'question', 'QUALIFIES', LESS_THAN_ANOTHER],
  ['acupuncture-relieves-low-back-pain', 'cherkin2001', 2, 'question', 'QUALIFIES', 'relatively ineffective beside massage and self-care'],
  ['acupuncture-relieves-low-back-pain', 'chou2017', 0, 'question', 'SUPPORTS', 'low to moderate'],
  ['acupuncture-pain-relief-proven-by-research', 'chou2017', 0, 'question', 'QUALIFIES', 'short of definitive'],
  ['acupuncture-relieves-low-back-pain', 'chou2017', 1, 'question', 'SUPPORTS', 'modestly effective for acute'],
  ['acupuncture-pain-relief-proven-by-research', 'chou2017', 1, 'question', 'QUALIFIES', 'limited, low-strength evidence'],
  ['acupuncture-relieves-low-back-pain', 'chou2017', 2, 'question', 'QUALIFIES', 'generally short term'],
  ['acupuncture-pain-relief-proven-by-research', 'chou2017', 2, 'question', 'QUALIFIES', 'generally short term'],
  ['acupuncture-relieves-low-back-pain', 'qaseem2017', 0, 'question', 'SUPPORTS', 'on low-quality evidence'],
  ['guidelines-recommend-acupuncture-for-chronic-lbp', 'qaseem2017', 1, 'question', 'SUPPORTS', 'moderate-quality evidence'],
  ['acupuncture-relieves-low-back-pain', 'qaseem2017', 1, 'question', 'SUPPORTS', 'moderate-quality evidence'],
  ['guidelines-recommend-acupuncture-for-chronic-lbp', 'nice2016ng59', 0, 'question', 'CONTRADICTS', 'no longer recommends'],
  ['guidelines-recommend-acupuncture-for-chronic-lbp', 'nice2016ng59', 1, 'question', 'CONTRADICTS', PARTISAN],
  ['acupuncture-better-than-sham', 'nice2016ng59', 1, 'question', 'CONTRADICTS', PARTISAN],
  ['acupuncture-no-better-than-sham', 'nice2016ng59', 1, 'question', 'SUPPORTS', PARTISAN],
  ['acupuncture-relieves-low-back-pain', 'nice2016ng59', 1, 'question', 'QUALIFIES', PARTISAN],
];

const CONVENTIONAL_CARE_CLAIMS = ['acupuncture-better-than-conventional-care', 'acupuncture-helps-twice-as-many-as-conventional-care'];
const SHAM_CLAIMS = ['acupuncture-better-than-sham', 'acupuncture-no-better-than-sham'];

const q = loadQuestion();
const setOf = (e: { findingSet?: string }): FindingSet => (e.findingSet === 'question' ? 'question' : 'record');
const key = (claim: string, study: string, finding: number, set: FindingSet) => `${study}.${set}.f${finding}.${claim}`;

function linksOf(claim: string, study: string, finding: number, set: FindingSet) {
  return q.evidence.filter((e) => e.study === study && e.finding === finding && setOf(e) === set).flatMap((e) => e.links.filter((l) => l.claim === claim));
}

describe('acupuncture evidence links, judged claim by claim', () => {
  test.each(JUDGED)('%s ← %s finding %i (%s) is %s (%s)', (claim, study, finding, set, stance, reason) => {
    const [link, ...more] = linksOf(claim, study, finding, set);
    expect(more).toEqual([]);
    expect(link?.stance).toBe(stance);
    expect(link?.why.toLowerCase()).toContain(reason.toLowerCase());
  });

  test('the list names every link in evidence.json, and nothing else', () => {
    const seeded = q.evidence.flatMap((e) => e.links.map((l) => key(l.claim, e.study, e.finding, setOf(e)))).sort();
    expect(seeded).toEqual(JUDGED.map(([claim, study, finding, set]) => key(claim, study, finding, set)).sort());
  });

  test('every reason is one sentence', () => {
    for (const e of q.evidence) {
      for (const l of e.links) expect(l.why, key(l.claim, e.study, e.finding, setOf(e))).toMatch(/^[^.]*(\.\d[^.]*|\.[^\s.][^.]*)*\.$/);
    }
  });

  test('every finding of the question is judged against at least one claim', () => {
    const judged = new Set(JUDGED.map(([, study, finding, set]) => `${study}.${set}.f${finding}`));
    const findings = [
      ...q.studies.flatMap((s) => s.findings.map((_, i) => `${s.id}.record.f${i}`)),
      ...q.findingSets.flatMap((f) => f.findings.map((_, i) => `${f.studyId}.question.f${i}`)),
    ];
    expect(findings).toHaveLength(36);
    expect(findings.filter((f) => !judged.has(f))).toEqual([]);
  });

  test('a sham-controlled finding never bears on a conventional-care claim, nor a usual-care finding on a sham claim', () => {
    const comparatorOf = (e: (typeof q.evidence)[number]) => q.findingOf(e)?.comparator ?? '';
    const shamOnly = (c: string) => /sham|minimal|simulated/i.test(c) && !/usual|conventional|no treatment|waiting|no-acupuncture/i.test(c);
    const careOnly = (c: string) => /usual care|conventional/i.test(c) && !/sham|minimal|simulated/i.test(c);
    let shamLinks = 0;
    let careLinks = 0;
    for (const e of q.evidence) {
      const comparator = comparatorOf(e);
      for (const l of e.links) {
        if (shamOnly(comparator)) {
          shamLinks++;
          expect(CONVENTIONAL_CARE_CLAIMS, key(l.claim, e.study, e.finding, setOf(e))).not.toContain(l.claim);
        }
        if (careOnly(comparator)) {
          careLinks++;
          expect(SHAM_CLAIMS, key(l.claim, e.study, e.finding, setOf(e))).not.toContain(l.claim);
        }
      }
    }
    expect(shamLinks).toBeGreaterThanOrEqual(20);
    expect(careLinks).toBeGreaterThanOrEqual(10);
  });

  test('every sham-controlled trial result contradicts "beats sham" and supports "no better than sham"', () => {
    const trials = ['haake2007gerac.record.f0', 'brinkhaus2006art.record.f0', 'cherkin2009.record.f1'];
    for (const t of trials) {
      const [study, set, f] = t.split('.') as [string, FindingSet, string];
      const finding = Number(f.slice(1));
      expect(
        linksOf('acupuncture-better-than-sham', study, finding, set).map((l) => l.stance),
        t,
      ).toEqual(['CONTRADICTS']);
      expect(
        linksOf('acupuncture-no-better-than-sham', study, finding, set).map((l) => l.stance),
        t,
      ).toEqual(['SUPPORTS']);
    }
  });
});
