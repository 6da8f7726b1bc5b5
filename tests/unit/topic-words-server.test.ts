import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceFiles, topicWordHits } from '../support/topic-words.js';

const SERVER_SRC = path.join(import.meta.dirname, '../../server/src');

describe('topic words in server/src', () => {
  test('no code outside comments names the topic (massage, acupuncture, back pain, low back, lumbar, Roland, Oswestry)', () => {
    const files = sourceFiles(SERVER_SRC, [path.join(SERVER_SRC, 'generated')]);
    expect(files.length).toBeGreaterThan(100);
    expect(topicWordHits(files, SERVER_SRC)).toEqual([]);
  });

  test('the check finds a topic word in code, strings, regular expressions and templates, naming file and line, and none in comments', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'topic-words-'));
    const file = path.join(dir, 'x.ts');
    const code = [
      '// massage in a comment',
      '/** Roland in a doc comment */',
      "const url = 'https://example.org/'; const y = 'Oswestry';",
      'const re = /low back|sciatica/i; // acupuncture',
      ['const t = `$', '{url} and $', '{`nested $', '{y}`} lumbar`;'].join(''),
    ];
    fs.writeFileSync(file, code.join('\n'));
    expect(topicWordHits([file], dir)).toEqual(['x.ts:3: Oswestry', 'x.ts:4: low back', 'x.ts:5: lumbar']);
  });
});
