import { describe, expect, test } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { eventually, openBrowser, SCREENSHOTS, useBrowser } from './support/browser.js';

/** The page per question (issue 21): the landing list, each question's overview, URLs that carry the question, old URLs. */
const MASSAGE = { id: 'massage-back-pain', wording: 'Does massage help back pain?' };
const ACUPUNCTURE = { id: 'acupuncture-low-back-pain', wording: 'Does acupuncture help low back pain?' };
const MASSAGE_CLAIM = 'massage-reduces-pain-chronic-lbp-long-term';

interface ApiQuestion {
  id: string;
  wording: string;
  claimCount: number;
  studyCount: number;
}

const s = useBrowser();

async function apiQuestions(baseUrl: string): Promise<ApiQuestion[]> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ questions { id wording claimCount studyCount } }' }),
  });
  const body = (await res.json()) as { data: { questions: ApiQuestion[] } };
  return body.data.questions;
}

const landingItems = () => s.page.locator('ul.question-list > li');

describe('the landing page with two questions', () => {
  test('lists both, each with its wording, the numbers the API counts, and its summary', async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    await landingItems().first().waitFor();
    const api = await apiQuestions(s.baseUrl);
    expect(api.map((q) => q.id).sort()).toEqual([ACUPUNCTURE.id, MASSAGE.id]);
    expect(await landingItems().count()).toBe(2);
    for (const q of api) {
      const item = page.locator(`li[data-question="${q.id}"]`);
      expect(await item.getByRole('heading', { level: 3 }).textContent()).toBe(q.wording);
      expect(await item.locator('.question-counts').textContent()).toBe(`${q.claimCount} claims from popular articles · ${q.studyCount} studies linked to them`);
      expect((await item.locator('.question-summary').textContent())?.length).toBeGreaterThan(20);
    }
    await eventually(() => page.title()).toBe('What does the evidence say? — evigraph');
    await page.screenshot({ path: `${SCREENSHOTS}landing-two-questions.png`, fullPage: true });
  });

  test.each([MASSAGE, ACUPUNCTURE])('opening $id shows its claims, each with a verdict; back returns to the list', { timeout: 120_000 }, async (q) => {
    const { page } = s;
    await page.goto(s.baseUrl);
    const claimCount = (await apiQuestions(s.baseUrl)).find((x) => x.id === q.id)!.claimCount;
    await page.locator(`li[data-question="${q.id}"]`).getByRole('link', { name: q.wording }).click();
    const overview = page.getByRole('tabpanel', { name: 'Overview' });
    await overview.getByRole('heading', { level: 2, name: q.wording }).waitFor();
    expect(new URL(page.url()).searchParams.get('question')).toBe(q.id);
    await eventually(() => page.title()).toBe(`${q.wording} — evigraph`);
    // A cold server on a loaded machine takes tens of seconds for the first claim index.
    await overview.locator('tr[data-claim]').first().waitFor({ timeout: 55_000 });
    const claimIds = new Set(await overview.locator('tr[data-claim]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim'))));
    expect(claimIds.size).toBe(claimCount);
    const chips = await overview.locator('tr[data-claim] .verdict-chip').allTextContents();
    expect(chips.length).toBeGreaterThanOrEqual(claimCount);
    for (const chip of chips) expect(chip.trim()).not.toBe('');
    await page.goBack();
    await landingItems().first().waitFor();
    expect(await landingItems().count()).toBe(2);
    await page.goForward();
    await overview.getByRole('heading', { level: 2, name: q.wording }).waitFor();
  });

  test('a question opened from the list lists only its own claims', { timeout: 120_000 }, async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=${ACUPUNCTURE.id}`);
    const overview = page.getByRole('tabpanel', { name: 'Overview' });
    await overview.locator('tr[data-claim]').first().waitFor({ timeout: 55_000 });
    expect(await overview.locator(`tr[data-claim="${MASSAGE_CLAIM}"]`).count()).toBe(0);
    await page.goto(`${s.baseUrl}/?question=${MASSAGE.id}`);
    await overview.locator(`tr[data-claim="${MASSAGE_CLAIM}"]`).first().waitFor({ timeout: 55_000 });
  });
});

describe('URLs carry the question', () => {
  test('question=… opens that question directly, and the other views keep it', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=${ACUPUNCTURE.id}`);
    const overview = page.getByRole('tabpanel', { name: 'Overview' });
    await overview.getByRole('heading', { level: 2, name: ACUPUNCTURE.wording }).waitFor();
    await page.getByRole('tab', { name: /map/i }).click();
    await page.locator('.map-question').waitFor();
    expect(await page.locator('.map-question').textContent()).toContain(ACUPUNCTURE.wording);
    expect(new URL(page.url()).searchParams.get('question')).toBe(ACUPUNCTURE.id);
  });

  test('an old claim link (no question) still opens its claim, within the question old links meant', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=claim&claim=${MASSAGE_CLAIM}`);
    await page.getByRole('tabpanel', { name: 'Claim view' }).getByRole('heading', { level: 2 }).first().waitFor();
    await eventually(() => new URL(page.url()).searchParams.get('question')).toBe(MASSAGE.id);
    expect(new URL(page.url()).searchParams.get('claim')).toBe(MASSAGE_CLAIM);
    await page.getByRole('tab', { name: /overview/i }).click();
    await page.getByRole('tabpanel', { name: 'Overview' }).getByRole('heading', { level: 2, name: MASSAGE.wording }).waitFor();
  });

  test('an old map link still opens the map of that question', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=map`);
    await page.locator('.evidence-map-table .map-cell').first().waitFor({ timeout: 55_000 });
    expect(await page.locator('.map-question').textContent()).toContain(MASSAGE.wording);
  });

  test('an unknown question id lists the questions and names the id', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=no-such-question`);
    await page.getByRole('alert').filter({ hasText: 'no-such-question' }).waitFor();
    expect(await landingItems().count()).toBe(2);
  });
});

describe('a study that serves both questions', () => {
  test("Cherkin 2001's details list its findings under each question", { timeout: 120_000 }, async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=cherkin2001&sel=n:cherkin2001`);
    const groups = page.locator('#details .question-findings');
    await groups.first().waitFor({ timeout: 55_000 });
    expect(await groups.count()).toBe(2);
    const headings = await groups.locator('h5').allTextContents();
    expect(headings.some((t) => t.startsWith(MASSAGE.wording))).toBe(true);
    expect(headings.some((t) => t.startsWith(ACUPUNCTURE.wording))).toBe(true);
    for (const group of await groups.all()) expect(await group.locator('li.finding').count()).toBeGreaterThan(0);
  });
});

describe('the landing list on a phone', () => {
  test('at 390 px it does not scroll sideways, and axe finds no serious violation', async () => {
    const phone = await openBrowser();
    try {
      await phone.page.setViewportSize({ width: 390, height: 844 });
      await phone.page.goto(phone.baseUrl);
      await phone.page.locator('ul.question-list > li').nth(1).waitFor();
      const { scrollWidth, clientWidth } = await phone.page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
      await phone.page.screenshot({ path: `${SCREENSHOTS}phone-landing-two-questions.png`, fullPage: true });
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(await seriousViolations(phone.page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
