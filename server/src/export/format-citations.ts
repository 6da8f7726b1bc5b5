import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CitationFormat } from '../generated/graphql.js';
import { toBibtexEntries, writeBibtex } from './bibtex-entries.js';
import { toSentenceCase } from './sentence-case.js';
import { toCslItem, type CitationStudy, type CslItem } from './to-csl.js';

/** One study as an export lists it: its stance keywords on the claim and a note naming the stances it is not listed under. */
export interface CitationEntry {
  study: CitationStudy;
  /** `evigraph:supports:<claim>` … for every stance it takes (RIS KW, CSL-JSON keyword, BibTeX keywords). */
  keywords: string[];
  /** "Findings on <claim>: 2 supporting, 1 contradicting; listed under Supporting"; null when there is nothing to add. */
  note: string | null;
}

/** Studies under one heading (the stance groups of a claim, or one untitled group of chosen studies); each study is in one group. */
export interface CitationGroup {
  /** Heading in text and BibTeX exports ("Supporting"); null for a plain list. */
  title: string | null;
  entries: CitationEntry[];
}

const cslOf = (e: CitationEntry): CslItem => toCslItem(e.study, e.keywords, e.note);

/** Each group opens with `@comment{Title: key, key}` listing its studies. */
function bibtex(groups: CitationGroup[]): string {
  return groups
    .map((g) => {
      const body = g.entries.length ? writeBibtex(toBibtexEntries(g.entries.map(cslOf))) : '';
      const heading = g.title ? `@comment{${g.title}: ${g.entries.map((e) => e.study.id).join(', ')}}` : '';
      return [heading, body].filter(Boolean).join('\n\n');
    })
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}

/**
 * RIS with one tag per line (citation-js's text output wraps values at 70 characters, which readers join
 * wrongly), plus the PubMed id as `AN` and the DOI as `DO`, which citation-js's RIS mapping leaves out.
 */
function ris(groups: CitationGroup[]): string {
  const items = groups.flatMap((g) => g.entries.map(cslOf));
  const records = new Cite(items).format('ris', { type: 'object' }) as Array<Record<string, string | string[]>>;
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  return records
    .map(({ TY, ...tags }, i) => {
      const item = items[i]!;
      if (item.PMID && !tags.AN) tags.AN = item.PMID;
      if (item.DOI && !tags.DO) tags.DO = item.DOI;
      const lines = Object.entries(tags).flatMap(([tag, v]) => [v].flat().map((x) => line(tag, String(x))));
      return [line('TY', String(TY)), ...lines, 'ER  - '].join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

/** citeproc's text for each item by id, in the style's bibliography order. */
function entryTexts(items: CslItem[], template: 'apa' | 'vancouver'): Map<string, string> {
  const rows = new Cite(items).format('bibliography', { format: 'text', template, lang: 'en-US', asEntryArray: true }) as unknown as [string, string][];
  return new Map(rows.map(([id, text]) => [id, text.trim()]));
}

const withNote = (text: string, note: string | null) => (note ? `${text} [${note}.]` : text);

/** APA 7: full journal title, sentence-case titles, each group sorted by author as the style says. */
function apa(groups: CitationGroup[]): string {
  return groups
    .map((g) => {
      const items = g.entries.map((e) => ({ ...cslOf(e), title: toSentenceCase(e.study.title) }));
      const notes = new Map(g.entries.map((e) => [e.study.id, e.note]));
      const text = [...entryTexts(items, 'apa')].map(([id, t]) => withNote(t, notes.get(id) ?? null)).join('\n');
      return g.title ? `${g.title}\n\n${text}` : text;
    })
    .join('\n\n')
    .concat('\n');
}

/** Vancouver: one numbering across the whole list, so each reference has one number whatever its group. */
function vancouver(groups: CitationGroup[]): string {
  const all = groups.flatMap((g) => g.entries);
  const texts = entryTexts(all.map(cslOf), 'vancouver');
  let n = 0;
  return groups
    .map((g) => {
      const text = g.entries.map((e) => withNote(texts.get(e.study.id)!.replace(/^\d+\.\s*/, `${++n}. `), e.note)).join('\n');
      return g.title ? `${g.title}\n\n${text}` : text;
    })
    .join('\n\n')
    .concat('\n');
}

/** The export as one text in the chosen format (pure: data in, text out), made by citation-js from the CSL items of the studies. */
export function formatCitations(groups: CitationGroup[], format: CitationFormat): string {
  switch (format) {
    case 'BIBTEX':
      return bibtex(groups);
    case 'RIS':
      return ris(groups);
    case 'CSL_JSON':
      return `${JSON.stringify(groups.flatMap((g) => g.entries.map(cslOf)), null, 2)}\n`;
    case 'APA':
      return apa(groups);
    case 'VANCOUVER':
      return vancouver(groups);
  }
}

/** Builds the APA and Vancouver engines once (about 2 s of CPU), so the first export request does not stall the server. */
export function warmCitationStyles(): void {
  const probe: CitationGroup = { title: null, entries: [{ study: { id: 'warm-up', title: 'Warm-up', authors: ['Doe J'], year: 2000 }, keywords: [], note: null }] };
  formatCitations([probe], 'APA');
  formatCitations([probe], 'VANCOUVER');
}
