import { describe, expect, test } from 'vitest';
import { eventually, useBrowser, SCREENSHOTS, waitForGraph } from './support/browser.js';

const LONG_TERM = 'massage-reduces-pain-chronic-lbp-long-term';
const s = useBrowser();

const search = () => s.page.getByRole('combobox', { name: 'Search the evidence graph' });

describe('a first visit', () => {
  test('a question\'s overview: the question, the articles, each claim with verdict, studies and certainty', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
    const overview = page.getByRole('tabpanel', { name: 'Overview' });
    await overview.getByRole('heading', { level: 2, name: 'Does massage help back pain?' }).waitFor();
    const articles = overview.getByRole('region').filter({ has: page.getByRole('table') });
    await articles.first().waitFor();
    expect(await articles.count()).toBeGreaterThanOrEqual(5);
    const row = overview.locator(`tr[data-claim="${LONG_TERM}"]`).first();
    expect(await row.locator('.verdict-chip').textContent()).toMatch(/^(Supported|Contested|Contradicted|Inconclusive|Insufficient|No study in this graph)$/);
    expect(Number(await row.locator('td.num').textContent())).toBeGreaterThan(0);
    expect(await row.locator('td').nth(3).textContent()).toMatch(/High|Moderate|Low|Very low/);
    await page.screenshot({ path: `${SCREENSHOTS}overview.png` });
  });

  test('overview → article → claim → claim view in one click', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
    const overview = page.getByRole('tabpanel', { name: 'Overview' });
    const article = overview.getByRole('region').filter({ has: page.locator(`tr[data-claim="${LONG_TERM}"]`) }).first();
    await article.waitFor();
    const statement = (await article.locator(`tr[data-claim="${LONG_TERM}"] a`).textContent())!;
    await article.getByRole('link', { name: statement }).click();
    const claimView = page.getByRole('tabpanel', { name: 'Claim view' });
    await claimView.getByRole('heading', { level: 2, name: statement }).waitFor();
    expect(new URL(page.url()).searchParams.get('claim')).toBe(LONG_TERM);
    await eventually(() => page.title()).toMatch(/^Claim: Massage reduces pain in chronic low back pain in the long term/);
  });

  test('filtering by verdict and sorting by number of studies reorder the claims', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
    const overview = page.getByRole('tabpanel', { name: 'Overview' });
    await overview.locator('tr[data-claim]').first().waitFor();
    const filters = overview.getByRole('group', { name: 'Show claims that are' });
    const others = [/^Supported/, /^Contested/, /^Contradicted/, /^Inconclusive/, /^Insufficient/, /^Documented/, /^Partly documented/, /^Not documented/];
    for (const name of others) await filters.getByRole('checkbox', { name }).uncheck();
    const chips = await overview.locator('tr[data-claim] .verdict-chip').allTextContents();
    expect(chips.length).toBeGreaterThan(0);
    expect(new Set(chips)).toEqual(new Set(['No study in this graph']));
    for (const name of others) await filters.getByRole('checkbox', { name }).check();
    await overview.getByRole('combobox', { name: 'Sort by' }).selectOption('studies');
    const counts = (await overview.locator('section.article').first().locator('td.num').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('"How to read this" explains the words from every view and gives focus back', async () => {
    const { page } = s;
    for (const url of ['/', '/?view=explorer', `/?view=claim&claim=${LONG_TERM}`, '/?view=map']) {
      await page.goto(`${s.baseUrl}${url}`);
      const button = page.locator('#how-to-read-button');
      await button.click();
      const dialog = page.getByRole('dialog', { name: 'How to read this' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toMatch(/Asserted, not studied.*Certainty/s);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    }
  });

  test('Enter on the question selects the claim first; a second Enter lands on it', async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    await search().fill('massage chronic low back pain long term');
    // The pain and the function claims both hold every word: no clear winner, so the best is selected, not opened.
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('#search-suggestions li[aria-selected="true"]').textContent()).toMatch(/reduces pain in chronic .* long term/);
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('claim')).toBe(LONG_TERM);
    expect(await page.getByRole('tab', { name: 'Claim view' }).getAttribute('aria-selected')).toBe('true');
  });

  test('studies are named by first author, year, design and n in search, graph and cards', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=explorer`);
    await search().fill('Cherkin 2011');
    const first = page.getByRole('option').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Cherkin 2011 · RCT · n=401');
    await page.keyboard.press('Enter');
    await waitForGraph(page, 2);
    expect(await page.evaluate(() => window.cy!.getElementById('cherkin2011').data('label'))).toBe('Cherkin 2011 · RCT · n=401');
    await eventually(() => page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 3 }).textContent()).toBe('Cherkin 2011 · RCT · n=401');
    await page.goto(`${s.baseUrl}/?view=claim&claim=${LONG_TERM}`);
    const cards = page.getByRole('tabpanel', { name: 'Claim view' }).locator('.study-label');
    await cards.first().waitFor();
    for (const label of await cards.allTextContents()) expect(label).toMatch(/^\S.* (\d{4})( · [a-zA-Z ]+)?( · n=\d+)?$/);
  });

  test('a DOI finds its study', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=explorer`);
    await search().fill('10.1001/archinte.161.8.1081');
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('sel')).toBe('n:cherkin2001');
  });

  test("a study's details list its findings with stance, claim and quote", async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=cherkin2011&sel=n:cherkin2011`);
    const findings = page.getByRole('complementary', { name: 'Details' }).getByRole('region', { name: 'Findings of this study' });
    await findings.getByRole('listitem').first().waitFor();
    const item = findings.getByRole('listitem').first();
    expect(await item.textContent()).toMatch(/^(Supports|Contradicts|Qualifies): /);
    expect((await item.locator('blockquote').textContent())!.length).toBeGreaterThan(10);
  });
});
