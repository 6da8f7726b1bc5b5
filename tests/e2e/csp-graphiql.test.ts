import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser, waitForGraph, type Session } from './support/browser.js';

let session: Session;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(() => session?.close());

describe('the strict CSP', () => {
  test('the explorer page draws its graph with no Content-Security-Policy violation (cytoscape\'s own <style> allowed by hash)', async () => {
    const { page, baseUrl } = session;
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${baseUrl}/?focus=massage`);
    await waitForGraph(page, 2);
    expect(violations).toEqual([]);
  }, 180_000);
});

describe('GraphiQL', () => {
  test('loads from the app alone: every request to another host is aborted, and it still reads the schema and opens its editor under the strict CSP', async () => {
    const { page, baseUrl } = session;
    const origin = new URL(baseUrl).origin;
    const elsewhere: string[] = [];
    const cspViolations: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });

    const introspection = page.waitForResponse((res) => res.url() === `${baseUrl}/graphql` && (res.request().postData() ?? '').includes('__schema'), { timeout: 120_000 });
    await page.goto(`${baseUrl}/graphql`);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 60_000 });
    // GraphiQL read the schema from this server: its editor is live and can run queries.
    const schema = await introspection;
    expect(schema.status()).toBe(200);
    expect(JSON.stringify(await schema.json())).toContain('"EvidenceEdge"');

    expect(elsewhere).toEqual([]);
    expect(cspViolations.filter((v) => /script/i.test(v))).toEqual([]);
    await page.unroute('**/*');
  }, 180_000);
});
