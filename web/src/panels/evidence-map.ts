import type { EvidenceCell, EvidenceMap } from '../api/types.js';
import type { AppState } from '../state/app-state.js';
import { scopeOfState } from '../state/question-scope.js';
import type { MapColumns } from '../state/view-state.js';
import { inkOn } from '../words/contrast.js';
import { fill, h, words } from './dom.js';
import { statusLine } from './status.js';

export interface MapActions {
  openCell(row: string, column: string): void;
  setColumns(columns: MapColumns): void;
  retry(): void;
}

/** A diverging colour for a balance in [-1, 1]: red (against) – grey – green (for). */
export function balanceColour(balance: number): string {
  const b = Math.max(-1, Math.min(1, balance));
  const [from, to] = b >= 0 ? [[224, 224, 224], [27, 120, 55]] : [[224, 224, 224], [178, 24, 43]];
  const t = Math.abs(b);
  return `rgb(${from.map((c, i) => Math.round(c + (to[i]! - c) * t)).join(',')})`;
}

/** The same threshold as the API's direction: a balance of at least ±0.2 points one way, else the evidence is mixed. */
const DIRECTION_AT = 0.2;
/** The palest a pointing cell gets, so one study still shows its direction. */
const PALEST = 0.3;

/**
 * A cell's colour: the hue says which way its counted evidence points (green for, red against, grey mixed), the
 * intensity how much counted evidence there is (distinct studies, relative to the map's fullest cell), so one
 * single-study cell never outshouts a well-studied one.
 */
export function cellColour(balance: number, studies: number, maxStudies: number): string {
  if (Math.abs(balance) < DIRECTION_AT || studies === 0) return balanceColour(0);
  const amount = PALEST + (1 - PALEST) * Math.sqrt(Math.min(1, studies / Math.max(1, maxStudies)));
  return balanceColour(Math.sign(balance) * amount);
}

function cellButton(cell: EvidenceCell, rowLabel: string, colLabel: string, maxStudies: number, a: MapActions): HTMLElement {
  const size = Math.round(13 + 19 * Math.sqrt(cell.studies / Math.max(1, maxStudies)));
  // The name starts with the number written in the dot, so speech and sight agree.
  const evidence = cell.studies === 0 ? '0 studies: asserted by articles, not studied' : `${cell.studies} distinct ${cell.studies === 1 ? 'study' : 'studies'} counted; findings: ${cell.supporting} supporting, ${cell.contradicting} contradicting, ${cell.qualifying} qualifying; balance ${cell.balance.toFixed(2)}; ${cell.certainty ? `certainty ${words(cell.certainty)}` : 'no certainty level'}`;
  const label = `${rowLabel} × ${colLabel}: ${evidence}, ${cell.claimCount} claims. List its claims and studies.`;
  const fillColour = cell.studies === 0 ? '#ffffff' : cellColour(cell.balance, cell.studies, maxStudies);
  return h(
    'button',
    { type: 'button', class: 'map-cell', 'aria-label': label, title: label, 'data-row': cell.row, 'data-column': cell.column, onclick: () => a.openCell(cell.row, cell.column) },
    h(
      'span',
      {
        class: `dot${cell.studies === 0 ? ' not-studied' : ''}`,
        // Text colour picked for WCAG AA contrast on the dot's own colour.
        style: `width:${size}px;height:${size}px;background:${fillColour};color:${inkOn(fillColour)}`,
        'aria-hidden': 'true',
      },
      String(cell.studies),
    ),
  );
}

