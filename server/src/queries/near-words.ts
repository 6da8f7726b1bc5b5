/** Edit distance between two short words (Levenshtein), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** True when some word of `text` equals, starts with, or is within two edits of one of the search words. */
export function mentionsAny(text: string, words: string[]): boolean {
  const own = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return own.some((o) => words.some((w) => o.startsWith(w) || (w.length >= 4 && editDistance(o, w) <= (w.length < 7 ? 1 : 2))));
}
