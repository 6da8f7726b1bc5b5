import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { eventually, openBrowser, SCREENSHOTS, type Session } from './support/browser.js';
import { seriousViolations } from './support/axe.js';
import { FIXTURE_DOI, FIXTURE_TITLE } from '../support/metadata-fixture-server.js';

/** An effect claim no seeded study examines, so one added finding moves its verdict. */
const UNSTUDIED = 'massage-speeds-recovery';
/** An effect claim resting on one link: deleting it moves the verdict. */
const ONE_LINK = 'massage-is-safe';
/** A claim with links for the two-tab conflict. */
const LINKED = 'massage-reduces-anxiety';

let s: Session;
beforeAll(async () => {
  s = await openBrowser();
});

/** The API as a curator, for reading what the page did and for putting the seed back afterwards. */
async function api(query: string, variables: Record<string, unknown> = {}, base = inject('baseUrl')) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('curatorTokens').alice}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: any; errors?: Array<{ message: string }> };
  if (body.errors) throw new Error(body.errors[0]!.message);
  return body.data;
}

/** Undoes every applied change the tests made, newest first, so later test files see the seed. */
async function undoOurChanges(nodeIds: string[]) {
  for (const nodeId of nodeIds) {
    const { changes } = await api('query($id: ID!) { changes(nodeId: $id, first: 50) { id who action kind why } }', { id: nodeId });
    const ours = changes.filter((c: { who: string; action: string; kind: string; why: string | null }) => ['alice', 'bob'].includes(c.who) && ['CREATE', 'UPDATE', 'DELETE'].includes(c.action) && !c.why?.startsWith('Undo of'));
    const undone = new Set(changes.filter((c: { why: string | null }) => c.why?.startsWith('Undo of')).map((c: { why: string }) => /\(([^)]+)\)/.exec(c.why)?.[1]));
    for (const c of ours) if (!undone.has(c.id)) await api('mutation($id: ID!) { revertChange(id: $id, reason: "Test clean-up.") { status } }', { id: c.id }).catch(() => {});
  }
}

afterAll(async () => {
  await undoOurChanges([UNSTUDIED, ONE_LINK, LINKED]).catch(() => {});
  await undoOurChanges(['fixture2026']).catch(() => {});
  await s?.close();
});

const claimUrl = (base: string, id: string) => `${base}/?view=claim&claim=${id}`;
const verdictText = (page: Page) => page.locator('#panel-claim .verdict-line .verdict-chip').textContent();
const curation = (page: Page) => page.getByRole('region', { name: /^Curation/ });

