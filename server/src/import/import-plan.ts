import type { ImportedStudy } from './from-csl.js';
import { normaliseDoi, normaliseTitle } from '../domain/normalise.js';

/** What duplicate detection needs of a study already in the graph. */
export interface ExistingStudy {
  id: string;
  title: string;
  year: number | null;
  doi: string | null;
}

export interface ImportFlag {
  entry: string;
  existingId: string;
  reason: string;
}

export interface ImportPlan {
  add: (ImportedStudy & { id: string })[];
  /** Ids of studies the file matched: already in the graph, or added by an earlier record of the same file. */
  duplicates: string[];
  flagged: ImportFlag[];
}

import { ID_PATTERN } from '../domain/patterns.js';
const slugPart = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/**
 * The id a record would like: its BibTeX key / RIS ID when that is a slug (so an evigraph export
 * re-imports under the same ids), else first author's family name and year ("cherkin2011").
 */
export function idBase(r: ImportedStudy): string {
  const key = r.key?.trim().toLowerCase() ?? '';
  if (ID_PATTERN.test(key)) return key;
  const author = r.authors[0];
  const first = author ? (/^(.+?)\s+[A-Z]{1,4}$/.exec(author)?.[1] ?? author.split(/\s+/)[0]!) : r.title.split(/\s+/).slice(0, 3).join('');
  return `${slugPart(first) || 'study'}${r.year}`;
}

const titleKey = (title: string, year: number | null) => `${normaliseTitle(title)}|${year ?? ''}`;

/**
 * Decides, for each record, add / duplicate / flag: a normalised DOI match is a duplicate; else a
 * normalised title + year match is a duplicate unless both have DOIs that disagree, which is flagged.
 * `takenIds` are ids already used in the graph; new ids get "-2", "-3" … when theirs is taken.
 */
export function planImport(records: ImportedStudy[], existing: ExistingStudy[], takenIds: ReadonlySet<string>): ImportPlan {
  const byDoi = new Map<string, ExistingStudy>();
  const byTitle = new Map<string, ExistingStudy>();
  const remember = (s: ExistingStudy) => {
    if (s.doi) byDoi.set(normaliseDoi(s.doi), s);
    if (!byTitle.has(titleKey(s.title, s.year))) byTitle.set(titleKey(s.title, s.year), s);
  };
  existing.forEach(remember);
  const taken = new Set(takenIds);
  const plan: ImportPlan = { add: [], duplicates: [], flagged: [] };

  for (const r of records) {
    const sameDoi = r.doi ? byDoi.get(normaliseDoi(r.doi)) : undefined;
    const sameTitle = byTitle.get(titleKey(r.title, r.year));
    if (sameDoi) {
      plan.duplicates.push(sameDoi.id);
    } else if (sameTitle && r.doi && sameTitle.doi) {
      plan.flagged.push({
        entry: r.entry,
        existingId: sameTitle.id,
        reason: `DOI ${r.doi} disagrees with DOI ${sameTitle.doi} of study "${sameTitle.id}" (same title and year); not merged`,
      });
    } else if (sameTitle) {
      plan.duplicates.push(sameTitle.id);
    } else {
      const base = idBase(r);
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      plan.add.push({ ...r, id });
      remember({ id, title: r.title, year: r.year, doi: r.doi });
    }
  }
  plan.duplicates = [...new Set(plan.duplicates)];
  return plan;
}
