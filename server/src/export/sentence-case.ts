import { TOPIC } from '../evidence/vocabulary.js';
/**
 * Names that keep their capitals when a title-case title is put in sentence case. Only words a
 * capital cannot tell apart from an ordinary word need to be here: acronyms (CARE, NSAID), words
 * with inner capitals or digits, and the first word of the title and of each subtitle keep theirs anyway.
 */
export const PROPER_NAMES: readonly string[] = TOPIC.properNames;

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'the', 'to', 'vs', 'via', 'with']);

const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
/** CARE, NG59, McKenzie, iPhone: an acronym or a name its own capitals mark. */
const keepsOwnCase = (w: string) => /\p{Lu}.*\p{Lu}|\d/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w);

/** True when most words that are not small words start with a capital: "Massage for Low-back Pain". */
function isTitleCase(words: string[]): boolean {
  const content = words.filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 2) return false;
  return content.filter((w) => isCapitalised(w) || keepsOwnCase(w)).length / content.length >= 0.75;
}

/** Lower-cases one segment's capitalised words except names, keeping its first word as it is. */
function lowerSegment(segment: string, keep: Set<number>, offset: number): string {
  let first = true;
  return segment.replace(/[\p{L}\p{N}'’]+/gu, (word, at: number) => {
    const wasFirst = first;
    first = false;
    if (wasFirst || keep.has(offset + at) || keepsOwnCase(word) || !isCapitalised(word)) return word;
    return word.toLowerCase();
  });
}

/** Positions of every word inside a proper name, so lowerSegment leaves them alone. */
function protectedPositions(title: string): Set<number> {
  const keep = new Set<number>();
  for (const name of PROPER_NAMES) {
    const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (const m of title.matchAll(re)) {
      for (const w of m[0].matchAll(/[\p{L}\p{N}'’]+/gu)) keep.add(m.index! + w.index!);
    }
  }
  return keep;
}

/**
 * APA 7 sentence case: the first word of the title and of each subtitle (after a colon) capitalised.
 * A title already in sentence case keeps every word as the graph has it (its capitals are names); a
 * title in title case has its capitalised words lower-cased except acronyms and PROPER_NAMES.
 */
export function toSentenceCase(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  const lower = isTitleCase(words);
  const keep = lower ? protectedPositions(title) : new Set<number>();
  let offset = 0;
  return title
    .split(/(:\s+)/)
    .map((part, i) => {
      const start = offset;
      offset += part.length;
      if (i % 2 === 1) return part;
      const cased = lower ? lowerSegment(part, keep, start) : part;
      return cased.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase());
    })
    .join('');
}
