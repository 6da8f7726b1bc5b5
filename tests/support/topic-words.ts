import fs from 'node:fs';
import path from 'node:path';

/** After one of these (or at the start), a `/` opens a regular expression, not a division. */
const BEFORE_REGEX = /(?:^|[(,=:[!&|?{};+\-*%<>~^])$|(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

/**
 * The source with every comment blanked out (newlines kept, so line numbers stay). Strings, template
 * literals and regular expressions are code: a `//` inside them is not a comment.
 */
export function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  let braces = 0;
  const templateDepth: number[] = []; // the brace depth at which each open `${…}` goes back to its template
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  /** Copies a quoted text from i (just past its opening quote) to its closing quote, or to a `${` in a template. */
  const copyQuoted = (quote: string) => {
    let j = i;
    while (j < source.length && source[j] !== quote) {
      if (source[j] === '\\') j++;
      else if (quote === '`' && source[j] === '$' && source[j + 1] === '{') {
        templateDepth.push(braces++);
        break;
      }
      j++;
    }
    const end = source[j] === quote ? j + 1 : j + 2;
    out += source.slice(i, end);
    i = end;
  };
  /** Copies a regular expression literal from its opening slash. */
  const copyRegex = () => {
    let j = i + 1;
    let inClass = false;
    while (j < source.length && source[j] !== '\n' && (inClass || source[j] !== '/')) {
      if (source[j] === '\\') j++;
      else if (source[j] === '[') inClass = true;
      else if (source[j] === ']') inClass = false;
      j++;
    }
    out += source.slice(i, j + 1);
    i = j + 1;
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && (next === '/' || next === '*')) {
      const end = next === '/' ? source.indexOf('\n', i) : source.indexOf('*/', i + 2) + 2;
      const stop = end <= 1 ? source.length : end === -1 ? source.length : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      out += c;
      i++;
      copyQuoted(c);
    } else if (c === '}' && templateDepth.at(-1) === braces - 1) {
      templateDepth.pop();
      braces--;
      out += c;
      i++;
      copyQuoted('`');
    } else if (c === '/' && BEFORE_REGEX.test(out.trimEnd())) {
      copyRegex();
    } else {
      if (c === '{') braces++;
      if (c === '}') braces--;
      out += c;
      i++;
    }
  }
  return out;
}

/** Words of a topic: server/src and web/src hold none of them outside comments; they live in graph-seed as data. */
export const TOPIC_WORDS = /massage|acupuncture|back pain|low back|lumbar|roland|oswestry/gi;

/** Source files under `dir` (.ts, .js), leaving out the folders given. */
export function sourceFiles(dir: string, leaveOut: readonly string[] = []): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return leaveOut.includes(full) ? [] : sourceFiles(full, leaveOut);
    return /\.(ts|js|mjs|cjs)$/.test(d.name) ? [full] : [];
  });
}

/** Every topic word in code (not comments) of the given files, as "file:line: word" relative to `root`. */
export function topicWordHits(files: string[], root: string, words: RegExp = TOPIC_WORDS): string[] {
  return files.flatMap((file) =>
    withoutComments(fs.readFileSync(file, 'utf8'))
      .split('\n')
      .flatMap((line, i) => [...line.matchAll(words)].map((m) => `${path.relative(root, file)}:${i + 1}: ${m[0]}`)),
  );
}