async function signIn(page: Page, token: string) {
  await page.getByText('Curator sign-in').click();
  await page.getByLabel('Curator token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('curation in the browser', () => {
  test('a reader sees no edit controls, and a wrong token is refused in words', async () => {
    const { page, baseUrl } = s;
    await page.goto(claimUrl(baseUrl, UNSTUDIED));
    await page.locator('#panel-claim .verdict-line').waitFor();
    expect(await curation(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Preview|Save|Undo)/ }).count()).toBe(0);
    await signIn(page, 'not-a-curator-token-0000000000');
    await eventually(() => page.getByRole('alert').filter({ hasText: 'Not signed in' }).textContent()).toMatch(/valid curator token is required/);
    expect(await curation(page).count()).toBe(0);
  }, 240_000);

  test('a curator adds a study by DOI, adds a finding, links it with stance and reason, previews, saves, sees the verdict and history move; undo restores it', async () => {
    const { page, baseUrl } = s;
    await page.goto(claimUrl(baseUrl, UNSTUDIED));
    await signIn(page, inject('curatorTokens').alice);
    await page.getByText('Signed in as alice').waitFor();
    const panel = curation(page);
    await panel.waitFor();
    const before = await verdictText(page);
    expect(before).toBe('No study in this graph');

    await panel.getByText('Add a study', { exact: true }).first().click();
    const study = panel.getByRole('form', { name: 'Add a study' });
    await study.getByLabel('DOI or PMID').fill(FIXTURE_DOI);
    await study.getByRole('button', { name: 'Look up' }).click();
    await eventually(() => study.getByLabel('Title', { exact: true }).inputValue()).toBe(FIXTURE_TITLE);
    expect(await study.getByLabel('Authors').inputValue()).toBe('Fixture AM\nTestcase B');
    expect(await study.getByLabel('Study id').inputValue()).toBe('fixture2026');
    await study.getByLabel('Design').selectOption('RCT');
    await study.getByLabel('Sample size').fill('240');
    await study.getByLabel('Randomised', { exact: true }).selectOption('true');
    await study.getByLabel('Outcome assessors blinded').selectOption('false');
    await study.getByLabel('Read at').fill('https://example.org/fixture-trial/methods');
    await study.getByLabel('Reason').fill('A new trial on recovery.');
    await study.getByRole('button', { name: 'Preview' }).click();
    await eventually(() => study.locator('.cur-preview').textContent()).toMatch(/No claim's evidence changes/);
    await study.getByRole('button', { name: 'Save study' }).click();
    await eventually(() => page.locator('#cur-panel-status').textContent()).toBe('Saved.');
    const saved = await api('{ study(id: "fixture2026") { riskOfBias { randomised assessorsBlinded participantsBlinded source } } }');
    expect(saved.study.riskOfBias).toEqual({ randomised: true, assessorsBlinded: false, participantsBlinded: null, source: 'https://example.org/fixture-trial/methods' });

    const finding = panel.getByRole('form', { name: 'Add a finding and link it' });
    await finding.waitFor();
    expect(await finding.getByLabel('Study id').inputValue()).toBe('fixture2026');
    await finding.getByLabel('Outcome', { exact: true }).fill('recovery time');
    await finding.getByLabel('Comparator').fill('usual care');
    await finding.getByLabel('Outcome measure').fill('days to recovery');
    await finding.getByLabel('Timepoint').fill('6 weeks');
    await finding.getByLabel('Weeks').fill('6');
    await finding.getByLabel('Effect', { exact: true }).fill('Recovery was faster with the intervention.');
    await finding.getByLabel('Effect measure').fill('MD');
    await finding.getByLabel('Estimate').fill('-3');
    await finding.getByLabel('Interval low').fill('-5');
    await finding.getByLabel('Interval high').fill('-1');
    await finding.getByLabel('Participants').fill('240');
    await finding.getByLabel('Quote').fill('Participants recovered three days sooner than with usual care.');
    await finding.getByLabel('Source URL').fill('https://example.org/fixture-trial');
    await finding.getByLabel('Stance', { exact: true }).selectOption('SUPPORTS');
    await finding.getByLabel('Reason for the stance').fill('The trial found faster recovery than usual care.');
    await finding.getByLabel('Reason', { exact: true }).fill('Adds the fixture trial’s main finding.');
    await finding.getByRole('button', { name: 'Preview' }).click();
    const row = finding.locator(`.cur-preview tr[data-claim="${UNSTUDIED}"]`);
    await eventually(() => row.locator('td').first().textContent()).toMatch(/^No study in graph/);
    expect(await row.locator('td').last().textContent()).toBe('Changes');
    const predicted = (await row.locator('td').nth(1).textContent())!.split(';')[0];
    await page.screenshot({ path: `${SCREENSHOTS}curation-preview.png`, fullPage: true });
    expect(await verdictText(page)).toBe(before);

    await finding.getByRole('button', { name: 'Save finding' }).click();
    await eventually(() => verdictText(page)).not.toBe(before);
    expect((await verdictText(page))!.toLowerCase()).toBe(predicted!.toLowerCase());
    const history = panel.getByRole('region', { name: 'History of this claim' });
    await eventually(() => history.getByRole('listitem').first().textContent()).toMatch(/^alice added a link .*Adds the fixture trial’s main finding\./);
    await page.screenshot({ path: `${SCREENSHOTS}curation-history.png`, fullPage: true });

    await history.getByRole('listitem').first().getByText('Undo…').click();
    await history.getByLabel('Reason for undoing').fill('Testing undo.');
    await history.getByRole('button', { name: 'Undo this change' }).click();
    await eventually(() => verdictText(page)).toBe(before);
    await eventually(() => curation(page).getByRole('region', { name: 'History of this claim' }).getByRole('listitem').first().textContent()).toMatch(/^alice deleted a link .*Undo of alice's change/);
  }, 240_000);

  test('the forms pass axe and fit 390 px without sideways scrolling', async () => {
    const { page } = s;
    const panel = curation(page);
    for (const name of ['Add a study', 'Correct a study']) await panel.locator('summary', { hasText: name }).first().click();
    await panel.locator('.cur-link-item summary').first().click().catch(() => {});
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 240_000);

  test('two tabs editing one link: the second sees a conflict naming the first', async () => {
    const { baseUrl } = s;
    const [one, two] = [await s.context.newPage(), await s.context.newPage()];
    const edgeOf = async (page: Page) => {
      await page.goto(claimUrl(baseUrl, LINKED));
      return page;
    };
    await Promise.all([edgeOf(one), edgeOf(two)]);
    await signIn(one, inject('curatorTokens').alice);
    await signIn(two, inject('curatorTokens').bob);
    const { claim } = await api('query($id: ID!) { claim(id: $id) { evidence { id } } }', { id: LINKED });
    const edge = claim.evidence[0].id as string;
    for (const [page, why] of [[one, 'First reading of the finding.'], [two, 'Second reading of the finding.']] as const) {
      const item = curation(page).locator(`details[data-edge="${edge}"]`);
      await item.locator('summary').click();
      const form = item.locator('form.cur-edit-link');
      await form.getByLabel('Reason for the stance').fill(why);
      await form.getByLabel('Reason for the change').fill('Re-read the quote.');
      await form.getByRole('button', { name: 'Preview' }).click();
      await form.locator('.cur-preview').waitFor();
    }
    await curation(one).locator(`details[data-edge="${edge}"] form.cur-edit-link`).getByRole('button', { name: 'Save link' }).click();
    await eventually(() => one.locator('#cur-panel-status').textContent()).toBe('Saved.');
    await curation(two).locator(`details[data-edge="${edge}"] form.cur-edit-link`).getByRole('button', { name: 'Save link' }).click();
    const conflict = curation(two).getByRole('alert').filter({ hasText: 'Not saved' });
    await eventually(() => conflict.textContent()).toMatch(/^Not saved: alice changed it first .*Re-read the quote\./);
    await conflict.getByRole('button', { name: 'Reload it' }).click();
    await eventually(() => curation(two).locator(`details[data-edge="${edge}"] summary`).textContent()).toMatch(/First reading of the finding\./);
    await one.close();
    await two.close();
  }, 240_000);

  test('with review on, the author cannot approve; a second curator can, and only then the verdict moves', async () => {
    const base = inject('reviewBaseUrl');
    const [alice, bob] = [await s.context.newPage(), await s.context.newPage()];
    await alice.goto(claimUrl(base, ONE_LINK));
    await signIn(alice, inject('curatorTokens').alice);
    const before = await verdictText(alice);
    const panel = curation(alice);
    await panel.getByRole('heading', { name: /changes wait for a second curator/ }).waitFor();
    const item = panel.locator('.cur-link-item').first();
    await item.locator('summary').click();
    const remove = item.locator('form.cur-delete-link');
    await remove.getByLabel('Reason for deleting').fill('The finding is about another population.');
    await remove.getByRole('button', { name: 'Preview' }).click();
    await remove.locator('.cur-preview').waitFor();
    await remove.getByRole('button', { name: 'Delete link' }).click();
    await eventually(() => alice.locator('#cur-panel-status').textContent()).toMatch(/^Proposed/);
    await alice.reload();
    await curation(alice).waitFor();
    expect(await verdictText(alice)).toBe(before);
    const mine = curation(alice).getByRole('region', { name: 'Proposed changes' }).getByRole('listitem').filter({ hasText: 'another population' });
    await mine.getByText('You proposed this').waitFor();
    expect(await mine.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await alice.screenshot({ path: `${SCREENSHOTS}curation-proposed.png`, fullPage: true });

    await bob.goto(claimUrl(base, ONE_LINK));
    await signIn(bob, inject('curatorTokens').bob);
    const theirs = curation(bob).getByRole('region', { name: 'Proposed changes' }).getByRole('listitem').filter({ hasText: 'another population' });
    await theirs.getByRole('button', { name: 'Approve' }).click();
    await eventually(() => verdictText(bob)).not.toBe(before);
    expect(await verdictText(bob)).toBe('No study in this graph');
    await alice.close();
    await bob.close();
  }, 240_000);
});
