import fs from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { openBrowser, SCREENSHOTS, type Session } from './support/browser.js';

const CLAIM = 'e2e-forest-claim';
// Made-up trials (no bibliographic record): the numbers exist only to draw a pooled group.
const TRIALS = [
  { id: 'e2e-forest-a', author: 'Example-trial A', arms: { treatment: { mean: 3.1, sd: 1.9, n: 30 }, control: { mean: 4.0, sd: 2.1, n: 30 } } },
  { id: 'e2e-forest-b', author: 'Example-trial B', arms: { treatment: { mean: 4.2, sd: 2.4, n: 45 }, control: { mean: 4.5, sd: 2.2, n: 45 } } },
  { id: 'e2e-forest-c', author: 'Example-trial C', arms: { treatment: { mean: 2.5, sd: 1.5, n: 20 }, control: { mean: 4.1, sd: 1.8, n: 20 } } },
];
let s: Session;
const edgeIds: string[] = [];

async function api(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('writeToken')}` },
    body: JSON.stringify({ query, variables }),
  });
  const out = (await res.json()) as { data: any; errors?: unknown[] };
  if (out.errors) throw new Error(JSON.stringify(out.errors));
  return out.data;
}

beforeAll(async () => {
  await api('mutation($input: ClaimInput!) { createClaim(input: $input) { id } }', {
    input: {
      id: CLAIM,
      statement: 'Massage lowers pain more than usual care (forest plot test).',
      direction: 'IMPROVES',
      techniqueIds: ['swedish-massage'],
      question: 'massage-back-pain',
    },
  });
  for (const [i, t] of TRIALS.entries()) {
    await api('mutation($input: StudyInput!) { createStudy(input: $input) { id } }', {
      input: {
        id: t.id,
        title: `Example trial ${i + 1} (test data, not a real study)`,
        authors: [t.author],
        year: 2019 + i,
        design: 'RCT',
        sampleSize: t.arms.treatment.n * 2,
      },
    });
    const input = {
      studyId: t.id,
      claimId: CLAIM,
      stance: 'SUPPORTS',
      quote: `Pain was lower after massage (trial ${i + 1}).`,
      sourceUrl: 'https://example.org/forest-plot',
      outcome: 'pain intensity',
      comparator: 'usual care',
      timepointWeeks: 10,
      armData: { kind: 'CONTINUOUS', lowerIsBetter: true, ...t.arms },
    };
    edgeIds.push((await api('mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }', { input })).createEvidence.id);
  }
  s = await openBrowser();
});

afterAll(async () => {
  await s?.close();
  // Leave the seeded graph as the other browser tests expect it.
  for (const id of edgeIds) await api('mutation($id: ID!) { deleteEvidence(id: $id) { deleted } }', { id });
  await api('mutation($id: ID!) { deleteClaim(id: $id) { deleted } }', { id: CLAIM });
  for (const t of TRIALS) await api('mutation($id: ID!) { deleteStudy(id: $id) { deleted } }', { id: t.id });
});

test('a claim with comparable findings shows a forest plot with its pooled diamond, and a table with the same numbers', async () => {
  const { page } = s;
  const { claim } = await api('query($id: ID!) { claim(id: $id) { summary { forest { pooled { estimate ciLow ciHigh i2 } rows { study estimate } } } } }', {
    id: CLAIM,
  });
  const pooled = claim.summary.forest[0].pooled;
  const two = (x: number) => x.toFixed(2).replace('-', '−');

  await page.goto(`${s.baseUrl}/?view=claim&claim=${CLAIM}`);
  const panel = page.getByRole('tabpanel', { name: 'Claim view' });
  const forest = panel.getByRole('region', { name: 'Effect sizes (forest plot)' });
  await forest.waitFor();
  const plot = forest.getByRole('img', { name: /^Forest plot: SMD: pain, vs usual care, short-term/ });
  expect(await plot.locator('polygon.diamond').count()).toBe(1);
  expect(await plot.locator('text').allTextContents()).toEqual(
    expect.arrayContaining([`${two(pooled.estimate)} [${two(pooled.ciLow)} to ${two(pooled.ciHigh)}]`, '← favours swedish massage', 'favours usual care →']),
  );
  expect(
    await plot
      .locator('text')
      .filter({ hasText: /^τ² = .*, I² = \d+%/ })
      .count(),
  ).toBe(1);

  const table = forest.getByRole('table', { name: /^Forest plot numbers: SMD/ });
  const pooledRow = table.getByRole('row', { name: /^Pooled \(REML, 3 studies\)/ });
  expect(await pooledRow.getByRole('cell').nth(1).textContent()).toBe(`${two(pooled.estimate)} (${two(pooled.ciLow)} to ${two(pooled.ciHigh)})`);
  expect(await pooledRow.textContent()).toContain(`I² = ${pooled.i2.toFixed(0)}%`);
  for (const r of claim.summary.forest[0].rows) {
    const row = table.getByRole('row', { name: new RegExp(`^${r.study}`) });
    expect(await row.getByRole('cell').nth(1).textContent()).toMatch(new RegExp(`^${two(r.estimate)} \\(`));
  }

  const [svgFile] = await Promise.all([page.waitForEvent('download'), forest.getByRole('button', { name: 'Download SVG' }).first().click()]);
  expect(svgFile.suggestedFilename()).toMatch(/^forest-smd-pain-vs-usual-care-short-term\.svg$/);
  const [pngFile] = await Promise.all([page.waitForEvent('download'), forest.getByRole('button', { name: 'Download PNG' }).first().click()]);
  const png = fs.readFileSync(await pngFile.path());
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');

  expect(await seriousViolations(page)).toEqual([]);
  await forest.screenshot({ path: `${SCREENSHOTS}forest-plot.png` });
});

test('at 390 px wide the forest plot scales and nothing scrolls sideways', async () => {
  const { page } = s;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${s.baseUrl}/?view=claim&claim=${CLAIM}`);
  const forest = page.getByRole('region', { name: 'Effect sizes (forest plot)' });
  await forest.waitFor();
  const box = await forest.locator('svg').first().boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
});
