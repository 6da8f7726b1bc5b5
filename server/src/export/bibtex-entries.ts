import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './to-csl.js';

/** A BibTeX entry as citation-js's `bibtex` output object holds it: field values already BibTeX-escaped. */
export interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** Escapes text for a braced BibTeX value: the characters LaTeX treats as commands. */
export function bibtexEscape(text: string): string {
  return text.replace(/\\/g, '\\textbackslash{}').replace(/([{}%&#$_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

/**
 * citation-js's BibTeX entries made complete for BibTeX styles and reference managers:
 * - a report without an institution is `@misc` (`@techreport` requires one, and none is invented);
 * - `howpublished` is dropped where it only repeats `url` (citation-js writes both);
 * - `keywords` (design and stance), `pmid`, `pmcid` and `note` are added, which classic BibTeX mapping leaves out.
 */
export function toBibtexEntries(items: CslItem[]): BibtexEntry[] {
  const entries = new Cite(items).format('bibtex', { format: 'object' }) as unknown as BibtexEntry[];
  return entries.map((entry, i) => {
    const item = items[i]!;
    const properties = { ...entry.properties };
    if (properties.howpublished && properties.howpublished === properties.url) delete properties.howpublished;
    const type = entry.type === 'techreport' && !properties.institution ? 'misc' : entry.type;
    if (item.keyword) properties.keywords = bibtexEscape(item.keyword);
    if (item.PMID) properties.pmid = bibtexEscape(item.PMID);
    if (item.PMCID) properties.pmcid = bibtexEscape(item.PMCID);
    if (item.note && !properties.note) properties.note = bibtexEscape(item.note);
    return { type, label: entry.label, properties };
  });
}

/** Entries as BibTeX text, one field per line. */
export function writeBibtex(entries: BibtexEntry[]): string {
  return entries
    .map((e) => [`@${e.type}{${e.label},`, ...Object.entries(e.properties).map(([k, v]) => `\t${k} = {${v}},`), '}'].join('\n'))
    .join('\n\n');
}
