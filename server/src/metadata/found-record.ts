/** What a metadata service states about one publication: only what it states, null where it is silent. */
export interface FoundRecord {
  title: string;
  /** In order, as "Family Initials" (the form the graph stores). */
  authors: string[];
  year: number | null;
  journal: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  pmid: string | null;
  /** Where the values were read: the URL asked. */
  source: string;
}

/** "Daniel C" → "DC"; "Jean-Luc" → "JL". */
export const initialsOf = (given: string) =>
  given
    .split(/[\s.-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .join('');

/** A value as a trimmed string, or null when absent or empty. */
export const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : value == null ? null : typeof value === 'number' ? String(value) : null);
