import fs from 'node:fs';
import path from 'node:path';
import { parseSync } from 'rolldown/utils';
import { describe, expect, test } from 'vitest';

/**
 * The page is the same for every question: what is topic-specific (the wording, the intervention, the population)
 * comes from the Question data. A topic word in web/src outside a comment fails here, named by file and line.
 */
const TOPIC_WORDS = /massage|acupuncture|back[\s-]*pain|low[\s-]*back|lumbar|roland|oswestry/gi;
const WEB_SRC = fileURLToPath('../../web/src');

function fileURLToPath(relative: string): string {
  return new URL(relative, import.meta.url).pathname;
}

/** The file's text with every comment replaced by spaces (line breaks kept, so line numbers still match). */
function withoutComments(fileName: string, text: string): string {
  const blank = (from: number, to: number, chars: string[]) => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
  const chars = [...text];
  if (fileName.endsWith('.css')) {
    for (const m of text.matchAll(/\/\*[\s\S]*?\*\//g)) blank(m.index, m.index + m[0].length, chars);
    return chars.join('');
  }
  // The parser vite builds the page with (Oxc, through rolldown) finds the comments, so strings and regexes are never mistaken for them.
  const parsed = parseSync(fileName, text);
  if (parsed.errors.length) throw new Error(`${fileName} does not parse: ${parsed.errors[0]!.message}`);
  for (const c of parsed.comments) blank(c.start, c.end, chars);
  return chars.join('');
}

/** "file:line: text" for each topic word found outside comments. */
function topicWordsIn(fileName: string, text: string): string[] {
  return withoutComments(fileName, text)
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(TOPIC_WORDS)].map((m) => `${fileName}:${i + 1}: ${m[0]}`));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|css)$/.test(e.name) && e.name !== 'generated.ts' ? [full] : [];
  });
}

describe('topic words in web/src', () => {
  test('the grep finds words in code and strings but not in comments', () => {
    const text = [
      '// massage in a line comment',
      '/** Low back pain in a doc comment */',
      "const a = 'Massage helps';",
      'const b = `lumbar`; // Oswestry',
      '/* roland */ const c = /back pain/;',
    ].join('\n');
    expect(topicWordsIn('x.ts', text)).toEqual(['x.ts:3: Massage', 'x.ts:4: lumbar', 'x.ts:5: back pain']);
    expect(topicWordsIn('x.css', '/* acupuncture */\n.acupuncture {}')).toEqual(['x.css:2: acupuncture']);
  });

  test('no topic word outside comments', () => {
    const found = sourceFiles(WEB_SRC).flatMap((file) => topicWordsIn(path.relative(process.cwd(), file), fs.readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
