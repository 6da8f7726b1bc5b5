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

interface CellStudy {
  label: string;
  stances: Set<string>;
}

/**
 * The cell's studies as the map's dot counts them: a study is counted when at least one of its findings on the
 * cell's claims is counted (not left out as a republication, superseded version or trial inside a review).
 * Studies only linked by findings left out are listed apart, as not counted.
 */
export function studiesOf(claims: CellClaim[]): { counted: [string, CellStudy][]; notCounted: [string, CellStudy][] } {
  const counted = new Map<string, CellStudy>();
  const linked = new Map<string, CellStudy>();
  for (const c of claims) {
    const excluded = new Set(c.summary.excluded.map((x) => x.edgeId));
    for (const e of c.evidence) {
      const into = excluded.has(e.id) ? linked : counted;
      const s = into.get(e.study.id) ?? { label: studyLabel(e.study), stances: new Set<string>() };
      s.stances.add(e.stance);
      into.set(e.study.id, s);
    }
  }
  const sorted = (m: Map<string, CellStudy>) => [...m.entries()].sort((a, b) => a[1].label.localeCompare(b[1].label));
  return { counted: sorted(counted), notCounted: sorted(new Map([...linked].filter(([id]) => !counted.has(id)))) };
}

const CATEGORY_WORDS: Record<string, string> = { co_treatment: 'co-treatment', comparator: 'comparator' };

/** What else the claim involves besides the row's technique: co-treatments given with it and what it was compared with. */
function alongside(c: CellClaim, row: string): string {
  const withIt = c.techniques.filter((t) => t.id !== row && t.category && CATEGORY_WORDS[t.category]).map((t) => `${t.name} (${CATEGORY_WORDS[t.category!]})`);
  const parts = [withIt.length ? `with ${withIt.join(', ')}` : '', c.comparedWith.length ? `compared with ${c.comparedWith.map((t) => t.name).join(', ')}` : ''];
  return parts.filter(Boolean).join('; ');
}

const studyItem = ([, st]: [string, CellStudy]) => h('li', {}, `${st.label} — ${[...st.stances].map((x) => words(x).toLowerCase()).join(', ')}`);

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
  const { counted, notCounted } = studiesOf(claims);
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
        h('p', {}, `${claims.length} claims, ${counted.length} distinct ${counted.length === 1 ? 'study' : 'studies'} counted (the number in the map's dot). `, ids.length > 0 && h('button', { type: 'button', id: 'draw-cell', onclick: () => a.drawClaims(ids) }, 'Draw them in the explorer')),
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
              ` (${c.summary.studies} ${c.summary.studies === 1 ? 'study' : 'studies'} counted)`,
              alongside(c, row) && h('span', { class: 'hint' }, ` — ${alongside(c, row)}`),
            ),
          ),
        ),
        h('h4', {}, 'Studies'),
        counted.length ? h('ul', { class: 'cell-studies' }, ...counted.map(studyItem)) : h('p', { class: 'hint' }, 'No study tests these claims: they are asserted by articles only.'),
        notCounted.length > 0 &&
          h(
            'section',
            { class: 'cell-not-counted', 'aria-labelledby': 'cell-not-counted-heading' },
            h('h4', { id: 'cell-not-counted-heading' }, `Not counted (${notCounted.length})`),
            h('p', { class: 'hint' }, 'Linked to these claims but counted once elsewhere: a republication, a superseded review version, or a trial counted inside a review.'),
            h('ul', {}, ...notCounted.map(studyItem)),
          ),
      ),
  );
  if (moveFocus) document.getElementById('cell-heading')?.focus();
}
