import * as A from './state/actions.js';
import * as P from './state/page-actions.js';
import { initialAppState, withView, type AppState } from './state/app-state.js';
import { startEffects } from './state/effects.js';
import { createStore } from './state/store.js';
import { startUrlSync } from './state/url-sync.js';
import { fromQuery, toQuery } from './state/url-state.js';
import { scopeOfState } from './state/question-scope.js';
import { DEFAULT_FILTERS } from './state/view-state.js';
import { loadPageLimits } from './api/page-limits.js';
import type { GraphView } from './graph/graph-view.js';
import { toElements, type Element } from './graph/to-elements.js';
import { toSummaryElements, type SummaryElement } from './graph/summary-elements.js';
import { withMore } from './graph/with-more.js';
import { showMore } from './state/show-more.js';
import { renderClaimView, renderRescored } from './panels/claim-view.js';
import { renderDetails } from './panels/details-panel.js';
import { renderDrawnList } from './panels/drawn-list.js';
import { renderEvidenceMap } from './panels/evidence-map.js';
import { createExportMenu } from './panels/export-menu.js';
import { h } from './panels/dom.js';
import { createFilterPanel } from './panels/filter-panel.js';
import { createToolbar, renderGraphStatus } from './panels/graph-toolbar.js';
import { createLegend } from './panels/legend.js';
import { createSearchBox } from './panels/search-box.js';
import { createViewTabs } from './panels/view-tabs.js';
import { createCopyLink } from './panels/copy-link.js';
import { startDrawers } from './panels/drawers.js';
import { renderEvidenceList } from './panels/evidence-list.js';
import { createHowToRead } from './panels/how-to-read.js';
import { renderCellList } from './panels/map-cell-list.js';
import { renderOverview, renderOverviewList } from './panels/overview.js';
import { createHeadingFocus } from './panels/heading-focus.js';
import { pageTitle } from './page-title.js';
import { verdictOf, type Verdict } from './words/verdict.js';
import { countOf } from './words/count.js';
import { createCurationPanel } from './curation/curation-panel.js';
import { createSignIn } from './curation/sign-in.js';

const $ = (id: string) => document.getElementById(id)!;
const limits = await loadPageLimits();
/** The question links made before there were several meant (index.html names it: a setting of this deployment, not code). */
const legacyQuestion = document.querySelector<HTMLMetaElement>('meta[name="evigraph-legacy-question"]')?.content || null;
const store = createStore<AppState>(initialAppState(fromQuery(window.location.search, limits.maxNodes), limits, legacyQuestion));
const act = (action: Parameters<typeof withView>[0]) => store.update(withView(action));
const effects = startEffects(store);
startUrlSync(store);

let drawn: Element[] = [];
/** Summary nodes ("+238 studies: …"): drawn, listed and opened, but never counted, exported or cited. */
let summaries: SummaryElement[] = [];
const drawnLabelOf = (id: string) => drawn.find((e) => e.group === 'nodes' && e.data.id === id)?.data.label ?? id;
const openSummary = (id: string) => store.update((s) => showMore(s, id, String(drawnLabelOf(id)), drawn.filter((e) => e.group === 'nodes').length));

/** The graph canvas (Cytoscape and its layouts): loaded the first time the explorer shows, so other views start without it. */
let graphView: GraphView | null = null;
let graphViewAsked = false;
function loadGraphView() {
  if (graphViewAsked) return;
  graphViewAsked = true;
  void import('./graph/graph-view.js').then(({ createGraphView }) => {
    graphView = createGraphView($('graph'), {
      onSelect: (sel) => act((v) => A.select(v, sel)),
      onExpand: (id) => act((v) => A.expandNode(v, id, limits.maxStartIds)),
      onShowMore: openSummary,
    });
    const s = store.get();
    if (s.view.view === 'explorer') renderExplorer(s, null);
  });
}
/** Moves focus to the heading of whatever a reader's action opened. */
const headingFocus = createHeadingFocus();
const expand = (id: string) => act((v) => A.expandNode(v, id, limits.maxStartIds));
const selectNode = (id: string) => act((v) => A.select(v, { type: 'node', id }));

