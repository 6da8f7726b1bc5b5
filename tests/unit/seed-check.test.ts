import { describe, expect, test } from 'vitest';
import { checkSeed, SeedCheckError } from '../../server/src/seed/check-seed.js';
import { SEED_ROOT } from '../../server/src/seed/load-seed.js';
import { toRows } from '../../server/src/seed/to-rows.js';
import { BROKEN_SEEDS, seedCopyWith } from '../support/seed-fixture.js';

describe('checkSeed', () => {
  test('accepts the curated seed data', () => {
    const data = checkSeed(SEED_ROOT);
    expect(data.studies.length).toBeGreaterThanOrEqual(26);
  });

  test.each(BROKEN_SEEDS)('rejects $name, naming file, record and field', ({ file, edit, field }) => {
    const dir = seedCopyWith(file, edit);
    expect(() => checkSeed(dir)).toThrowError(SeedCheckError);
    expect(() => checkSeed(dir)).toThrowError(field);
  });
});

describe('toRows', () => {
  test("takes each edge's stance and reason from its link, never from the finding's direction", () => {
    const data = checkSeed(SEED_ROOT);
    const record = data.evidence.find((e) => e.study === 'cherkin2011' && e.finding === 3)!;
    // The same "no effect at 52 weeks" finding contradicts one claim and supports another.
    record.links = [
      { claim: 'massage-reduces-pain-chronic-lbp-long-term', stance: 'CONTRADICTS', why: 'No benefit at 52 weeks.' },
      { claim: 'massage-relief-is-temporary', stance: 'SUPPORTS', why: 'Benefit gone by 52 weeks.' },
      { claim: 'massage-better-than-usual-care', stance: 'QUALIFIES', why: 'Better at 10 weeks only.' },
    ];
    const rows = toRows(data);
    const edge = (stance: 'SUPPORTS' | 'CONTRADICTS' | 'QUALIFIES', claim: string) =>
      rows.evidence[stance].find((e) => e.study === 'cherkin2011' && e.finding === 3 && e.claim === claim);
    expect(edge('CONTRADICTS', 'massage-reduces-pain-chronic-lbp-long-term')?.why).toBe('No benefit at 52 weeks.');
    expect(edge('SUPPORTS', 'massage-relief-is-temporary')?.why).toBe('Benefit gone by 52 weeks.');
    expect(edge('QUALIFIES', 'massage-better-than-usual-care')?.why).toBe('Better at 10 weeks only.');
  });

  test("flattens the finding's comparator, instrument, weeks, source kind and effect size onto the edge", () => {
    const rows = toRows(checkSeed(SEED_ROOT));
    const ateam = rows.evidence.CONTRADICTS.find((e) => e.id === 'little2008ateam.f1.massage-reduces-pain-chronic-lbp-long-term')!;
    expect(ateam).toMatchObject({
      comparator: 'usual care (normal care)',
      outcomeMeasure: 'Roland Morris disability score',
      timepointWeeks: 52,
      sourceKind: 'secondary',
      effectMeasure: 'MD, Roland disability points vs normal care at one year',
      effectValue: -0.58,
      effectCiLow: -1.94,
      effectCiHigh: 0.77,
      effectParticipants: null,
      effectStudies: 1,
    });
    // allen2016 f0 (a case report) became QUALIFIES in the issue-19 link review: within-group change without a control.
    const noEffectSize = rows.evidence.QUALIFIES.find((e) => e.id === 'allen2016.f0.massage-helps-specific-spinal-pathology')!;
    expect(noEffectSize).toMatchObject({ effectMeasure: null, effectValue: null, effectCiLow: null, effectStudies: null, timepointWeeks: null });
  });

  test("flattens a study's risk of bias into properties, null where not stated", () => {
    const rows = toRows(checkSeed(SEED_ROOT));
    const cherkin = rows.nodes.Study.find((s) => s.id === 'cherkin2011')!;
    expect(cherkin).toMatchObject({
      randomised: true,
      allocationConcealment: 'adequate',
      participantsBlinded: false,
      assessorsBlinded: true,
      registration: 'ClinicalTrials.gov NCT00371384',
      gradeCertainty: null,
      journalFull: 'Annals of Internal Medicine',
    });
    expect(cherkin.riskOfBiasSource).toMatch(/^https:/);
    const cochrane = rows.nodes.Study.find((s) => s.id === 'furlan2015cochrane')!;
    expect(JSON.parse(cochrane.gradeCertainty as string)).toMatchObject({ 'overall (as stated in abstract)': 'low to very low' });
    expect(cochrane.qualityNote).toMatch(/performance and measurement bias/);
    const kamali = rows.nodes.Study.find((s) => s.id === 'kamali2014')!;
    expect(kamali).toMatchObject({ randomised: null, participantsBlinded: null, riskOfBiasSource: null });
  });

  test('keeps comparators apart from the technique under test', () => {
    const rows = toRows(checkSeed(SEED_ROOT));
    const ateamClaim = rows.claimLinks.find((c) => c.id === 'massage-as-good-as-exercise-or-alexander-long-term')!;
    expect(ateamClaim.about).toEqual(['massage']);
    expect(ateamClaim.comparedWith).toEqual(['exercise-therapy', 'alexander-technique']);
  });

  test('turns relations.json into UPDATES, REPUBLISHES and INCLUDES rows', () => {
    const rows = toRows(checkSeed(SEED_ROOT));
    expect(rows.relations.REPUBLISHES).toContainEqual(expect.objectContaining({ from: 'farber2016', to: 'furlan2015cochrane' }));
    expect(rows.relations.UPDATES).toContainEqual(expect.objectContaining({ from: 'furlan2015cochrane', to: 'furlan2008cochrane' }));
    expect(rows.relations.INCLUDES).toContainEqual(
      expect.objectContaining({ from: 'furlan2015cochrane', to: 'cherkin2011', source: expect.stringMatching(/^https:/) }),
    );
  });

  test('makes the "no difference between structural and relaxation massage" finding support the claim that says so', () => {
    const rows = toRows(checkSeed(SEED_ROOT));
    expect(rows.evidence.SUPPORTS).toContainEqual(
      expect.objectContaining({ study: 'cherkin2011', finding: 4, claim: 'relaxation-and-structural-massage-equal' }),
    );
  });

  test('stores empty bibliographic fields as absent, never as invented values', () => {
    const rows = toRows(checkSeed(SEED_ROOT));
    const furlan2002 = rows.nodes.Study.find((s) => s.id === 'furlan2002spine')!;
    expect(furlan2002.doi).toBeNull();
    expect(furlan2002.sampleSize).toBeNull();
  });

  test('gives every evidence edge its reason and the quote and source URL of its finding', () => {
    const rows = toRows(checkSeed(SEED_ROOT));
    const all = [...rows.evidence.SUPPORTS, ...rows.evidence.CONTRADICTS, ...rows.evidence.QUALIFIES];
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) {
      expect(e.why).toEqual(expect.any(String));
      expect(e.quote).toEqual(expect.any(String));
      expect(e.sourceUrl).toMatch(/^https?:\/\//);
      expect(['primary', 'secondary']).toContain(e.sourceKind);
    }
  });
});
