import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { eventually, openBrowser, waitForGraph, type Session } from './support/browser.js';

let session: Session;
beforeAll(async () => {
  session = await openBrowser();
});
afterAll(() => session?.close());

async function api(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('writeToken')}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: any; errors?: unknown[] };
}

describe('curator changes in the details panel', () => {
  test('a study a curator wrote lists who changed it, from the audit log', async () => {
    // Writes the value the study already has: the change is recorded, nothing other tests see moves.
    const { data } = await api('{ study(id: "cherkin2011") { title } }');
    const out = await api('mutation($t: String!) { updateStudy(id: "cherkin2011", input: {title: $t}) { version } }', { t: data.study.title });
    expect(out.errors).toBeUndefined();

    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/?focus=cherkin2011&sel=n:cherkin2011`);
    await waitForGraph(page, 2);
    const section = page.getByRole('region', { name: 'Curator changes' });
    await eventually(() => section.getByRole('listitem').first().textContent()).toMatch(/^curator changed the study — /);
  }, 180_000);
});
