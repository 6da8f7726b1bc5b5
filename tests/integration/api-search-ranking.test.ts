import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { createSeededApp, dataOf, gql } from './api-client.js';

let db: Db;
let app: App;

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const SEARCH = `query($text: String!, $kinds: [NodeKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { kind score text node { id label } } }`;
const ids = async (text: string, first = 10) => (await dataOf(await gql(app, SEARCH, { text, first }))).search.map((h: any) => h.node.id) as string[];

describe('search lands where people mean', () => {
  test('a question ranks the claim stating it above the condition it mentions', async () => {
    const found = await ids('massage chronic low back pain long term');
    expect(found[0]).toBe('massage-reduces-pain-chronic-lbp-long-term');
    const condition = found.indexOf('chronic-low-back-pain');
    expect(condition === -1 || condition > 0).toBe(true);
  });

  test('a name typed in full still finds the entity first', async () => {
    expect((await ids('Swedish massage'))[0]).toBe('swedish-massage');
  });

  test('author and year pick that study, not the same author another year', async () => {
    const found = await ids('Cherkin 2011');
    expect(found[0]).toBe('cherkin2011');
    expect(found.indexOf('cherkin2001')).toBeGreaterThan(0);
  });

  test.each([
    ['10.1002/14651858.CD001929.pub3', 'furlan2015cochrane'],
    ['https://doi.org/10.7326/0003-4819-155-1-201107050-00002', 'cherkin2011'],
    ['doi:10.1136/BMJ.A884', 'little2008ateam'],
    ['PMID 11322842', 'cherkin2001'],
    ['23087774', 'boulanger2012'],
  ])('an identifier finds its study first: %s', async (text, id) => {
    const { search } = await dataOf(await gql(app, SEARCH, { text, first: 5 }));
    expect(search[0].node.id).toBe(id);
    expect(search[0].kind).toBe('STUDY');
  });

  test('scores come best first', async () => {
    const { search } = await dataOf(await gql(app, SEARCH, { text: 'massage back pain', first: 20 }));
    const scores = search.map((h: any) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('graph nodes name their first author', () => {
  test('a study node carries the family name of its first author; other kinds none', async () => {
    const q = `{ neighbourhood(ids: ["cherkin2011"], depth: 1) { nodes { data { id kind firstAuthor } } } }`;
    const { neighbourhood } = await dataOf(await gql(app, q));
    const nodes = neighbourhood.nodes.map((n: any) => n.data);
    expect(nodes.find((n: any) => n.id === 'cherkin2011').firstAuthor).toBe('Cherkin');
    expect(nodes.filter((n: any) => n.kind !== 'STUDY').every((n: any) => n.firstAuthor === null)).toBe(true);
  });
});
