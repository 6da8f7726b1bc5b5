import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CitationFormat } from '../generated/graphql.js';
import { toCslItem, type CitationStudy, type CslItem } from './to-csl.js';

/** Studies under one heading: the stance groups of a claim, or one untitled group of chosen studies. */
export interface CitationGroup {
  /** Heading in text and BibTeX exports ("Supporting"); null for a plain list. */
  title: string | null;
  /** Keyword on every item of the group (RIS KW, CSL-JSON keyword; citation-js writes none in classic BibTeX); null for none. */
  keyword: string | null;
  studies: CitationStudy[];
}

/** Each study once, in its first group, with the keywords of every group it is in. */
function uniqueItems(groups: CitationGroup[]): { group: CitationGroup; item: CslItem }[] {
  const keywords = new Map<string, string[]>();
  for (const g of groups) for (const s of g.studies) if (g.keyword) keywords.set(s.id, [...(keywords.get(s.id) ?? []), g.keyword]);
  const seen = new Set<string>();
  return groups.flatMap((group) =>
    group.studies.filter((s) => !seen.has(s.id) && seen.add(s.id)).map((s) => ({ group, item: toCslItem(s, keywords.get(s.id)) })),
  );
}

/** Each group opens with `@comment{Title: key, key}` listing all its studies; an entry is written once, under its first group. */
function bibtex(groups: CitationGroup[]): string {
  const entries = uniqueItems(groups);
  return groups
    .map((g) => {
      const items = entries.filter((e) => e.group === g).map((e) => e.item);
      const body = items.length ? String(new Cite(items).format('bibtex', { format: 'text' })).trim() : '';
      const heading = g.title ? `@comment{${g.title}: ${g.studies.map((s) => s.id).join(', ')}}` : '';
      return [heading, body].filter(Boolean).join('\n\n');
    })
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}

/** RIS with one tag per line: citation-js's text output wraps values at 70 characters, which readers join wrongly. */
function ris(groups: CitationGroup[]): string {
  const items = uniqueItems(groups).map((e) => e.item);
  if (!items.length) return '';
  const records = new Cite(items).format('ris', { type: 'object' }) as Array<Record<string, string | string[]>>;
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  return records
    .map(({ TY, ...tags }) => {
      const lines = Object.entries(tags).flatMap(([tag, v]) => [v].flat().map((x) => line(tag, String(x))));
      return [line('TY', String(TY)), ...lines, 'ER  - '].join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

function bibliography(groups: CitationGroup[], template: 'apa' | 'vancouver'): string {
  return groups
    .filter((g) => g.studies.length)
    .map((g) => {
      const items = g.studies.map((s) => toCslItem(s));
      const text = String(new Cite(items).format('bibliography', { format: 'text', template, lang: 'en-US' })).trim();
      return g.title ? `${g.title}\n\n${text}` : text;
    })
    .join('\n\n')
    .concat('\n');
}

/** The export as one text in the chosen format, made by citation-js from the CSL items of the studies. */
export function formatCitations(groups: CitationGroup[], format: CitationFormat): string {
  switch (format) {
    case 'BIBTEX':
      return bibtex(groups);
    case 'RIS':
      return ris(groups);
    case 'CSL_JSON':
      return `${JSON.stringify(uniqueItems(groups).map((e) => e.item), null, 2)}\n`;
    case 'APA':
      return bibliography(groups, 'apa');
    case 'VANCOUVER':
      return bibliography(groups, 'vancouver');
  }
}

/** Builds the APA and Vancouver engines once (about 2 s of CPU), so the first export request does not stall the server. */
export function warmCitationStyles(): void {
  const probe: CitationGroup = { title: null, keyword: null, studies: [{ id: 'warm-up', title: 'Warm-up', authors: ['Doe J'], year: 2000 }] };
  formatCitations([probe], 'APA');
  formatCitations([probe], 'VANCOUVER');
}
