import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventually, drawnNodeIds, nodePosition, openBrowser, SCREENSHOTS, waitForGraph, type Session } from './support/browser.js';

const CONTESTED = 'massage-reduces-pain-chronic-lbp-long-term';
let s: Session;

beforeAll(async () => {
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
});

const edgeCount = (cls: string) => s.page.evaluate((c) => window.cy!.edges(`.${c}`).length, cls);

describe('explorer', () => {
  test('search suggests nodes; picking one draws its neighbourhood and shows its details', async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    await page.getByRole('combobox', { name: 'Search the evidence graph' }).fill('swedish massage');
    const option = page.getByRole('option', { name: /Swedish massage/i }).first();
    await option.waitFor();
    await option.click();
    await waitForGraph(page, 2);
    expect(await drawnNodeIds(page)).toContain('swedish-massage');
    const details = page.getByRole('complementary', { name: 'Details' });
    await eventually(() => details.getByRole('heading', { level: 3 }).textContent()).toMatch(/Swedish/i);
    await eventually(() => details.locator('dd').first().textContent()).toBe('Technique');
    expect(new URL(page.url()).searchParams.get('sel')).toBe('n:swedish-massage');
  });

  test("a study's details show where an article's printed reference disagrees with the verified record", async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    await page.getByRole('combobox', { name: 'Search the evidence graph' }).fill('client expectations of massage scale');
    const option = page.getByRole('option', { name: /client expectations of massage scale/i }).first();
    await option.waitFor();
    await option.click();
    const cited = page.getByRole('complementary', { name: 'Details' }).getByRole('region', { name: 'Cited by articles' });
    await eventually(() => cited.getByRole('note').textContent()).toMatch(/doi.*10\.3822\/ijtmb\.v5i3\.176/i);
    await eventually(() => cited.getByRole('note').textContent()).toMatch(/Loew/);
  });

  test('the search works from the keyboard alone', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?view=explorer`);
    const box = page.getByRole('combobox', { name: 'Search the evidence graph' });
    await box.waitFor(); // the page has rendered its controls before the first key
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('sciatica');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const picked = await page.getByRole('option', { selected: true }).textContent();
    await page.keyboard.press('Enter');
    await waitForGraph(page, 1);
    const sel = new URL(page.url()).searchParams.get('sel')!;
    expect(sel).toMatch(/^n:/);
    expect(picked).toContain(await page.evaluate((id) => window.cy!.getElementById(id).data('label') as string, sel.slice(2)));
  });

  test('a double-click on a node draws its neighbours too', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=swedish-massage`);
    await waitForGraph(page, 2);
    const before = await drawnNodeIds(page);
    const claim = before.find((id) => id === 'swedish-massage-relieves-back-pain') ?? before.find((id) => id !== 'swedish-massage')!;
    const at = await nodePosition(page, claim);
    await page.mouse.dblclick(at.x, at.y);
    await eventually(() => new URL(page.url()).searchParams.get('expand')).toBe(claim);
    await waitForGraph(page, before.length + 1);
    const after = await drawnNodeIds(page);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(expect.arrayContaining(before));
  });

  test('unticking a stance removes its edges from the drawing', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${CONTESTED}`);
    await waitForGraph(page, 3);
    expect(await edgeCount('contradicts')).toBeGreaterThan(0);
    const supports = await edgeCount('supports');
    await page.getByRole('group', { name: 'Stance of evidence' }).getByRole('checkbox', { name: 'Contradicts' }).uncheck();
    await eventually(() => edgeCount('contradicts')).toBe(0);
    await waitForGraph(page);
    expect(await edgeCount('supports')).toBe(supports);
    expect(new URL(page.url()).searchParams.get('stances')).toBe('SUPPORTS,QUALIFIES');
  });

  test('a reload restores drawing, selection and filters from the URL', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${CONTESTED}&sel=n:${CONTESTED}&stances=CONTRADICTS`);
    await waitForGraph(page, 2);
    const drawn = (await drawnNodeIds(page)).sort();
    await page.reload();
    await waitForGraph(page, 2);
    expect((await drawnNodeIds(page)).sort()).toEqual(drawn);
    expect(await page.evaluate(() => window.cy!.$(':selected').map((e) => e.id()))).toEqual([CONTESTED]);
    expect(await edgeCount('supports')).toBe(0);
    const stance = page.getByRole('group', { name: 'Stance of evidence' });
    expect(await stance.getByRole('checkbox', { name: 'Supports' }).isChecked()).toBe(false);
    expect(await stance.getByRole('checkbox', { name: 'Contradicts' }).isChecked()).toBe(true);
  });

  test('back and forward step through views', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${CONTESTED}`);
    await waitForGraph(page, 2);
    await page.getByRole('tab', { name: 'Evidence map' }).click();
    await page.getByRole('table').waitFor();
    await page.goBack();
    await eventually(() => page.getByRole('tab', { name: 'Explorer' }).getAttribute('aria-selected')).toBe('true');
    await page.goForward();
    await eventually(() => page.getByRole('tab', { name: 'Evidence map' }).getAttribute('aria-selected')).toBe('true');
  });

  test('"paths between" highlights the shortest path from one selected node to another', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${CONTESTED}&sel=n:${CONTESTED}`);
    await waitForGraph(page, 3);
    await page.getByRole('button', { name: 'Paths from here…' }).click();
    const [study, label] = await page.evaluate(() => {
      const n = window.cy!.nodes('.study').first();
      return [n.id(), n.data('label') as string];
    });
    await page.getByText('Nodes drawn (as a list)').click();
    await page.locator('#drawn-nodes').getByRole('button', { name: `Study: ${label}`, exact: true }).first().click();
    await eventually(() => new URL(page.url()).searchParams.get('sel')).toBe(`n:${study}`);
    await page.getByRole('button', { name: 'Show paths to here' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('path')).toBe(`${CONTESTED},${study}`); // the URL follows the state a moment later
    await eventually(() => page.evaluate(() => window.cy!.nodes('.on-path').map((n) => n.id()).sort())).toEqual([CONTESTED, study].sort());
  });

  test('a capped graph says how much it left out and loads more on request', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=massage&limit=5`);
    await waitForGraph(page, 2);
    const before = (await drawnNodeIds(page)).length;
    await eventually(() => page.locator('#graph-status .counts').textContent()).toMatch(/\d+ more (node was|nodes were) left out/);
    await page.getByRole('button', { name: 'Load more' }).click();
    await waitForGraph(page, before + 1);
    expect((await drawnNodeIds(page)).length).toBeGreaterThan(before);
  });

  test('screenshot of the explorer with a contested claim, its evidence and one study selected', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/?focus=${CONTESTED}`);
    await waitForGraph(page, 3);
    const edge = await page.evaluate(() => window.cy!.edges('.contradicts').first().id());
    await page.goto(`${s.baseUrl}/?focus=${CONTESTED}&sel=e:${encodeURIComponent(edge)}`);
    await waitForGraph(page, 3);
    await page.getByRole('complementary', { name: 'Details' }).locator('blockquote').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}explorer.png` });
  });
});