// A claim found from the overview, the claim view or the map opens its claim page; in the explorer it is drawn.
const searchBox = createSearchBox({
  ask: (text) => store.update((s) => P.askSearch(s, text)),
  retry: () => effects.retry('search'),
  pick: (hit) => (headingFocus.request(), act((v) => (v.view !== 'explorer' && hit.kind === 'CLAIM' ? A.openClaim(v, hit.node.id) : A.focusNode(v, hit.node.id)))),
});
$('search-slot').append(searchBox.element);
const howToRead = createHowToRead();
document.body.append(howToRead.element);
const helpButton = h('button', { type: 'button', id: 'how-to-read-button', onclick: () => howToRead.open(helpButton) }, 'How to read this');
$('help-slot').append(helpButton);
$('copy-slot').append(createCopyLink());
const drawers = startDrawers([$('toggle-filters') as HTMLButtonElement, $('toggle-details') as HTMLButtonElement]);
const tabs = createViewTabs($('tabs'), (view) => act((v) => A.setView(v, view)));
const filters = createFilterPanel(
  (patch) => act((v) => A.setFilters(v, patch)),
  () => act((v) => A.resetFilters(v, DEFAULT_FILTERS)),
);
$('filters-slot').append(filters.element);
$('legend-slot').append(createLegend());
const toolbarActions = {
  fit: () => graphView?.fit(),
  zoom: (f: number) => graphView?.zoom(f),
  loadMore: () => act((v) => A.loadMore(v, limits.maxNodes)),
  clear: () => act(A.clearGraph),
  retryGraph: () => effects.retry('graph'),
  retryPaths: () => effects.retry('paths'),
  retryMore: () => effects.retry('more'),
};
$('toolbar-slot').append(createToolbar(toolbarActions));

const snapshot = () => ({
  nodes: drawn.filter((e) => e.group === 'nodes').map((e) => ({ data: e.data, classes: e.classes, position: graphView?.cy.getElementById(e.data.id).position() })),
  edges: drawn.filter((e) => e.group === 'edges').map((e) => ({ data: e.data, classes: e.classes })),
});
const exportMenu = createExportMenu({
  scope() {
    const { view } = store.get();
    const selectedClaim = drawn.find((e) => e.group === 'nodes' && e.data.id === view.selected?.id && e.data.kind === 'CLAIM');
    const claimId = view.view === 'claim' ? view.claimId : view.view === 'explorer' && selectedClaim ? selectedClaim.data.id : null;
    const studyIds = drawn.flatMap((e) => (e.group === 'nodes' && e.data.kind === 'STUDY' ? [e.data.id] : []));
    const scope = scopeOfState(store.get());
    const question = view.view === 'overview' && scope.kind === 'question' ? scope.question.id : null;
    return { claimId, studyIds, nodeCount: snapshot().nodes.length, question };
  },
  focus: () => store.get().view.focus,
  graph: snapshot,
  cy: () => graphView?.cy,
  cite: (ask) => store.update((s) => P.askCitations(s, ask)),
  retryCitations: () => effects.retry('citations'),
});
$('export-slot').append(exportMenu.element);

