import type { Core } from 'cytoscape';
import { errorWords } from '../api/error-words.js';
import { ApiError } from '../api/request.js';
import type { CitationFormat } from '../api/types.js';
import type { AppState } from '../state/app-state.js';
import { toCytoscapeStyleJson, toCytoscapeStyleXml } from '../export/cytoscape-style.js';
import type { ExportGraph } from '../export/export-graph.js';
import { graphFileBase, graphTitle } from '../export/graph-file-names.js';
import { toCytoscapeJson } from '../export/to-cytoscape-json.js';
import { toGraphml } from '../export/to-graphml.js';
import { CITATION_FORMAT_LIST, GRAPH_FORMAT_LIST, type GraphFormatKind } from '../../../server/src/domain/export-formats.js';
import { copyText, download } from './download.js';
import { fill, h } from './dom.js';

/** What the current view offers to export: a claim to cite, the studies drawn, and the graph as drawn. */
export interface ExportSource {
  /** `question`: the question on screen (the overview's), whose studies are cited when no claim or study is. */
  scope(): { claimId: string | null; studyIds: string[]; nodeCount: number; question: string | null };
  /** Ids the explorer was asked to show (focus): they name graph files and title pictures. */
  focus(): string[];
  /** The drawn nodes (with positions) and edges. */
  graph(): ExportGraph;
  /** The live drawing, for pictures; undefined before the explorer was first shown. */
  cy(): Core | undefined;
  /** Ask for a citation file (the effects fetch it; `show` reports it). */
  cite(ask: { format: CitationFormat; name: string; claimId: string | null; studyIds: string[]; question: string | null }): void;
  retryCitations(): void;
}

export interface ExportMenu {
  element: HTMLElement;
  /** Reports the citation file asked for (`remote.citations`): preparing, downloaded, or why not. */
  show(s: AppState): void;
}

type GraphKind = GraphFormatKind;

/** The Export menu: citations via Query.citations (download + clipboard); the graph as PNG, SVG, Cytoscape JSON with its style, GraphML, GEXF. */
export function createExportMenu(src: ExportSource): ExportMenu {
  const status = h('p', { class: 'export-status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: 'export-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': 'export-menu' }, 'Export ▾');
  const say = (...parts: (Node | string)[]) => fill(status, ...parts);

  function citations(format: CitationFormat, name: string) {
    const { claimId, studyIds, question } = src.scope();
    if (!claimId && studyIds.length === 0 && !question) return say('Nothing to cite yet: open a claim or a question, or draw some studies in the explorer.');
    src.cite({ format, name, claimId, studyIds, question });
  }

  /** The citation answer whose file was saved: each answer is saved once. */
  let saved: string | null = null;
  function showCitations(s: AppState) {
    const res = s.remote.citations;
    const ask = s.page.citations;
    if (!ask) return;
    if (res.status === 'loading') return say(`Preparing ${ask.name}…`);
    if (res.status === 'ok' && res.data && saved !== res.key) {
      saved = res.key;
      const out = res.data;
      download(out.downloadUrl, out.fileName);
      void copyText(out.content).then((copied) => say(`${ask.name} of ${out.studyIds.length} studies downloaded as ${out.fileName}${copied ? ' and copied to the clipboard' : ''}.`));
    } else if (res.status === 'error') {
      const error = res.error;
      // Nothing to cite is an answer, not a failure: say why, with no file and no retry.
      if (error instanceof ApiError && error.code === 'NOTHING_TO_EXPORT') return say(`Nothing downloaded: ${error.message}.`);
      say(h('span', { role: 'alert' }, errorWords(error)), ' ', h('button', { type: 'button', class: 'retry', onclick: () => src.retryCitations() }, 'Retry'));
    }
  }

  function pictureText(graph: ExportGraph) {
    const labelOf = (id: string) => String((graph.nodes.find((n) => n.data.id === id)?.data as { label?: unknown } | undefined)?.label ?? id);
    return graphTitle(src.focus().map(labelOf), graph.nodes.length, graph.edges.length);
  }

  async function saveGraph(kind: GraphKind) {
    if (src.scope().nodeCount === 0) return say('Nothing downloaded: the graph is empty. Draw something in the explorer first.');
    const graph = src.graph();
    const base = graphFileBase(src.focus());
    const name = kind === 'styles.json' || kind === 'style.xml' ? `evigraph-cytoscape-${kind}` : `${base}.${kind}`;
    const cy = src.cy();
    if ((kind === 'png' || kind === 'svg') && !cy) return say('Nothing downloaded: open the explorer to draw the graph first.');
    const file: Record<GraphKind, () => Promise<Blob> | Blob> = {
      // Loaded on use, so the page starts without the picture and GEXF code (Cytoscape, graphology).
      png: async () => (await import('../export/graph-image.js')).graphPng(cy!, graph, pictureText(graph)),
      svg: async () => new Blob([(await import('../export/graph-image.js')).graphSvg(cy!, graph, pictureText(graph))], { type: 'image/svg+xml' }),
      cyjs: () => new Blob([toCytoscapeJson(graph, { name: base })], { type: 'application/json' }),
      'styles.json': () => new Blob([toCytoscapeStyleJson()], { type: 'application/json' }),
      'style.xml': () => new Blob([toCytoscapeStyleXml()], { type: 'application/xml' }),
      graphml: () => new Blob([toGraphml(graph, { name: base })], { type: 'application/graphml+xml' }),
      gexf: async () => new Blob([(await import('../export/to-gexf.js')).toGexf(graph, { name: base })], { type: 'application/gexf+xml' }),
    };
    try {
      download(await file[kind](), name);
      say(`Graph saved as ${name}.`);
    } catch (error) {
      say(h('span', { role: 'alert' }, `The ${kind} file could not be made: ${error instanceof Error ? error.message : String(error)}`));
    }
  }

  const item = (label: string, run: () => Promise<void>) =>
    h('li', { role: 'none' }, h('button', { type: 'button', role: 'menuitem', tabindex: '-1', onclick: () => (close(), button.focus(), void run()) }, label));
  const menu = h(
    'ul',
    { id: 'export-menu', role: 'menu', 'aria-labelledby': 'export-button', hidden: true },
    h('li', { role: 'presentation', class: 'menu-group' }, 'Citations'),
    ...CITATION_FORMAT_LIST.map(({ format, label }) => item(`Citations — ${label}`, async () => citations(format, label))),
    h('li', { role: 'separator' }),
    h('li', { role: 'presentation', class: 'menu-group' }, 'Graph'),
    ...GRAPH_FORMAT_LIST.map(({ kind, label }) => item(`Graph — ${label}`, () => saveGraph(kind))),
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
  return { element: wrapper, show: showCitations };
}
