import { h, fill } from './dom.js';
import { GRAPHQL_URL } from '../api/request.js';

/*
 * The reviewer's extraction workbook on the page: the blank template and the whole-graph backup to download, and
 * a small form that imports a filled workbook (curator token; a dry run by default) and shows the server's report.
 */

const IMPORT = `mutation ImportWorkbook($content: String!, $dryRun: Boolean) {
  importWorkbook(content: $content, dryRun: $dryRun) {
    dryRun written questions
    problems { sheet row column message }
    changes { kind added changed removed }
    verdictChanges { claimId statement verdictBefore verdictAfter certaintyBefore certaintyAfter }
  }
}`;

interface Report {
  dryRun: boolean;
  written: boolean;
  questions: string[];
  problems: Array<{ sheet: string; row: number; column: string; message: string }>;
  changes: Array<{ kind: string; added: number; changed: number; removed: number }>;
  verdictChanges: Array<{ claimId: string; statement: string; verdictBefore: string | null; verdictAfter: string; certaintyBefore: string | null; certaintyAfter: string | null }>;
}

/** The file's bytes as base64 (the mutation's `content`). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const lower = (v: string | null) => (v ? v.toLowerCase().replaceAll('_', ' ') : 'none');

function reportView(r: Report): HTMLElement {
  if (r.problems.length) {
    return h(
      'div',
      {},
      h('p', {}, `Refused: ${r.problems.length} problem(s) in the workbook; nothing was written.`),
      h('ul', { class: 'workbook-problems' }, ...r.problems.map((p) => h('li', {}, `${p.sheet}${p.row ? `, row ${p.row}` : ''}${p.column !== '-' ? `, column ${p.column}` : ''}: ${p.message}`))),
    );
  }
  const counted = r.changes.filter((c) => c.added || c.changed || c.removed);
  return h(
    'div',
    {},
    h('p', {}, `${r.dryRun ? 'Dry run: nothing was written.' : 'Imported.'} Question(s): ${r.questions.join(', ')}.`),
    counted.length
      ? h(
          'table',
          { class: 'workbook-changes' },
          h('caption', {}, r.dryRun ? 'What the import would add and change' : 'What the import added and changed'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Nodes or links'), h('th', { scope: 'col' }, 'Added'), h('th', { scope: 'col' }, 'Changed'), h('th', { scope: 'col' }, 'Removed'))),
          h('tbody', {}, ...counted.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.kind), h('td', {}, String(c.added)), h('td', {}, String(c.changed)), h('td', {}, String(c.removed))))),
        )
      : h('p', {}, 'Nothing to add or change: the graph already holds this workbook.'),
    r.verdictChanges.length
      ? h(
          'ul',
          { class: 'workbook-verdicts', 'aria-label': 'Claims whose verdict or certainty changes' },
          ...r.verdictChanges.map((v) => h('li', {}, `${v.statement}: ${v.verdictBefore ? `${lower(v.verdictBefore)} (${lower(v.certaintyBefore)} certainty)` : 'new claim'} → ${lower(v.verdictAfter)} (${lower(v.certaintyAfter)} certainty)`)),
        )
      : h('p', {}, 'No claim changes verdict or certainty.'),
  );
}

/** The workbook section: downloads, and the import form with its report in a live region. */
export function renderWorkbookImport(): HTMLElement {
  const result = h('div', { class: 'workbook-result', role: 'status', 'aria-live': 'polite' });
  const file = h('input', { type: 'file', id: 'workbook-file', name: 'workbook', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', required: true });
  const token = h('input', { type: 'password', id: 'workbook-token', name: 'token', autocomplete: 'off', required: true });
  const dry = h('input', { type: 'checkbox', id: 'workbook-dry-run', name: 'dryRun', checked: true });
  const submit = h('button', { type: 'submit' }, 'Check and import');
  async function onSubmit(e: Event) {
    e.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) return fill(result, 'Choose an .xlsx workbook first.');
    submit.disabled = true;
    fill(result, dry.checked ? 'Checking the workbook (dry run)…' : 'Importing the workbook…');
    try {
      const response = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token.value.trim()}` },
        body: JSON.stringify({ query: IMPORT, variables: { content: await base64Of(chosen), dryRun: dry.checked } }),
      });
      const body = (await response.json()) as { data?: { importWorkbook: Report } | null; errors?: Array<{ message: string }> };
      if (body.errors?.length) fill(result, `Not imported: ${body.errors[0]!.message}`);
      else if (body.data) fill(result, reportView(body.data.importWorkbook));
    } catch {
      fill(result, 'The server could not be reached; nothing was imported.');
    } finally {
      submit.disabled = false;
    }
  }
  return h(
    'section',
    { class: 'workbook-import', 'aria-labelledby': 'workbook-heading' },
    h('h3', { id: 'workbook-heading' }, 'Bring your own question: the extraction workbook'),
    h(
      'p',
      {},
      'Reviewers keep their data in extraction spreadsheets. ',
      h('a', { href: '/workbook/template.xlsx', download: '' }, 'Download the blank workbook template'),
      ', fill one row per article, quote, claim, study, finding and evidence link, and import it here. ',
      h('a', { href: '/workbook/all.xlsx', download: '' }, 'Download the whole graph as a workbook'),
      ' (a backup that imports into an empty database as the same graph).',
    ),
    h(
      'form',
      { class: 'workbook-form', onsubmit: onSubmit },
      h('p', {}, h('label', { for: 'workbook-file' }, 'Workbook (.xlsx)'), ' ', file),
      h('p', {}, h('label', { for: 'workbook-token' }, 'Curator token'), ' ', token),
      h('p', {}, dry, ' ', h('label', { for: 'workbook-dry-run' }, 'Dry run: check and report what would change, write nothing')),
      h('p', {}, submit),
    ),
    result,
  );
}
