import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { startUp } from '../start-up.js';
import { exportCitations } from '../resolvers/citations.js';
import { formatFromParam } from '../export/citation-formats.js';

const USAGE = `usage: npm run export -- [--claim <claim id>] [--ids <id,id,…>] [--format bibtex|ris|csl-json|apa|vancouver] [--out <file>]
  A claim's evidence is grouped by stance; --ids adds studies (or is the whole list without --claim).
  Writes to stdout unless --out is given. Uses NEO4J_URI, else starts the local Neo4j as \`npm run seed\` does.`;

/** `npm run export -- --claim <id> --format ris --out refs.ris`: the same export as Query.citations, from the command line. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      claim: { type: 'string' },
      ids: { type: 'string' },
      format: { type: 'string', default: 'bibtex' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = formatFromParam(values.format ?? '');
  const ids = (values.ids ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!format || (!values.claim && ids.length === 0)) {
    console.error(USAGE);
    return 2;
  }
  const { db, close } = await startUp();
  try {
    const result = await exportCitations(db, { claimId: values.claim ?? null, ids, format });
    if (values.out) {
      fs.writeFileSync(values.out, result.content);
      console.error(`wrote ${result.studyIds.length} studies as ${result.format} to ${values.out}`);
    } else {
      process.stdout.write(result.content);
    }
    return 0;
  } finally {
    await close();
  }
}

try {
  process.exitCode = await main();
} catch (err) {
  const code = err instanceof GraphQLError ? ` (${String(err.extensions.code)})` : '';
  console.error(`export failed${code}: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
