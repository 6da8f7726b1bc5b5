import { errorWords } from '../api/error-words.js';
import { CITATION_EXPORT } from '../api/queries.js';
import { request } from '../api/request.js';
import type { CitationExport, CitationFormat } from '../api/types.js';
import { copyText, download } from './download.js';
import { fill, h } from './dom.js';

/** What the current view offers to export: a claim to cite, the studies drawn, and the canvas. */
export interface ExportSource {
  scope(): { claimId: string | null; studyIds: string[]; nodeCount: number };
  png(): Promise<Blob>;
  svg(): string;
  cytoscapeJson(): string;
  graphml(): string;
}

const CITATIONS: [CitationFormat, string][] = [
  ['BIBTEX', 'BibTeX'],
  ['RIS', 'RIS'],
  ['CSL_JSON', 'CSL-JSON'],
  ['APA', 'APA'],
  ['VANCOUVER', 'Vancouver'],
];

const stamp = () => new Date().toISOString().slice(0, 10);

/** The Export menu: citations via Query.citations (download + clipboard), the graph as PNG, SVG, Cytoscape JSON, GraphML. */
export function createExportMenu(src: ExportSource): HTMLElement {
  const status = h('p', { class: 'export-status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: 'export-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'export-menu' }, 'Export ▾');
  const say = (...parts: (Node | string)[]) => fill(status, ...parts);

  async function citations(format: CitationFormat, name: string) {
    const { claimId, studyIds } = src.scope();
    if (!claimId && studyIds.length === 0) return say('Nothing to cite yet: open a claim, or draw some studies in the explorer.');
    say(`Preparing ${name}…`);
    try {
      const vars = claimId ? { claimId, format } : { ids: studyIds, format };
      const { citations: out } = await request<{ citations: CitationExport }>(CITATION_EXPORT, vars);
      download(out.downloadUrl, out.fileName);
      const copied = await copyText(out.content);
      say(`${name} of ${out.studyIds.length} studies downloaded as ${out.fileName}${copied ? ' and copied to the clipboard' : ''}.`);
    } catch (error) {
      say(h('span', { role: 'alert' }, errorWords(error)), ' ', h('button', { type: 'button', class: 'retry', onclick: () => void citations(format, name) }, 'Retry'));
    }
  }

  async function graph(kind: 'png' | 'svg' | 'cyjs' | 'graphml') {
    if (src.scope().nodeCount === 0) return say('The graph is empty: draw something in the explorer first.');
    const file = `evigraph-${stamp()}`;
    if (kind === 'png') download(await src.png(), `${file}.png`);
    if (kind === 'svg') download(new Blob([src.svg()], { type: 'image/svg+xml' }), `${file}.svg`);
    if (kind === 'cyjs') download(new Blob([src.cytoscapeJson()], { type: 'application/json' }), `${file}.cyjs`);
    if (kind === 'graphml') download(new Blob([src.graphml()], { type: 'application/graphml+xml' }), `${file}.graphml`);
    say(`Graph saved as ${file}.${kind}.`);
  }

  const item = (label: string, run: () => Promise<void>) =>
    h('li', { role: 'none' }, h('button', { type: 'button', role: 'menuitem', tabindex: '-1', onclick: () => (close(), button.focus(), void run()) }, label));
  const menu = h(
    'ul',
    { id: 'export-menu', role: 'menu', 'aria-labelledby': 'export-button', hidden: true },
    h('li', { role: 'presentation', class: 'menu-group' }, 'Citations'),
    ...CITATIONS.map(([format, name]) => item(`Citations — ${name}`, () => citations(format, name))),
    h('li', { role: 'separator' }),
    h('li', { role: 'presentation', class: 'menu-group' }, 'Graph'),
    item('Graph — PNG image', () => graph('png')),
    item('Graph — SVG image', () => graph('svg')),
    item('Graph — Cytoscape JSON', () => graph('cyjs')),
    item('Graph — GraphML', () => graph('graphml')),
  );
  const items = () => [...menu.querySelectorAll<HTMLButtonElement>('[role=menuitem]')];
  function open() {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items()[0]?.focus();
  }
  // Hiding the menu would drop focus to the page body: callers put it back on the Export button.
  function close() {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }
  button.addEventListener('click', () => (menu.hidden ? open() : close()));
  menu.addEventListener('keydown', (e) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') (e.preventDefault(), all[(at + 1) % all.length]?.focus());
    if (e.key === 'ArrowUp') (e.preventDefault(), all[(at - 1 + all.length) % all.length]?.focus());
    if (e.key === 'Escape') (close(), button.focus());
  });
  document.addEventListener('click', (e) => {
    if (!wrapper.contains(e.target as Node)) close();
  });
  const wrapper = h('div', { class: 'export' }, button, menu, status);
  return wrapper;
}