/** Opens a claim's view and, once it shows, moves focus to its heading. */
const openClaim = (id: string) => (headingFocus.request(), act((v) => A.openClaim(v, id)));
const detailsActions = {
  expand,
  openClaim,
  markPathFrom: (id: string) => act((v) => A.markPathFrom(v, id)),
  showPaths: (to: string) => act((v) => A.showPaths(v, to)),
  clearPath: () => act(A.clearPath),
  retry: () => effects.retry('details'),
};
const mapActions = {
  openCell: (row: string, column: string) => act((v) => A.openMapCell(v, row, column)),
  setColumns: (c: 'CONDITION' | 'OUTCOME') => act((v) => A.setMapColumns(v, c)),
  retry: () => effects.retry('map'),
};
const cellActions = {
  openClaim,
  drawClaims: (ids: string[]) => act((v) => A.openCell(v, ids)),
  close() {
    const cell = store.get().view.cell;
    act(A.closeMapCell);
    if (cell) document.querySelector<HTMLElement>(`.map-cell[data-row="${CSS.escape(cell[0])}"][data-column="${CSS.escape(cell[1])}"]`)?.focus();
  },
  retry: () => effects.retry('cell'),
};
const overviewActions = {
  openClaim,
  howToRead: (trigger: HTMLElement) => howToRead.open(trigger),
  retry: () => effects.retry('index'),
  choose: (patch: Parameters<typeof P.setOverviewChoice>[1]) => store.update((s) => P.setOverviewChoice(s, patch)),
  showVerdict: (v: Verdict, shown: boolean) => store.update((s) => P.showOverviewVerdict(s, v, shown)),
  openQuestion: (id: string) => (headingFocus.request(), act((v) => A.openQuestion(v, id))),
  showQuestions: () => (headingFocus.request(), act(A.showQuestions)),
  retryQuestions: () => effects.retry('questions'),
};
const claimActions = {
  retry: () => effects.retry('claim'),
  showInExplorer: (id: string) => (headingFocus.request(), act((v) => A.focusNode(v, id))),
  setSensitivity: (claimId: string, key: Parameters<typeof P.setSensitivity>[2], leaveOut: boolean) => store.update((s) => P.setSensitivity(s, claimId, key, leaveOut)),
  openQuestion: overviewActions.openQuestion,
};
const selectEdge = (id: string) => act((v) => A.select(v, { type: 'edge', id }));

/** Claim verdicts from the claim index, recomputed only when the index changes. */
let verdicts: Map<string, Verdict> = new Map();
let verdictsOf: unknown = null;
function currentVerdicts(s: AppState) {
  if (s.remote.index.data !== verdictsOf) {
    verdictsOf = s.remote.index.data;
    verdicts = new Map((s.remote.index.data?.claims ?? []).map((c) => [c.id, verdictOf(c.summary)]));
  }
  return verdicts;
}

/** The selection the explorer last showed: the one a shared link opens with needs no drawer. */
let selectionSeen = store.get().view.selected;

/** The explorer: waits for the claim index (labels and colours come from it, and a layout drawn with other labels would differ) and for the graph code. */
function renderExplorer(s: AppState, previous: AppState | null) {
  const changed = <T>(pick: (x: AppState) => T) => !previous || pick(s) !== pick(previous);
  const indexSettled = s.remote.index.status === 'ok' || s.remote.index.status === 'error';
  if (!indexSettled) return;
  if (!graphView) return loadGraphView();
  if (changed((x) => x.view.view) || changed((x) => x.remote.index.status)) graphView.resize();
  const { focus, expanded } = s.view;
  const merged = withMore(s.remote.graph.data, s.remote.more.data ?? [], s.view.limit, limits.maxNodes);
  drawn = toElements({ graph: merged.graph, paths: s.remote.paths.data, filters: s.view.filters, anchors: [...focus, ...expanded], verdicts: currentVerdicts(s) });
  summaries = toSummaryElements(merged.graph?.leftOut ?? [], merged.notDrawn, drawn, limits.maxNodes);
  const redraw = [(x: AppState) => x.view.view, (x: AppState) => x.remote.graph.data, (x: AppState) => x.remote.more.data, (x: AppState) => x.remote.paths.data, (x: AppState) => x.view.filters, (x: AppState) => x.view.selected, (x: AppState) => x.view.focus, (x: AppState) => x.remote.index.status];
  if (redraw.some((pick) => changed<unknown>(pick))) graphView.draw([...drawn, ...summaries], s.view.selected);
  const counts = { nodes: drawn.filter((e) => e.group === 'nodes').length, edges: drawn.filter((e) => e.group === 'edges').length };
  const notDrawn = merged.notDrawn.map((d) => `${countOf(d.count, 'more neighbour')} of ${drawnLabelOf(d.id)} ${d.count === 1 ? 'was' : 'were'} not drawn: the graph holds at most ${countOf(limits.maxNodes, 'node')} (the server's cap).`);
  renderGraphStatus($('graph-status'), s, counts, toolbarActions, notDrawn);
  if (changed((x) => x.remote.graph) || changed((x) => x.remote.more) || changed((x) => x.remote.paths) || changed((x) => x.view.filters) || changed((x) => x.remote.index.status)) {
    renderDrawnList($('drawn-nodes'), drawn, summaries, { select: selectNode, expand, showMore: openSummary });
    renderEvidenceList($('evidence-links'), drawn, selectEdge);
  }
  // A new selection opens the details drawer, also one made before the explorer could draw (it waits for the claim index).
  if (s.view.selected !== selectionSeen) {
    if (s.view.selected) drawers.openDetails();
    selectionSeen = s.view.selected;
  }
  if (changed((x) => x.view) || changed((x) => x.remote.details) || changed((x) => x.remote.graph) || changed((x) => x.remote.index.status)) renderDetails($('details-body'), s, detailsActions);
}

