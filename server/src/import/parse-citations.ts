import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { ImportFormat } from '../generated/graphql.js';
import { InputError } from '../errors/input-error.js';

/** One record of an imported file, read into CSL-JSON by citation-js. */
export interface ParsedRecord {
  /** How reports name it: the BibTeX key / RIS ID, else "record N (line L)". */
  entry: string;
  /** The BibTeX key or RIS ID, if any. */
  key: string | null;
  item: Record<string, unknown>;
}

/** An input error naming the entry or line that is wrong (the boundary answers BAD_USER_INPUT). */
export const badFile = (entry: string, problem: string) => new InputError(`${entry}: ${problem}`, { field: 'content', entry });

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Line of every entry key, in file order; a key used twice is rejected naming both lines. */
function bibtexKeyLines(content: string): Map<string, number> {
  const lineOfKey = new Map<string, number>();
  for (const m of content.matchAll(/@\s*([A-Za-z]+)\s*[{(]\s*([^,\s]*)/g)) {
    if (/^(comment|string|preamble)$/i.test(m[1]!)) continue;
    const line = lineOf(content, m.index);
    const first = lineOfKey.get(m[2]!);
    if (first) throw badFile(`entry "${m[2]}" (line ${line})`, `the key is already used at line ${first}`);
    lineOfKey.set(m[2]!, line);
  }
  return lineOfKey;
}

async function parseBibtex(content: string): Promise<ParsedRecord[]> {
  const lineOfKey = bibtexKeyLines(content);
  let items: Record<string, unknown>[];
  try {
    items = (await Cite.async(content, { forceType: '@bibtex/text' })).data;
  } catch (err) {
    const message = String((err as Error).message);
    const line = Number(/at line (\d+)/.exec(message)?.[1] ?? 0);
    const inside = [...lineOfKey].filter(([, l]) => l <= line).at(-1);
    const where = line ? `line ${line}${inside ? ` (entry "${inside[0]}")` : ''}` : 'file';
    throw badFile(where, message.split('\n')[0]!.trim());
  }
  return items.map((item, i) => {
    const key = String(item['citation-key'] ?? '');
    const line = lineOfKey.get(key);
    return { entry: key ? `entry "${key}"${line ? ` (line ${line})` : ''}` : `entry ${i + 1}`, key: key || null, item };
  });
}

const RIS_TAG = /^([A-Z][A-Z0-9])  -(?: (.*))?$/;

/** Splits RIS text into records, rejecting any line that is not a tag line inside TY … ER. */
function risRecords(content: string): { start: number; text: string; id: string | null }[] {
  const records: { start: number; text: string; id: string | null }[] = [];
  let current: { start: number; lines: string[]; id: string | null } | null = null;
  content.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '').trimEnd();
    const n = i + 1;
    if (line.trim() === '') return;
    const tag = RIS_TAG.exec(line);
    if (!tag) throw badFile(`line ${n}`, `not a RIS tag line (expected "XX  - value"): ${JSON.stringify(line.slice(0, 60))}`);
    const [, name, value = ''] = tag;
    if (!current) {
      if (name !== 'TY') throw badFile(`line ${n}`, `a record must start with "TY  - ", found "${name}"`);
      if (!value.trim()) throw badFile(`line ${n}`, 'TY has no reference type');
      current = { start: n, lines: [line], id: null };
    } else if (name === 'TY') {
      throw badFile(`line ${n}`, `a new record starts before the record of line ${current.start} ended with "ER  - "`);
    } else if (name === 'ER') {
      records.push({ start: current.start, text: [...current.lines, 'ER  - '].join('\n'), id: current.id });
      current = null;
    } else {
      if (name === 'ID' && value.trim()) current.id = value.trim();
      current.lines.push(line);
    }
  });
  if (current) throw badFile(`record at line ${(current as { start: number }).start}`, 'ends without "ER  - "');
  return records;
}

async function parseRis(content: string): Promise<ParsedRecord[]> {
  const out: ParsedRecord[] = [];
  for (const [i, r] of risRecords(content).entries()) {
    const entry = r.id ? `record "${r.id}" (line ${r.start})` : `record ${i + 1} (line ${r.start})`;
    let items: Record<string, unknown>[];
    try {
      items = (await Cite.async(r.text, { forceType: '@ris/file' })).data;
    } catch (err) {
      throw badFile(entry, String((err as Error).message).split('\n')[0]!.trim());
    }
    if (items.length !== 1) throw badFile(entry, 'could not be read as one reference');
    out.push({ entry, key: r.id, item: items[0]! });
  }
  return out;
}

/** The records of a BibTeX or RIS file; throws an InputError naming the entry or line at fault. */
export async function parseCitations(format: ImportFormat, content: string): Promise<ParsedRecord[]> {
  const records = format === 'BIBTEX' ? await parseBibtex(content) : await parseRis(content);
  if (records.length === 0) throw badFile('file', `no ${format === 'BIBTEX' ? 'BibTeX entries' : 'RIS records'} found`);
  return records;
}
