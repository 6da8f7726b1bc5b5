import { describe, expect, test } from 'vitest';
import type { MoreAnswer } from '../../web/src/api/load-more.js';
import type { Graph, LeftOut } from '../../web/src/api/types.js';
import { summaryNodeId, toSummaryElements } from '../../web/src/graph/summary-elements.js';
import { toElements } from '../../web/src/graph/to-elements.js';
import { withMore } from '../../web/src/graph/with-more.js';
import * as A from '../../web/src/state/actions.js';
import { initialAppState } from '../../web/src/state/app-state.js';
import { showMore } from '../../web/src/state/show-more.js';
import { DEFAULT_FILTERS, INITIAL_VIEW } from '../../web/src/state/view-state.js';

const node = (id: string, kind: Graph['nodes'][number]['data']['kind'] = 'STUDY'): Graph['nodes'][number] => ({
  data: { id, kind, label: id, weight: 1, degree: 1, year: null, design: null, sampleSize: null, firstAuthor: null },
  classes: '',
});
const edge = (source: string, target: string): Graph['edges'][number] => ({
  data: {
    id: `${source}-${target}`,
    source,
    target,
    kind: 'ABOUT',
    label: 'about',
    stance: null,
    weight: 1,
    quote: null,
    discrepancies: [],
    timepoint: null,
    effect: null,
    sourceUrl: null,
  },
  classes: '',
});
const left = (nodeId: string, count: number, label = `+${count} studies`): LeftOut => ({
  nodeId,
  count,
  exact: true,
  label,
  groups: [{ kind: 'STUDY', design: 'RCT', count }],
});
const graphOf = (ids: string[], leftOut: LeftOut[] = []): Graph => ({
  nodes: [node('massage', 'TECHNIQUE'), ...ids.map((id) => node(id))],
  edges: ids.map((id) => edge(id, 'massage')),
  omittedNodes: 0,
  truncated: leftOut.length > 0,
  leftOut,
});
const answer = (fanOut: number, ids: string[], leftOut: LeftOut[] = []): MoreAnswer => ({ id: 'massage', fanOut, graph: graphOf(ids, leftOut) });
const draw = (g: Graph | null) => toElements({ graph: g, paths: null, filters: DEFAULT_FILTERS, anchors: ['massage'] });

