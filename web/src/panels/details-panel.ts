import type { CuratorChange, GraphEdgeData, NodeDetail } from '../api/types.js';
import { NODE_LOOK } from '../graph/graph-style.js';
import type { AppState } from '../state/app-state.js';
import { studyLabel, type StudyFacts } from '../words/labels.js';
import { designWords, doiLink, extLink, fill, h, words } from './dom.js';
import { statusLine } from './status.js';

export interface DetailsActions {
  expand(id: string): void;
  openClaim(id: string): void;
  markPathFrom(id: string): void;
  showPaths(to: string): void;
  clearPath(): void;
  retry(): void;
}

const row = (term: string, value: Node | string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? null : [h('dt', {}, term), h('dd', {}, value instanceof Node ? value : String(value))];

function fields(d: NodeDetail): HTMLElement {
  const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  const summary = d.summary as { supporting: number; contradicting: number; qualifying: number; certainty: string | null; reason: string } | undefined;
  const list = [
    row('Kind', NODE_LOOK[d.kind].name),
    row('Title', d.kind === 'STUDY' ? str('title') : null),
    row('Statement', str('statement')),
    row('Authors', Array.isArray(d.authors) ? (d.authors as string[]).join(', ') : null),
    row('Year', d.year as number | null),
    row('Journal', [str('journal'), str('volume'), str('issue') && `(${str('issue')})`, str('pages')].filter(Boolean).join(' ') || null),
    row('Design', d.kind === 'STUDY' ? designWords(str('design')) : null),
    row('Sample size', d.sampleSize as number | null),
    row('Population', str('population')),
    row('DOI', str('doi') && doiLink(str('doi')!)),
    row('PubMed', str('pmid') && extLink(`https://pubmed.ncbi.nlm.nih.gov/${str('pmid')}/`, `PMID ${str('pmid')}`)),
    row('Link', str('url') && extLink(str('url')!, str('url')!)),
    row('Author', str('author')),
    row('Publisher', str('publisher')),
    row('Description', str('description')),
    row('Also called', Array.isArray(d.aliases) && d.aliases.length ? (d.aliases as string[]).join(', ') : null),
    row('Instrument', str('instrument')),
    row('Evidence', summary && `Findings: ${summary.supporting} supporting, ${summary.contradicting} contradicting, ${summary.qualifying} qualifying — ${summary.certainty ? `certainty ${words(summary.certainty)}` : summary.reason}`),
  ];
  return h('dl', {}, ...list.flatMap((r) => r ?? []));
}

interface CitationRow {
  printed: string;
  discrepancies: string[];
  source?: { id: string; title: string };
  study?: { id: string; title: string };
}

const discrepancyList = (items: string[]) =>
  items.length > 0 &&
  h('div', { class: 'discrepancy', role: 'note' }, h('p', {}, 'The printed reference differs from the verified record:'), h('ul', {}, ...items.map((d) => h('li', {}, d))));

/** How articles cite a study (or what an article cites), with each disagreement with the verified record. */
function citations(d: NodeDetail): HTMLElement | null {
  const list = (d.citedBy ?? d.citations) as CitationRow[] | undefined;
  if (!list?.length) return null;
  const title = d.kind === 'STUDY' ? 'Cited by articles' : 'Studies it cites';
  return h(
    'section',
    { 'aria-label': title },
    h('h4', {}, title),
    ...list.map((c) => h('div', { class: 'citation' }, h('p', {}, h('strong', {}, (c.source ?? c.study)?.title ?? '')), h('blockquote', {}, c.printed), discrepancyList(c.discrepancies))),
  );
}

const ACTION_WORDS: Record<CuratorChange['action'], string> = { CREATE: 'created', UPDATE: 'changed', DELETE: 'deleted', IMPORT: 'imported' };
const KIND_WORDS: Record<string, string> = { Study: 'the study', Claim: 'the claim', EvidenceEdge: 'an evidence link' };

/** Who changed this node (or a link of it) and when, newest first, from the audit log. */
function curatorChanges(d: NodeDetail): HTMLElement | null {
  const list = d.changes as CuratorChange[] | undefined;
  if (!list?.length) return null;
  return h(
    'section',
    { 'aria-label': 'Curator changes' },
    h('h4', {}, 'Curator changes'),
    h(
      'ul',
      { class: 'changes' },
      ...list.map((c) => h('li', {}, `${c.who} ${ACTION_WORDS[c.action]} ${KIND_WORDS[c.kind] ?? c.kind}`, c.kind === 'EvidenceEdge' ? ` (${c.targetId})` : '', ' — ', h('time', { datetime: c.at }, new Date(c.at).toLocaleString()))),
    ),
  );
}

interface Finding {
  id: string;
  stance: string;
  quote: string;
  timepoint: string | null;
  effect: string | null;
  claim: { id: string; statement: string };
}

interface QuestionFindings {
  question: { id: string; wording: string };
  evidence: Finding[];
}

/** A study's findings grouped by the question each claim belongs to, when they serve two or more questions; else null. */
export function findingsByQuestion(d: NodeDetail): QuestionFindings[] | null {
  const groups = (d.findingsByQuestion as QuestionFindings[] | undefined)?.filter((g) => g.evidence.length > 0);
  return groups && groups.length > 1 ? groups : null;
}

function findingList(list: Finding[], openClaim: (id: string) => void): HTMLElement {
  return h(
    'ul',
    { class: 'findings' },
    ...list.map((f) =>
      h(
        'li',
        { class: `finding stance-${f.stance.toLowerCase()}` },
        h('p', {}, h('strong', {}, `${words(f.stance)}: `), h('button', { type: 'button', class: 'link', onclick: () => openClaim(f.claim.id) }, f.claim.statement)),
        h('blockquote', {}, f.quote),
        (f.timepoint || f.effect) && h('p', { class: 'hint' }, [f.timepoint && `Timepoint: ${f.timepoint}`, f.effect && `Effect: ${f.effect}`].filter(Boolean).join(' · ')),
      ),
    ),
  );
}

/** A study's findings: each claim it bears on, with the stance and the verbatim quote; under each question when it serves several. */
function findings(d: NodeDetail, openClaim: (id: string) => void): HTMLElement | null {
  const list = d.kind === 'STUDY' ? (d.evidence as Finding[] | undefined) : undefined;
  if (!list) return null;
  const groups = findingsByQuestion(d);
  return h(
    'section',
    { 'aria-label': 'Findings of this study' },
    h('h4', {}, `Findings (${list.length})`),
    list.length === 0
      ? h('p', { class: 'hint' }, 'No finding of this study is linked to a claim.')
      : groups
        ? h(
            'div',
            { class: 'findings-by-question' },
            h('p', { class: 'hint' }, `This study bears on ${groups.length} questions; its findings are listed under each.`),
            ...groups.map((g) =>
              h('section', { class: 'question-findings', 'data-question': g.question.id, 'aria-label': `Findings on ${g.question.wording}` }, h('h5', {}, `${g.question.wording} (${g.evidence.length})`), findingList(g.evidence, openClaim)),
            ),
          )
        : findingList(list, openClaim),
  );
}

function nodeButtons(s: AppState, id: string, kind: string | undefined, a: DetailsActions): HTMLElement {
  const { pathFrom, path } = s.view;
  return h(
    'div',
    { class: 'actions' },
    kind === 'CLAIM' && h('button', { type: 'button', onclick: () => a.openClaim(id) }, 'Open claim view'),
    h('button', { type: 'button', onclick: () => a.expand(id) }, 'Expand neighbours'),
    pathFrom && pathFrom !== id
      ? h('button', { type: 'button', onclick: () => a.showPaths(id) }, 'Show paths to here')
      : h('button', { type: 'button', onclick: () => a.markPathFrom(id), disabled: pathFrom === id }, pathFrom === id ? 'Path starts here: select another node' : 'Paths from here…'),
    (pathFrom || path) && h('button', { type: 'button', onclick: a.clearPath }, 'Clear path'),
  );
}

/** A study is named as people cite it ("Cherkin 2011 · RCT · n=401"); other nodes by their label. */
const headingOf = (d: NodeDetail) => (d.kind === 'STUDY' ? studyLabel(d as unknown as StudyFacts) : d.label);

function edgeView(e: GraphEdgeData, study: NodeDetail | null): Array<HTMLElement | false> {
  const doi = typeof study?.doi === 'string' ? study.doi : null;
  return [
    h('h3', {}, e.stance ? `${words(e.stance)}` : words(e.kind)),
    e.quote ? h('blockquote', {}, e.quote) : h('p', {}, 'No quote on this link.'),
    discrepancyList(e.discrepancies ?? []),
    h(
      'dl',
      {},
      ...[row('Timepoint', e.timepoint), row('Effect', e.effect), row('Study', study && `${headingOf(study)} — ${study.label}`), row('DOI', doi && doiLink(doi)), row('Source', e.sourceUrl && extLink(e.sourceUrl, e.sourceUrl))].flatMap((r) => r ?? []),
    ),
  ];
}

/** The details panel: fields of the selected node, or quote / timepoint / effect / links of the selected edge. */
export function renderDetails(el: HTMLElement, s: AppState, a: DetailsActions): void {
  const sel = s.view.selected;
  const heading = h('h2', { id: 'details-heading' }, 'Details');
  if (!sel) return fill(el, heading, h('p', { class: 'hint' }, 'Select a node or an edge to see its details. Double-click a node to expand its neighbours.'));
  const res = s.remote.details;
  const status = statusLine(res, 'details', a.retry);
  if (sel.type === 'edge') {
    const edges = [...(s.remote.graph.data?.edges ?? []), ...(s.remote.paths.data?.edges ?? [])];
    const edge = edges.find((e) => e.data.id === sel.id)?.data;
    return fill(el, heading, edge ? h('div', {}, ...edgeView(edge, res.data ?? null)) : h('p', {}, 'This link is no longer drawn.'), status);
  }
  const d = res.data;
  const drawn = s.remote.graph.data?.nodes.find((n) => n.data.id === sel.id)?.data;
  fill(
    el,
    heading,
    h('h3', {}, d ? headingOf(d) : (drawn?.label ?? sel.id)),
    status,
    d && fields(d),
    d && findings(d, a.openClaim),
    d && citations(d),
    d && curatorChanges(d),
    res.status === 'ok' && !d && h('p', {}, 'This node is not in the evidence graph.'),
    nodeButtons(s, sel.id, d?.kind ?? drawn?.kind, a),
  );
}
