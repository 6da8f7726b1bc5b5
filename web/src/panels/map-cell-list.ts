import type { CellClaim, EvidenceMap } from '../api/types.js';
import type { AppState } from '../state/app-state.js';
import { studyLabel } from '../words/labels.js';
import { verdictOf } from '../words/verdict.js';
import { fill, h, words } from './dom.js';
import { statusLine } from './status.js';
import { verdictChip } from './verdict-chip.js';

export interface CellListActions {
  openClaim(id: string): void;
  drawClaims(ids: string[]): void;
  close(): void;
  retry(): void;
}

function studiesOf(claims: CellClaim[]) {
  const studies = new Map<string, { label: string; stances: Set<string> }>();
  for (const c of claims) {
    for (const e of c.evidence) {
      const s = studies.get(e.study.id) ?? { label: studyLabel(e.study), stances: new Set<string>() };
      s.stances.add(e.stance);
      studies.set(e.study.id, s);
    }
  }
  return [...studies.entries()].sort((a, b) => a[1].label.localeCompare(b[1].label));
}

/** The claims and studies of one map cell, however many: a list, with links to each claim and one to draw them all. */
export function renderCellList(el: HTMLElement, s: AppState, map: EvidenceMap | null, a: CellListActions): void {
  const cell = s.view.cell;
  el.hidden = !cell;
  el.onkeydown = (e) => {
    if (e.key === 'Escape') a.close();
  };
  if (!cell) return fill(el);
  // Focus follows the list when it was opened (focus left on the page body) or was already inside it.
  const active = document.activeElement;
  const moveFocus = !active || active === document.body || el.contains(active) || active.classList.contains('map-cell');
  const [row, column] = cell;
  const name = (list: { id: string; label: string }[] | undefined, id: string) => list?.find((x) => x.id === id)?.label ?? id;
  const title = `${name(map?.rows, row)} × ${name(map?.columns, column)}`;
  const res = s.remote.cell;
  // The cell's claims come page by page from the API (a cell may hold thousands), not as ids in the map's answer.
  const claims = res.data ?? [];
  const studies = studiesOf(claims);
  const ids = claims.map((c) => c.id);
  fill(
    el,
    h('button', { type: 'button', class: 'dialog-close', onclick: a.close }, 'Close list'),
    h('h3', { id: 'cell-heading', tabindex: '-1' }, title),
    statusLine(res, 'the claims of this cell', a.retry),
    res.status === 'ok' &&
      h(
        'div',
        {},
        h('p', {}, `${claims.length} claims, ${studies.length} distinct studies. `, ids.length > 0 && h('button', { type: 'button', id: 'draw-cell', onclick: () => a.drawClaims(ids) }, 'Draw them in the explorer')),
        h('h4', {}, 'Claims'),
        h(
          'ul',
          { class: 'cell-claims' },
          ...claims.map((c) =>
            h(
              'li',
              {},
              verdictChip(verdictOf(c.summary)),
              ' ',
              h('a', { href: `?view=claim&claim=${encodeURIComponent(c.id)}`, onclick: (e: Event) => (e.preventDefault(), a.openClaim(c.id)) }, c.statement),
              ` (${c.summary.studies} ${c.summary.studies === 1 ? 'study' : 'studies'})`,
            ),
          ),
        ),
        h('h4', {}, 'Studies'),
        studies.length
          ? h('ul', { class: 'cell-studies' }, ...studies.map(([, st]) => h('li', {}, `${st.label} — ${[...st.stances].map((x) => words(x).toLowerCase()).join(', ')}`)))
          : h('p', { class: 'hint' }, 'No study tests these claims: they are asserted by articles only.'),
      ),
  );
  if (moveFocus) document.getElementById('cell-heading')?.focus();
}
