import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { startUp } from '../start-up.js';
import { exportCitations } from '../use-cases/citations.js';
import { formatFromParam } from '../export/citation-formats.js';
import { CITATION_FORMAT_PARAMS } from '../domain/export-formats.js';
import { sensitivityFromParam, sofFormatFromParam } from '../export/sof-export.js';
import { exportSummaryOfFindings } from '../use-cases/claim-page.js';
import type { Db } from '../db/db.js';

const USAGE = `usage: npm run export -- [--claim <claim id>] [--ids <id,id,…>] [--format ${CITATION_FORMAT_PARAMS.join('|')}] [--out <file>]
  A claim's evidence is grouped by stance; --ids adds studies (or is the whole list without --claim).
       npm run export -- --sof --claim <claim id> [--format markdown|csv] [--exclude small,uncontrolled,high-risk-of-bias,secondary,superseded] [--out <file>]
  The summary-of-findings table of a claim (one row per kind of outcome and timepoint), optionally leaving findings out.
  Writes to stdout unless --out is given. Uses NEO4J_URI, else starts the local Neo4j as \`npm run seed\` does.`;

/** `npm run export -- --claim <id> --format ris --out refs.ris`: the same export as Query.citations, from the command line. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      claim: { type: 'string' },
      ids: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      sof: { type: 'boolean' },
      exclude: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.sof) return summaryOfFindings(values);
  const format = formatFromParam(values.format ?? 'bibtex');
  const ids = (values.ids ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!format || (!values.claim && ids.length === 0)) {
    console.error(USAGE);
    return 2;
  }
  return withDb(async (db) => {
    const result = await exportCitations(db, { claimId: values.claim ?? null, ids, format });
    if (values.out) {
      fs.writeFileSync(values.out, result.content);
      console.error(`wrote ${result.studyIds.length} studies as ${result.format} to ${values.out}`);
    } else {
      process.stdout.write(result.content);
    }
    return 0;
  });
}

/** Runs `work` with the shared start-up (NEO4J_URI, else the local Neo4j as `npm run seed` does), closing after. */
async function withDb(work: (db: Db) => Promise<number>): Promise<number> {
  const { db, close } = await startUp();
  try {
    return await work(db);
  } finally {
    await close();
  }
}

/** `--sof`: a claim's summary-of-findings table as Markdown or CSV. */
async function summaryOfFindings(values: { claim?: string; format?: string; exclude?: string; out?: string }): Promise<number> {
  const format = sofFormatFromParam(values.format ?? 'markdown');
  if (!format || !values.claim) {
    console.error(USAGE);
    return 2;
  }
  const sensitivity = sensitivityFromParam(values.exclude);
  const claim = values.claim;
  return withDb(async (db) => {
    const file = await exportSummaryOfFindings(db, claim, format, sensitivity);
    if (values.out) {
      fs.writeFileSync(values.out, file.content);
      console.error(`wrote the summary of findings of ${claim} as ${format} to ${values.out}`);
    } else {
      process.stdout.write(file.content);
    }
    return 0;
  });
}

try {
  process.exitCode = await main();
} catch (err) {
  const code = err instanceof GraphQLError ? ` (${String(err.extensions.code)})` : '';
  console.error(`export failed${code}: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
