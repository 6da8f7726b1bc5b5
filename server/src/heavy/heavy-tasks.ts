import type { CitationFormat, ImportFormat } from '../generated/graphql.js';
import { formatCitations, type CitationGroup } from '../export/format-citations.js';
import { parseCitations } from '../import/parse-citations.js';
import { toImportedStudy, type ImportedStudy } from '../import/from-csl.js';
import { checkImportedStudy } from '../import/check-imported.js';

/** The jobs that take long enough to stall every other request if run on the request thread. */
export type HeavyTask = { kind: 'format'; groups: CitationGroup[]; format: CitationFormat } | { kind: 'parse'; format: ImportFormat; content: string };

/** Runs one job; the same code in a worker thread and (for the CLI and tests) inline. */
export async function runHeavyTask(task: HeavyTask): Promise<string | ImportedStudy[]> {
  if (task.kind === 'format') return formatCitations(task.groups, task.format);
  return (await parseCitations(task.format, task.content)).map(toImportedStudy).map(checkImportedStudy);
}

/** Formats citations: the signature exportCitations takes, so it runs inline or in the pool alike. */
export type FormatJob = (groups: CitationGroup[], format: CitationFormat) => Promise<string>;
/** Parses and checks an import file. */
export type ParseJob = (format: ImportFormat, content: string) => Promise<ImportedStudy[]>;

export const formatInline: FormatJob = async (groups, format) => (await runHeavyTask({ kind: 'format', groups, format })) as string;
export const parseInline: ParseJob = async (format, content) => (await runHeavyTask({ kind: 'parse', format, content })) as ImportedStudy[];