function table(map: EvidenceMap, columnWord: string, a: MapActions): HTMLElement {
  const cells = new Map(map.cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  // Rows with the most evidence first (studies summed over the row's cells), then by name.
  const rowStudies = (id: string) => map.cells.filter((c) => c.row === id).reduce((sum, c) => sum + c.studies, 0);
  const rows = map.rows.filter((r) => map.cells.some((c) => c.row === r.id)).sort((x, y) => rowStudies(y.id) - rowStudies(x.id) || x.label.localeCompare(y.label));
  const cols = map.columns.filter((col) => map.cells.some((c) => c.column === col.id));
  const maxStudies = Math.max(1, ...map.cells.map((c) => c.studies));
  // The grid scrolls in its own box (both ways) so its sticky headers stay in view (styles.css).
  return h(
    'div',
    { class: 'map-scroll' },
    h(
      'table',
      { class: 'evidence-map-table' },
      h('caption', {}, `${rows.length} techniques under test × ${cols.length} ${columnWord}; techniques with the most studies first; co-treatments and comparators are named in each cell's list, not given rows; rows and columns without evidence are left out.`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Technique'), ...cols.map((c) => h('th', { scope: 'col', title: c.label }, h('span', {}, c.label))))),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.label),
            ...cols.map((c) => {
              const cell = cells.get(`${r.id}\u0000${c.id}`);
              return h('td', {}, cell && cell.studies + cell.claimCount > 0 ? cellButton(cell, r.label, c.label, maxStudies, a) : '');
            }),
          ),
        ),
      ),
    ),
  );
}

function legend(): HTMLElement {
  const swatch = (colour: string, text: string) => h('li', {}, h('span', { class: 'dot legend-dot', style: `background:${colour};color:${inkOn(colour)}`, 'aria-hidden': 'true' }, 'n'), ` ${text}`);
  return h(
    'section',
    { class: 'map-legend', 'aria-labelledby': 'map-legend-heading' },
    h('h3', { id: 'map-legend-heading' }, 'Legend'),
    h(
      'ul',
      {},
      swatch(cellColour(1, 1, 1), 'For, many studies: the counted studies support the claims'),
      swatch(cellColour(1, 1, 20), 'For, few studies'),
      swatch(cellColour(0, 1, 1), 'Mixed: the studies point both ways'),
      swatch(cellColour(-1, 1, 20), 'Against, few studies'),
      swatch(cellColour(-1, 1, 1), 'Against, many studies: the counted studies contradict the claims'),
      h('li', {}, h('span', { class: 'dot legend-dot not-studied', 'aria-hidden': 'true' }, '0'), ' Asserted by articles, not studied'),
    ),
    h(
      'p',
      { class: 'hint' },
      'The number in a dot, and its size, is the number of distinct studies counted (each body of evidence once), the same number the cell’s list states. The colour’s depth grows with that number, not with how one study came out. Co-treatments and comparators (a drug given alongside the technique under test, usual care) have no row: they are named in the cell’s list. A click lists the cell’s claims and studies.',
    ),
  );
}

/** A map recomputed after a write can take minutes on a very large graph; meanwhile the previous one is shown, and says so. */
const staleNote = (computedAt: string) =>
  h('p', { role: 'status', class: 'stale-map' }, `This map was computed at ${new Date(computedAt).toLocaleTimeString()}; changes made since then are still being added. Reload in a minute for the current map.`);

/** The evidence map: techniques × conditions (or outcomes); dot size = studies, colour = balance; a click lists the cell's claims and studies. */
export function renderEvidenceMap(el: HTMLElement, s: AppState, a: MapActions): void {
  const res = s.remote.map;
  const select = h(
    'select',
    { id: 'map-columns', onchange: (e: Event) => a.setColumns((e.target as HTMLSelectElement).value as MapColumns) },
    h('option', { value: 'CONDITION', selected: s.view.mapColumns === 'CONDITION' }, 'Conditions'),
    h('option', { value: 'OUTCOME', selected: s.view.mapColumns === 'OUTCOME' }, 'Outcomes'),
  );
  const scope = scopeOfState(s);
  fill(
    el,
    h('h2', { id: 'map-heading' }, 'Evidence map'),
    scope.kind === 'question' && h('p', { class: 'map-question' }, 'The claims and evidence of the question ', h('q', {}, scope.question.wording), '.'),
    h('p', {}, h('label', { for: 'map-columns' }, 'Techniques against '), select, ' — dot size and number are the distinct studies counted; colour says which way they point (green for, grey mixed, red against) and deepens with the number of studies; a dashed ring means asserted by articles, not studied. Rows are the techniques under test. Filters apply.'),
    statusLine(res, 'the evidence map', a.retry),
    res.data?.stale && staleNote(res.data.computedAt),
    res.data && (res.data.cells.length ? table(res.data, s.view.mapColumns === 'OUTCOME' ? 'outcomes' : 'conditions', a) : h('p', { role: 'status' }, 'No evidence matches the current filters.')),
    legend(),
  );
}
