import * as A from './state/actions.js';
import { initialAppState, withView, type AppState } from './state/app-state.js';
import { startEffects } from './state/effects.js';
import { createStore } from './state/store.js';
import { startUrlSync } from './state/url-sync.js';
import { fromQuery } from './state/url-state.js';
import { DEFAULT_FILTERS } from './state/view-state.js';
import { loadPageLimits } from './api/page-limits.js';
import { createGraphView } from './graph/graph-view.js';
import { toElements, type Element } from './graph/to-elements.js';
import { toCytoscapeJson } from './export/to-cytoscape-json.js';
import { toGraphml } from './export/to-graphml.js';
import { renderClaimView } from './panels/claim-view.js';
import { renderDetails } from './panels/details-panel.js';
import { renderDrawnList } from './panels/drawn-list.js';
import { renderEvidenceMap } from './panels/evidence-map.js';
import { createExportMenu } from './panels/export-menu.js';
import { createFilterPanel } from './panels/filter-panel.js';
import { createToolbar, renderGraphStatus } from './panels/graph-toolbar.js';
import { createLegend } from './panels/legend.js';
import { createSearchBox } from './panels/search-box.js';
import { createViewTabs } from './panels/view-tabs.js';

const $ = (id: string) => document.getElementById(id)!;
const limits = await loadPageLimits();
const store = createStore<AppState>(initialAppState(fromQuery(window.location.search, limits.maxNodes), limits));
const act = (action: Parameters<typeof withView>[0]) => store.update(withView(action));
const effects = startEffects(store);
startUrlSync(store);

const graphView = createGraphView($('graph'), {
  onSelect: (sel) => act((v) => A.select(v, sel)),
  onExpand: (id) => act((v) => A.expandNode(v, id, limits.maxStartIds)),
});
const expand = (id: string) => act((v) => A.expandNode(v, id, limits.maxStartIds));
const selectNode = (id: string) => act((v) => A.select(v, { type: 'node', id }));
let drawn: Element[] = [];

$('search-slot').append(
  createSearchBox((hit) => act((v) => (v.view === 'claim' && hit.kind === 'CLAIM' ? A.openClaim(v, hit.node.id) : A.focusNode(v, hit.node.id)))),
);
const tabs = createViewTabs($('tabs'), (view) => act((v) => A.setView(v, view)));
const filters = createFilterPanel(
  (patch) => act((v) => A.setFilters(v, patch)),
  () => act((v) => A.resetFilters(v, DEFAULT_FILTERS)),
);
$('filters-slot').append(filters.element);
$('legend-slot').append(createLegend());
const toolbarActions = {
  fit: () => graphView.fit(),
  zoom: (f: number) => graphView.zoom(f),
  loadMore: () => act((v) => A.loadMore(v, limits.maxNodes)),
  clear: () => act(A.clearGraph),
  retryGraph: () => effects.retry('graph'),
  retryPaths: () => effects.retry('paths'),
};
$('toolbar-slot').append(createToolbar(toolbarActions));

const snapshot = () => ({
  nodes: drawn.filter((e) => e.group === 'nodes').map((e) => ({ data: e.data, classes: e.classes, position: window.cy?.getElementById(e.data.id).position() })),
  edges: drawn.filter((e) => e.group === 'edges').map((e) => ({ data: e.data, classes: e.classes })),
});
$('export-slot').append(
  createExportMenu({
    scope() {
      const { view } = store.get();
      const selectedClaim = drawn.find((e) => e.group === 'nodes' && e.data.id === view.selected?.id && e.data.kind === 'CLAIM');
      const claimId = view.view === 'claim' ? view.claimId : view.view === 'explorer' && selectedClaim ? selectedClaim.data.id : null;
      const studyIds = drawn.flatMap((e) => (e.group === 'nodes' && e.data.kind === 'STUDY' ? [e.data.id] : []));
      return { claimId, studyIds, nodeCount: snapshot().nodes.length };
    },
    png: () => graphView.toPng(),
    svg: () => graphView.toSvg(),
    cytoscapeJson: () => toCytoscapeJson(snapshot()),
    graphml: () => toGraphml(snapshot()),
  }),
);

const detailsActions = {
  expand,
  openClaim: (id: string) => act((v) => A.openClaim(v, id)),
  markPathFrom: (id: string) => act((v) => A.markPathFrom(v, id)),
  showPaths: (to: string) => act((v) => A.showPaths(v, to)),
  clearPath: () => act(A.clearPath),
  retry: () => effects.retry('details'),
};
const mapActions = {
  openCell: (claims: string[]) => act((v) => A.openCell(v, claims)),
  setColumns: (c: 'CONDITION' | 'OUTCOME') => act((v) => A.setMapColumns(v, c)),
  retry: () => effects.retry('map'),
};

function render(s: AppState, previous: AppState | null) {
  const changed = <T>(pick: (x: AppState) => T) => !previous || pick(s) !== pick(previous);
  tabs.show(s.view.view);
  if (changed((x) => x.view.filters)) filters.show(s.view.filters);
  if (s.view.view === 'explorer') {
    if (changed((x) => x.view.view)) graphView.resize();
    const { focus, expanded } = s.view;
    drawn = toElements({ graph: s.remote.graph.data, paths: s.remote.paths.data, filters: s.view.filters, anchors: [...focus, ...expanded] });
    const redraw = [(x: AppState) => x.view.view, (x: AppState) => x.remote.graph.data, (x: AppState) => x.remote.paths.data, (x: AppState) => x.view.filters, (x: AppState) => x.view.selected, (x: AppState) => x.view.focus];
    if (redraw.some((pick) => changed<unknown>(pick))) graphView.draw(drawn, s.view.selected);
    const counts = { nodes: drawn.filter((e) => e.group === 'nodes').length, edges: drawn.filter((e) => e.group === 'edges').length };
    renderGraphStatus($('graph-status'), s, counts, toolbarActions);
    if (changed((x) => x.remote.graph) || changed((x) => x.remote.paths) || changed((x) => x.view.filters)) renderDrawnList($('drawn-nodes'), drawn, selectNode, expand);
    if (changed((x) => x.view) || changed((x) => x.remote.details) || changed((x) => x.remote.graph)) renderDetails($('details'), s, detailsActions);
  }
  if (s.view.view === 'claim' && (changed((x) => x.view) || changed((x) => x.remote.claim))) renderClaimView($('panel-claim'), s, () => effects.retry('claim'), (id) => act((v) => A.focusNode(v, id)));
  if (s.view.view === 'map' && (changed((x) => x.view) || changed((x) => x.remote.map))) renderEvidenceMap($('panel-map'), s, mapActions);
}
store.subscribe(render);
render(store.get(), null);