function render(s: AppState, previous: AppState | null) {
  const changed = <T>(pick: (x: AppState) => T) => !previous || pick(s) !== pick(previous);
  tabs.show(s.view.view);
  document.title = pageTitle(s);
  if (changed((x) => x.view.filters)) filters.show(s.view.filters);
  if (changed((x) => x.remote.search)) searchBox.show(s);
  if (changed((x) => x.remote.citations)) exportMenu.show(s);
  const overviewChanged = [(x: AppState) => x.view.view, (x: AppState) => x.view.question, (x: AppState) => x.remote.questions, (x: AppState) => x.remote.index].some((pick) => changed<unknown>(pick));
  if (s.view.view === 'overview' && overviewChanged) renderOverview($('panel-overview'), s, overviewActions);
  else if (s.view.view === 'overview' && changed((x) => x.page.overview)) renderOverviewList($('panel-overview'), s, overviewActions);
  if (s.view.view === 'explorer') renderExplorer(s, previous);
  if (s.view.view === 'claim' && (changed((x) => x.view) || changed((x) => x.remote.claim))) renderClaimView($('panel-claim'), s, claimActions);
  else if (s.view.view === 'claim' && (changed((x) => x.page.sensitivity) || changed((x) => x.remote.rescore))) renderRescored($('panel-claim'), s);
  if (s.view.view === 'map') {
    const mapChanged = [(x: AppState) => x.view.view, (x: AppState) => x.view.mapColumns, (x: AppState) => x.view.filters, (x: AppState) => x.remote.map].some((pick) => changed<unknown>(pick));
    if (mapChanged) renderEvidenceMap($('map-main'), s, mapActions);
    if (mapChanged || changed((x) => x.view.cell) || changed((x) => x.remote.cell)) renderCellList($('cell-list'), s, s.remote.map.data, cellActions);
  }
}
/**
 * A link without `question=` (made when there was one question) opens the question it resolved to; with several
 * questions that question is written into the URL in place (not a new history step), so the other views keep it.
 */
function settleQuestion(s: AppState) {
  const scope = scopeOfState(s);
  if (s.view.question !== null || scope.kind !== 'question' || (s.remote.questions.data?.length ?? 0) < 2) return;
  const view = A.settleQuestion(s.view, scope.question.id);
  window.history.replaceState(null, '', `${window.location.pathname}${toQuery(view)}`);
  act(() => view);
}
store.subscribe((s, previous) => {
  render(s, previous);
  // The newest state: a search pick made while rendering may already have moved on to another view.
  headingFocus.settle(store.get());
  if (s.remote.questions !== previous.remote.questions || s.view !== previous.view) settleQuestion(store.get());
});
render(store.get(), null);

// Curation: signed-out readers get no edit controls; a save reloads the claim and the claim index (verdict chips).
const curation = createCurationPanel($('curation'), () => (effects.retry('claim'), effects.retry('index')));
$('curator-slot').append(createSignIn((curator) => curation.setCurator(curator)));
const openClaimId = (s: AppState) => (s.view.view === 'claim' ? s.view.claimId : null);
curation.showClaim(openClaimId(store.get()));
store.subscribe((s) => curation.showClaim(openClaimId(s)));
