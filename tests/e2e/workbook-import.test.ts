import { describe, expect, inject, test } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { eventually, useBrowser } from './support/browser.js';

const s = useBrowser();

/** The workbook section of the landing page, and a workbook file downloaded from the server. */
const section = () => s.page.getByRole('region', { name: 'Bring your own question: the extraction workbook' });
const download = async (path: string) => Buffer.from(await (await fetch(`${s.baseUrl}${path}`)).arrayBuffer());
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the extraction workbook on the landing page', () => {
  test('the blank template is a link on the page, and a workbook without a question is refused naming sheet and problem', async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    const link = section().getByRole('link', { name: 'Download the blank workbook template' });
    expect(await link.getAttribute('href')).toBe('/workbook/template.xlsx');
    await section().getByLabel('Workbook (.xlsx)').setInputFiles({ name: 'template.xlsx', mimeType: XLSX, buffer: await download('/workbook/template.xlsx') });
    await section().getByLabel('Curator token').fill(inject('writeToken'));
    await section().getByRole('button', { name: 'Check and import' }).click();
    const report = section().getByRole('status');
    await eventually(() => report.textContent()).toMatch(/^Refused: 1 problem\(s\) in the workbook; nothing was written\./);
    expect(await report.getByRole('listitem').allTextContents()).toEqual(['question: the question sheet has no row: name the question the workbook answers']);
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);

  test('a dry run of the whole graph as a workbook reports that nothing would change', async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    await section().getByLabel('Workbook (.xlsx)').setInputFiles({ name: 'all.xlsx', mimeType: XLSX, buffer: await download('/workbook/all.xlsx') });
    await section().getByLabel('Curator token').fill(inject('writeToken'));
    expect(await section().getByLabel(/^Dry run/).isChecked()).toBe(true);
    await section().getByRole('button', { name: 'Check and import' }).click();
    const report = section().getByRole('status');
    await expect.poll(() => report.textContent(), { timeout: 240_000, interval: 500 }).toMatch(/^Dry run: nothing was written\./);
    expect(await report.textContent()).toContain('Nothing to add or change: the graph already holds this workbook.');
    expect(await report.textContent()).toContain('No claim changes verdict or certainty.');
  }, 300_000);

  test('a wrong token is refused', async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    await section().getByLabel('Workbook (.xlsx)').setInputFiles({ name: 'template.xlsx', mimeType: XLSX, buffer: await download('/workbook/template.xlsx') });
    await section().getByLabel('Curator token').fill('not-the-token');
    await section().getByRole('button', { name: 'Check and import' }).click();
    await eventually(() => section().getByRole('status').textContent()).toMatch(/^Not imported: A valid curator token is required/);
  }, 120_000);
});