describe('summary nodes', () => {
  test('one summary node per drawn node with neighbours left out, labelled with the API words and joined by a link', () => {
    const g = graphOf(['s1', 's2'], [left('massage', 238, '+238 studies: 41 RCTs, 12 reviews'), left('not-drawn', 3)]);
    const summaries = toSummaryElements(g.leftOut, [], draw(g), 500);
    expect(summaries).toEqual([
      expect.objectContaining({
        group: 'nodes',
        classes: 'summary',
        data: expect.objectContaining({ id: summaryNodeId('massage'), summaryOf: 'massage', label: '+238 studies: 41 RCTs, 12 reviews', count: 238 }),
      }),
      expect.objectContaining({
        group: 'edges',
        classes: 'summary-link',
        data: expect.objectContaining({ source: 'massage', target: summaryNodeId('massage') }),
      }),
    ]);
    expect(summaries[0]!.data).toMatchObject({ fullLabel: 'Show more of massage (+238 studies: 41 RCTs, 12 reviews)' });
  });

  test('summary nodes are not real elements: the drawn graph (counted, listed, exported) has none', () => {
    const g = graphOf(['s1'], [left('massage', 5)]);
    const drawn = draw(g);
    expect(drawn.map((e) => e.data.id)).not.toContain(summaryNodeId('massage'));
    expect(drawn.filter((e) => e.group === 'nodes')).toHaveLength(2);
  });

  test("an opened summary's answer adds the new neighbours, keeps the drawn ones and replaces the node's summary", () => {
    const base = graphOf(['s1', 's2'], [left('massage', 10)]);
    const merged = withMore(base, [answer(4, ['s1', 's2', 's3', 's4'], [left('massage', 8)])], 2, 500);
    expect(merged.graph!.nodes.map((n) => n.data.id)).toEqual(['massage', 's1', 's2', 's3', 's4']);
    expect(merged.graph!.edges).toHaveLength(4);
    expect(merged.graph!.leftOut).toEqual([left('massage', 8)]);
    expect(merged.notDrawn).toEqual([]);
  });

  test('the summary goes when the answer leaves nothing out', () => {
    const merged = withMore(graphOf(['s1'], [left('massage', 1)]), [answer(2, ['s1', 's2'])], 1, 500);
    expect(merged.graph!.leftOut).toEqual([]);
    expect(toSummaryElements(merged.graph!.leftOut, merged.notDrawn, draw(merged.graph), 500)).toEqual([]);
  });

  test('after "load more" asked more than an opened summary did, the newer explorer answer speaks for the node', () => {
    const merged = withMore(graphOf(['s1', 's2', 's3'], [left('massage', 2)]), [answer(2, ['s1', 's2'], [left('massage', 3)])], 3, 500);
    expect(merged.graph!.leftOut).toEqual([left('massage', 2)]);
  });

  test('the node cap is never passed: neighbours past it are counted, said in the summary, not dropped silently', () => {
    const merged = withMore(graphOf(['s1'], [left('massage', 3)]), [answer(4, ['s1', 's2', 's3', 's4'], [])], 1, 3);
    expect(merged.graph!.nodes).toHaveLength(3);
    expect(merged.graph!.edges.map((e) => e.data.id)).toEqual(['s1-massage', 's2-massage']);
    expect(merged.notDrawn).toEqual([{ id: 'massage', count: 2 }]);
    const [summary] = toSummaryElements(merged.graph!.leftOut, merged.notDrawn, draw(merged.graph), 3);
    expect(summary!.data).toMatchObject({ label: '+2 not drawn (the graph holds at most 3 nodes)', count: 2 });
  });
});

describe('opening a summary node', () => {
  test('asks for twice the fan-out the node was last asked with, up to the node cap', () => {
    const start = { ...INITIAL_VIEW, focus: ['massage'], limit: 5 };
    const once = A.showMoreOf(start, 'massage', 500);
    expect(once.more).toEqual([{ id: 'massage', fanOut: 10 }]);
    expect(A.showMoreOf(once, 'massage', 500).more).toEqual([{ id: 'massage', fanOut: 20 }]);
    expect(A.showMoreOf(once, 'massage', 12).more).toEqual([{ id: 'massage', fanOut: 12 }]);
    const atCap = A.showMoreOf(once, 'massage', 10);
    expect(atCap).toBe(once);
  });

  test('a new focus or a cleared graph forgets the opened summaries', () => {
    const opened = A.showMoreOf({ ...INITIAL_VIEW, focus: ['massage'] }, 'massage', 500);
    expect(A.focusNode(opened, 'x').more).toEqual([]);
    expect(A.clearGraph(opened).more).toEqual([]);
    expect(A.openCell(opened, ['c']).more).toEqual([]);
  });

  test('with the graph at the node cap nothing is asked and the status says why', () => {
    const s = { ...initialAppState({ ...INITIAL_VIEW, focus: ['massage'], limit: 5 }, { maxNodes: 6, maxStartIds: 20 }) };
    const full = showMore(s, 'massage', 'massage', 6);
    expect(full.view).toBe(s.view);
    expect(full.notice).toMatch(/already holds 6 nodes, the server's cap/);
    const asked = showMore(s, 'massage', 'massage', 3);
    expect(asked.view.more).toEqual([{ id: 'massage', fanOut: 6 }]);
    expect(asked.notice).toBeNull();
    expect(showMore(asked, 'massage', 'massage', 3).notice).toMatch(/at most 6 nodes/);
  });
});
