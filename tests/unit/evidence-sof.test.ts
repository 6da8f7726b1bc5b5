import { describe, expect, test } from 'vitest';
import { formatEffect, summaryOfFindings } from '../../server/src/evidence/summary-of-findings.js';
import { sofCsv, sofMarkdown, SOF_COLUMNS } from '../../server/src/evidence/sof-format.js';
import { claim, cleanRisk, point, review } from '../support/evidence-points.js';

const rows = summaryOfFindings(
  [
    point({
      studyId: 'a',
      studyLabel: 'Cherkin 2011',
      sampleSize: 401,
      outcomeMeasure: 'RDQ',
      timepointWeeks: 10,
      effect: { measure: 'MD', value: -2.9, ciLow: -4, ciHigh: -1.8, participants: null, studies: 1 },
    }),
    point({ studyId: 'b', studyLabel: 'Cherkin 2001', sampleSize: 262, outcomeMeasure: 'RDQ', timepointWeeks: 10 }),
    point({ studyId: 'b', studyLabel: 'Cherkin 2001', sampleSize: 262, outcomeMeasure: 'RDQ', timepointWeeks: 52, stance: 'CONTRADICTS' }),
    review({
      studyId: 'r',
      studyLabel: 'Furlan 2015',
      outcomeMeasure: 'pain intensity (pooled scales)',
      timepointWeeks: null,
      timepoint: 'short-term',
      risk: { ...cleanRisk, gradeCertainty: '{"pain, short-term":"very low"}' },
    }),
  ],
  claim,
);

describe('summary of findings', () => {
  test('one row per outcome and timepoint, sorted by outcome then weeks', () => {
    expect(rows.map((r) => [r.outcome, r.timepoint, r.measures])).toEqual([
      ['pain', 'short-term', ['pain intensity (pooled scales)']],
      ['pain + function/disability', '10 weeks', ['RDQ']],
      ['pain + function/disability', '52 weeks', ['RDQ']],
    ]);
  });

  test('a row counts distinct studies and their participants, findings by stance, stated effects', () => {
    const r = rows[1]!;
    expect(r).toMatchObject({ studies: 2, participants: 663, findingsSupporting: 2, findingsContradicting: 0, studyLabels: ['Cherkin 2011', 'Cherkin 2001'] });
    expect(r.effects).toEqual(['Cherkin 2011: MD −2.9 (95% CI −4 to −1.8)']);
  });

  test("each row has its own certainty with reasons, and a review's own certainty beside it", () => {
    expect(rows[2]).toMatchObject({ certainty: 'MODERATE', studies: 1, participants: 262 });
    expect(rows[2]!.certaintyReasons.join(' ')).toContain('participants');
    expect(rows[0]!.statedCertainty).toEqual(['Furlan 2015: pain, short-term — very low']);
    expect(rows[0]!.participants).toBeNull();
  });

  test('effects without a value are not formatted', () => {
    expect(formatEffect(null)).toBeNull();
    expect(formatEffect({ measure: 'SMD', value: -1.24, ciLow: -1.85, ciHigh: -0.64, participants: 51, studies: 1 })).toBe(
      'SMD −1.24 (95% CI −1.85 to −0.64); 51 participants',
    );
  });

  test('Markdown: heading, caveat, header and one line per row; pipes escaped', () => {
    const md = sofMarkdown('Massage | helps', rows, 'Automated approximation.');
    const lines = md.trim().split('\n');
    expect(lines[0]).toBe('# Summary of findings: Massage \\| helps');
    expect(md).toContain('Automated approximation.');
    expect(lines.filter((l) => l.startsWith('|'))).toHaveLength(2 + rows.length);
    expect(md).toContain('| pain + function/disability | RDQ | 52 weeks | 1 | 262 |');
  });

  test('Markdown with no rows says no study bears on the claim', () => {
    expect(sofMarkdown('x', [], 'note')).toContain('No study bears on this claim.');
  });

  test('CSV: header, one record per row, quoting, CRLF, formula-looking cells defused', () => {
    const csv = sofCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(SOF_COLUMNS.map((c) => (c.includes(',') || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
    expect(lines).toHaveLength(rows.length + 2);
    expect(csv).toContain('"2 supporting, 0 contradicting, 0 qualifying"');
    expect(sofCsv([{ ...rows[0]!, outcome: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
