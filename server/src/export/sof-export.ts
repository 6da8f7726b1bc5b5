import type { SensitivityInput, SummaryOfFindings } from '../generated/graphql.js';
import { badInput } from '../errors/codes.js';
import { CERTAINTY_RULE_VERSION } from '../evidence/certainty.js';
import { sofCsv, sofMarkdown } from '../evidence/sof-format.js';
import type { Summary } from '../evidence/summarise.js';
import { summaryOfFindings } from '../evidence/summary-of-findings.js';
import type { NodeModel } from '../domain/models.js';

export const SOF_PATH = '/export/summary-of-findings';
export type SofFormat = 'markdown' | 'csv';
/** Sensitivity options as the API takes them; absent = none. */
export type SofSensitivity = SensitivityInput | null | undefined;
export const SOF_FORMATS: Record<SofFormat, { mimeType: string; extension: string }> = {
  markdown: { mimeType: 'text/markdown; charset=utf-8', extension: 'md' },
  csv: { mimeType: 'text/csv; charset=utf-8', extension: 'csv' },
};

/** URL/CLI names of the sensitivity options (`exclude=small,secondary`). */
const EXCLUDE_PARAMS: Record<string, keyof SensitivityInput> = {
  small: 'excludeSmall',
  uncontrolled: 'excludeUncontrolled',
  'high-risk-of-bias': 'excludeHighRiskOfBias',
  secondary: 'excludeSecondarySources',
  superseded: 'excludeSuperseded',
  overviews: 'excludeOverviews',
};
const EXCLUDE_WORDS: Record<keyof SensitivityInput, string> = {
  excludeSmall: 'small studies (n < 100)',
  excludeUncontrolled: 'uncontrolled or within-group designs',
  excludeHighRiskOfBias: 'findings at high risk of bias',
  excludeSecondarySources: 'findings quoted from secondary sources',
  excludeSuperseded: 'superseded publications',
  excludeOverviews: 'overviews of reviews',
};

/** `exclude=small,secondary` → sensitivity options; an unknown name is BAD_USER_INPUT. */
export function sensitivityFromParam(param: string | null | undefined): SensitivityInput {
  const out: SensitivityInput = {};
  for (const name of (param ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const key = EXCLUDE_PARAMS[name];
    if (!key) throw badInput(`exclude must list some of ${Object.keys(EXCLUDE_PARAMS).join(', ')} (got "${name}")`, 'exclude');
    out[key] = true;
  }
  return out;
}

const sensitivityParam = (s: SensitivityInput | null | undefined) =>
  Object.entries(EXCLUDE_PARAMS).filter(([, key]) => s?.[key]).map(([name]) => name).join(',');

/** Relative URL that downloads a claim's summary-of-findings table (served by the export-download plugin). */
export function sofUrl(claimId: string, format: SofFormat, sensitivity?: SensitivityInput | null): string {
  const q = new URLSearchParams({ claimId, format });
  const exclude = sensitivityParam(sensitivity);
  if (exclude) q.set('exclude', exclude);
  return `${SOF_PATH}?${q.toString()}`;
}

export const sofFormatFromParam = (p: string | null | undefined): SofFormat | null => {
  const v = (p ?? '').trim().toLowerCase();
  return v === 'md' ? 'markdown' : v === 'markdown' || v === 'csv' ? v : null;
};

/** The caveat printed with every table: what the numbers count, the rule, and what was left out. */
export function sofNote(sensitivity: SensitivityInput | null | undefined): string {
  const left = (Object.keys(EXCLUDE_WORDS) as Array<keyof SensitivityInput>).filter((k) => sensitivity?.[k]).map((k) => EXCLUDE_WORDS[k]);
  return (
    `Certainty is an automated approximation of GRADE (${CERTAINTY_RULE_VERSION}), not a GRADE assessment by a panel. ` +
    'Studies are distinct bodies of evidence, each counted once; findings are single results (evidence edges).' +
    (left.length ? ` Left out for this sensitivity analysis: ${left.join(', ')}.` : '')
  );
}

/** A claim's summary-of-findings table, as GraphQL returns it. */
export function toSummaryOfFindings(claim: NodeModel, summary: Summary, sensitivity: SensitivityInput | null | undefined, context: Parameters<typeof summaryOfFindings>[1]): SummaryOfFindings {
  const rows = summaryOfFindings(summary.counted, context);
  const statement = String(claim.statement ?? claim.id);
  const note = sofNote(sensitivity);
  return {
    claimId: claim.id,
    statement,
    rows,
    markdown: sofMarkdown(statement, rows, note),
    csv: sofCsv(rows),
    markdownUrl: sofUrl(claim.id, 'markdown', sensitivity),
    csvUrl: sofUrl(claim.id, 'csv', sensitivity),
    note,
  };
}
