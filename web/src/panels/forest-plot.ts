import type { ForestGroup } from '../api/claim-summary.js';
import { svgToPng } from '../export/svg-to-png.js';
import { download } from './download.js';
import { h, words } from './dom.js';
import { fmt, forestSvg, interval } from './forest-svg.js';

type Row = ForestGroup['rows'][number];

const groupTitle = (g: ForestGroup) => `${g.measure}${g.instrument ? ` (${g.instrument})` : ''}: ${g.outcome}, vs ${g.comparison}, ${g.timeBand}`;
const fileStem = (g: ForestGroup) => `forest-${groupTitle(g).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)}`;
const from = (r: Row) => (r.computedFrom === 'ARM_DATA' ? 'arm data' : 'reported interval');

function rowCells(r: Row): HTMLElement[] {
  return [
    h('th', { scope: 'row' }, r.carriedBy ? `${r.study} (counted inside ${r.carriedBy})` : r.study),
    h('td', {}, words(r.stance)),
    h('td', {}, `${fmt(r.estimate)} (${interval(r.ciLow, r.ciHigh)})`),
    h('td', {}, r.weight == null ? 'not pooled' : `${r.weight.toFixed(1)}%`),
    h('td', {}, r.participants == null ? 'not reported' : String(r.participants)),
    h('td', {}, `${from(r)}${r.note ? `; ${r.note}` : ''}`),
  ];
}

/** The same numbers as the plot, as a table (screen readers, print). */
function forestTable(g: ForestGroup): HTMLElement {
  const p = g.pooled;
  return h(
    'table',
    { class: 'forest-table' },
    h('caption', {}, `Forest plot numbers: ${groupTitle(g)} (${g.measure}, 95% confidence intervals)`),
    h('thead', {}, h('tr', {}, ...['Study', 'Stance', `${g.measure} (95% CI)`, 'Weight', 'Participants', 'Computed from'].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...g.rows.map((r) => h('tr', {}, ...rowCells(r))),
      ...g.carried.map((r) => h('tr', { class: 'carried' }, ...rowCells(r))),
      p
        ? h(
            'tr',
            { class: 'pooled' },
            h('th', { scope: 'row' }, `Pooled (REML, ${p.k} studies)`),
            h('td', {}, ''),
            h('td', {}, `${fmt(p.estimate)} (${interval(p.ciLow, p.ciHigh)})`),
            h('td', {}, '100%'),
            h('td', {}, p.participants == null ? 'not reported for every study' : String(p.participants)),
            h('td', {}, `95% prediction interval ${p.predictionLow == null || p.predictionHigh == null ? 'not estimable' : interval(p.predictionLow, p.predictionHigh)}; τ² = ${p.tau2.toPrecision(3)}; I² = ${p.i2.toFixed(0)}%; Q = ${p.q.toFixed(2)} on ${p.qDf} df (p ${p.qPValue < 0.001 ? '< 0.001' : `= ${p.qPValue.toFixed(3)}`}); p for the effect ${p.pValue < 0.001 ? '< 0.001' : `= ${p.pValue.toFixed(3)}`}`),
          )
        : null,
    ),
  );
}

function figureOf(g: ForestGroup, treatment: string): HTMLElement {
  const title = `${groupTitle(g)}${g.pooled ? '' : ' (one study: not pooled)'}`;
  const svg = forestSvg(g, title, treatment);
  const drawing = h('div', { class: 'forest-svg' });
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  parsed.removeAttribute('width');
  parsed.removeAttribute('height');
  parsed.removeAttribute('aria-labelledby');
  parsed.setAttribute('aria-label', `Forest plot: ${title}. The table below gives the same numbers.`);
  parsed.querySelector('title')?.removeAttribute('id');
  drawing.append(document.importNode(parsed, true));
  const description = `Forest plot of ${title}; ${g.pooled ? `REML pooled ${g.measure} ${fmt(g.pooled.estimate)} (95% CI ${interval(g.pooled.ciLow, g.pooled.ciHigh)}), I² ${g.pooled.i2.toFixed(0)}%` : 'not pooled'}. From evigraph.`;
  return h(
    'figure',
    { class: 'forest-group' },
    h('figcaption', {}, h('strong', {}, groupTitle(g)), g.pooled ? ` — ${g.pooled.k} studies pooled` : ' — one study, not pooled'),
    drawing,
    h(
      'p',
      { class: 'forest-downloads' },
      h('button', { type: 'button', onclick: () => download(new Blob([svg], { type: 'image/svg+xml' }), `${fileStem(g)}.svg`) }, 'Download SVG'),
      ' ',
      h('button', { type: 'button', onclick: async () => download(await svgToPng(svg, { Title: title, Description: description }), `${fileStem(g)}.png`) }, 'Download PNG'),
    ),
    forestTable(g),
  );
}

/**
 * Effect sizes per comparison: one forest plot per group of comparable counted findings (same measure, comparator
 * class, outcome and time band), with the pooled diamond where two or more studies pool; null when no finding has one.
 */
export function forestSection(groups: readonly ForestGroup[], treatment: string): HTMLElement | null {
  if (!groups.length) return null;
  return h(
    'section',
    { class: 'forest', 'aria-labelledby': 'forest-heading' },
    h('h3', { id: 'forest-heading' }, 'Effect sizes (forest plot)'),
    h(
      'p',
      { class: 'forest-note' },
      `Counted findings with an effect size, one plot per comparison (measure, comparator, outcome and time band). Squares are sized by random-effects weight; the diamond is the REML pooled estimate with its 95% interval, the bar below it the 95% prediction interval. Effects computed from arm data are oriented so that the left side favours ${treatment}; reported effects are shown as reported (for pain and disability, lower is better). Trials counted inside a review are shown greyed under it and are not pooled again.`,
    ),
    ...groups.map((g) => figureOf(g, treatment)),
  );
}
