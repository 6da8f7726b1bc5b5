import { describe, expect, test } from 'vitest';
import { eventually, useBrowser } from './support/browser.js';

const s = useBrowser();
const search = () => s.page.getByRole('combobox', { name: 'Search the evidence graph' });
const focusedHeading = () => s.page.evaluate(() => (document.activeElement?.tagName === 'H2' ? document.activeElement.id : document.activeElement?.tagName ?? null));

describe('the bottom line on the landing page', () => {
  test('each finding links to its claim view, whose verdict matches the sentence; focus lands on the claim heading', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
    const bottomLine = page.getByRole('region', { name: 'The bottom line' });
    const findings = bottomLine.locator('.bottom-line-findings > li');
    await findings.first().waitFor({ timeout: 45_000 });
    const count = await findings.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(5);
    expect(await bottomLine.textContent()).toContain('Chosen by a fixed rule');
    const sentences = await findings.allTextContents();
    for (const sentence of sentences) expect(sentence).toMatch(/: (supported|contradicted|contested|inconclusive)(, (high|moderate|low|very low) certainty)? — \d+ stud(y|ies) counted\.$/);

    for (let i = 0; i < count; i++) {
      await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
      const item = page.getByRole('region', { name: 'The bottom line' }).locator('.bottom-line-findings > li').nth(i);
      await item.waitFor();
      const said = (await item.locator('.finding-verdict').textContent())!;
      const verdict = said.split(',')[0]!.split(' — ')[0]!;
      const studies = Number(/(\d+) stud/.exec(said)![1]);
      const id = await item.getAttribute('data-claim');
      await item.getByRole('link').click();
      const claimView = page.getByRole('tabpanel', { name: 'Claim view' });
      await claimView.locator('.verdict-line .verdict-chip').waitFor();
      expect(new URL(page.url()).searchParams.get('claim')).toBe(id);
      expect((await claimView.locator('.verdict-line .verdict-chip').textContent())!.toLowerCase()).toBe(verdict);
      expect(await claimView.textContent()).toContain(`Counted: ${studies} distinct stud`);
      await eventually(focusedHeading).toBe('claim-heading');
    }
  });

  test('"What the articles get wrong" lists asserted claims the evidence does not back, never "not studied"', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
    const wrong = page.getByRole('region', { name: /What the articles get wrong/ });
    await wrong.locator('li').first().waitFor();
    const text = (await wrong.textContent())!;
    expect(text).toContain('No study in this graph');
    expect(text).not.toMatch(/not studied/i);
    const first = wrong.locator('.wrong-group[data-verdict="NO_STUDY_IN_GRAPH"] li').first();
    expect(await first.textContent()).toMatch(/asserted by \d+ articles?$/);
    const provenance = page.locator('.provenance');
    expect(await provenance.textContent()).toMatch(/\d+ study records/);
    expect(await provenance.getByRole('link', { name: /reference list/ }).getAttribute('href')).toMatch(/^\/export\/citations\?format=apa&ids=/);
  });
});

describe('search: Enter opens only a clear winner', () => {
  test('an ambiguous, misspelt query keeps the suggestions open with the first selected', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
    await page.getByRole('heading', { name: 'Does massage help back pain?' }).waitFor();
    await search().fill('message back pain');
    await page.keyboard.press('Enter');
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await list.waitFor();
    await eventually(() => list.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    expect(await search().getAttribute('aria-expanded')).toBe('true');
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    expect(await page.locator('.search-status').textContent()).toMatch(/none clearly best/);
    // A second Enter opens the selected suggestion.
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('view')).not.toBeNull();
  });

  test('a query naming one claim\'s words opens that claim, and focus moves to its heading', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
    await page.getByRole('heading', { name: 'Does massage help back pain?' }).waitFor();
    // Enter at once: the suggestions arrive after it, and the claim opens when they do.
    await search().fill('massage flushes toxins');
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('claim')).toBe('massage-flushes-toxins');
    await eventually(focusedHeading).toBe('claim-heading');
  });

  test('a technique picked from the overview opens the explorer with focus on its heading', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
    await page.getByRole('heading', { name: 'Does massage help back pain?' }).waitFor();
    await search().fill('Swedish massage');
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).searchParams.get('focus')).toBe('swedish-massage');
    expect(await page.getByRole('tab', { name: 'Explorer' }).getAttribute('aria-selected')).toBe('true');
    await eventually(focusedHeading).toBe('explorer-heading');
  });

  test('"Nothing matches" is visible, not hidden under the page', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?question=massage-back-pain`);
    await search().fill('zzqxv');
    const status = page.locator('.search-status');
    await eventually(() => status.textContent()).toMatch(/Nothing matches/);
    const box = (await status.boundingBox())!;
    const topmost = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.search-status') !== null, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(topmost).toBe(true);
  });
});
