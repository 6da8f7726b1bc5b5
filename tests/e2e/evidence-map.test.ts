import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contrast } from '../../web/src/words/contrast.js';
import { eventually, drawnNodeIds, openBrowser, SCREENSHOTS, waitForGraph, type Session } from './support/browser.js';

let s: Session;

beforeAll(async () => {
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
});

const cellButtons = () => s.page.getByRole('button', { name: /List its claims and studies\.$/ });

describe('evidence map', () => {
  test('a cell lists its claims and studies; "draw them" opens them in the explorer', { timeout: 180_000 }, async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    await page.getByRole('tab', { name: 'Evidence map' }).click();
    await cellButtons().first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}evidence-map.png` });
    const cell = page.locator('.map-cell[data-row="massage"][data-column="back-pain"]');
    await cell.click();
    const list = page.getByRole('complementary', { name: /^Massage therapy × Back pain$/i });
    await list.getByRole('button', { name: 'Draw them in the explorer' }).waitFor();
    // The cell lists every claim the API puts in it — more than one request's id cap allows — with no limit error.
    const res = await fetch(`${s.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { maxStartIds } evidenceMap(rows: TECHNIQUE, columns: CONDITION) { cells { row column claims } } }' }),
    });
    const { data } = (await res.json()) as { data: { serverInfo: { maxStartIds: number }; evidenceMap: { cells: { row: string; column: string; claims: string[] }[] } } };
    const claims = data.evidenceMap.cells.find((c) => c.row === 'massage' && c.column === 'back-pain')!.claims;
    expect(claims.length).toBeGreaterThan(data.serverInfo.maxStartIds);
    expect(await list.locator('.cell-claims li').count()).toBe(claims.length);
    expect(await list.locator('.cell-studies li').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('cell')).toBe('massage,back-pain');
    await page.screenshot({ path: `${SCREENSHOTS}evidence-map-cell.png` });
    await list.getByRole('button', { name: 'Draw them in the explorer' }).click();
    await eventually(() => page.getByRole('tab', { name: 'Explorer' }).getAttribute('aria-selected')).toBe('true');
    await waitForGraph(page, 2);
    const focus = new URL(page.url()).searchParams.get('focus')!.split(',');
    expect(focus.length).toBeGreaterThan(20);
    expect(await drawnNodeIds(page)).toEqual(expect.arrayContaining(focus));
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  for (const columns of ['CONDITION', 'OUTCOME'] as const) {
    test(`every ${columns.toLowerCase()} cell of the seed opens its list without an error`, { timeout: 600_000 }, async () => {
      const { page } = s;
      await page.goto(`${s.baseUrl}/?view=map${columns === 'OUTCOME' ? '&cols=OUTCOME' : ''}`);
      await cellButtons().first().waitFor();
      const cells = await page.locator('.map-cell').evaluateAll((els) => els.map((e) => [e.getAttribute('data-row')!, e.getAttribute('data-column')!, e.getAttribute('aria-label')!]));
      expect(cells.length).toBeGreaterThan(10);
      for (const [row, column, label] of cells) {
        // Keyboard, as a cell far right of a wide table may sit outside the window.
        await page.locator(`.map-cell[data-row="${row}"][data-column="${column}"]`).focus();
        await page.keyboard.press('Enter');
        await eventually(() => new URL(page.url()).searchParams.get('cell')).toBe(`${row},${column}`);
        const list = page.locator('#cell-list');
        await list.locator('.cell-claims, [role=alert]').first().waitFor();
        expect(await list.getByRole('alert').count(), `${row} × ${column}`).toBe(0);
        const claimCount = Number(/(\d+) claims\. List/.exec(label!)![1]);
        expect(await list.locator('.cell-claims li').count(), `${row} × ${column}`).toBe(claimCount);
      }
    });
  }

  test('closing a list gives focus back to its cell', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=map`);
    const cell = cellButtons().first();
    await cell.focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('cell-heading');
    await page.getByRole('button', { name: 'Close list' }).click();
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('rows with the most studies come first; the numbers in the dots meet WCAG AA contrast; a legend explains them', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=map`);
    await cellButtons().first().waitFor();
    const totals = await page.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('.dot')].reduce((sum, d) => sum + Number(d.textContent), 0)),
    );
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const dots = await page.locator('.dot').evaluateAll((els) => els.map((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]));
    for (const [ink, paper] of dots) expect(contrast(ink!, paper!)).toBeGreaterThanOrEqual(4.5);
    expect(await page.getByRole('region', { name: 'Legend' }).textContent()).toMatch(/Asserted by articles, not studied/);
  });

  test('co-treatments and comparators get no row; they are named in the cell list instead', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=map`);
    await cellButtons().first().waitFor();
    const rows = await page.locator('tbody th[scope=row]').allTextContents();
    expect(rows).toContain('Massage therapy');
    for (const name of ['NSAIDs', 'Pain medication', 'Physical therapy']) expect(rows.some((r) => r.toLowerCase() === name.toLowerCase()), name).toBe(false);
    const ids = await page.locator('.map-cell').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-row')))]);
    for (const id of ['nsaids', 'medication', 'physical-therapy', 'usual-care']) expect(ids).not.toContain(id);
  });

  test("the largest cell's dot and its list state the same number of distinct studies counted", async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=map`);
    await cellButtons().first().waitFor();
    const dots = await page.locator('.map-cell').evaluateAll((els) => els.map((e) => [e.getAttribute('data-row')!, e.getAttribute('data-column')!, Number(e.textContent)] as const));
    const [row, column, n] = [...dots].sort((a, b) => b[2] - a[2])[0]!;
    expect(n).toBeGreaterThan(5);
    await page.locator(`.map-cell[data-row="${row}"][data-column="${column}"]`).click();
    const list = page.locator('#cell-list');
    await list.locator('.cell-studies').waitFor();
    expect(await list.locator('p').first().textContent()).toContain(`${n} distinct studies counted`);
    expect(await list.locator('.cell-studies li').count()).toBe(n);
  });

  test('the map can put outcomes in the columns', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=map`);
    await page.getByRole('combobox', { name: /Techniques against/ }).selectOption('OUTCOME');
    await cellButtons().first().waitFor();
    expect(new URL(page.url()).searchParams.get('cols')).toBe('OUTCOME');
  });
});
