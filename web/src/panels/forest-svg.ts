import type { ForestGroup } from '../api/claim-summary.js';

type Row = ForestGroup['rows'][number];

const W = 600;
const PLOT_L = 150;
const PLOT_R = 380;
const ROW_H = 22;
const TOP = 46;
const INK = '#1a1a1a';
const GREY = '#595959';
const BLUE = '#1f4e79';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A number as the plot and its table print it: two decimals, a true minus sign. */
export const fmt = (x: number) => x.toFixed(2).replace('-', '−');
export const interval = (lo: number, hi: number) => `${fmt(lo)} to ${fmt(hi)}`;
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Where the axis starts and ends and how a value maps to x (log for ratios). */
function scaleOf(g: ForestGroup) {
  const log = g.scale === 'LOG';
  const t = (x: number) => (log ? Math.log(x) : x);
  const values = [...g.rows, ...g.carried].flatMap((r) => [r.ciLow, r.ciHigh]);
  if (g.pooled) values.push(g.pooled.ciLow, g.pooled.ciHigh, ...[g.pooled.predictionLow, g.pooled.predictionHigh].filter((x): x is number => x != null));
  const ts = [...values.map(t), t(g.noEffect)];
  let lo = Math.min(...ts);
  let hi = Math.max(...ts);
  const pad = (hi - lo || 1) * 0.06;
  lo -= pad;
  hi += pad;
  const x = (v: number) => PLOT_L + ((t(v) - lo) / (hi - lo)) * (PLOT_R - PLOT_L);
  const ticks = log
    ? [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100].filter((v) => Math.log(v) >= lo && Math.log(v) <= hi)
    : niceTicks(lo, hi);
  return { x, ticks };
}

function niceTicks(lo: number, hi: number): number[] {
  const raw = (hi - lo) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-12; v += step) out.push(Math.abs(v) < 1e-12 ? 0 : Number(v.toPrecision(6)));
  return out;
}

function rowSvg(r: Row, y: number, x: (v: number) => number, carried: boolean): string {
  const colour = carried ? GREY : INK;
  const side = r.weight == null ? 5 : 4 + Math.sqrt(r.weight / 100) * 14;
  const label = carried ? `↳ ${cut(r.study, 20)} (in ${cut(r.carriedBy ?? '', 14)})` : cut(r.study, 24);
  const right = `${fmt(r.estimate)} [${interval(r.ciLow, r.ciHigh)}]${r.weight != null ? `  ${r.weight.toFixed(1)}%` : ''}`;
  const mid = y - 4;
  return [
    `<text x="8" y="${y}" fill="${colour}"${carried ? ' font-style="italic"' : ''}>${esc(label)}</text>`,
    `<line x1="${x(r.ciLow).toFixed(1)}" x2="${x(r.ciHigh).toFixed(1)}" y1="${mid}" y2="${mid}" stroke="${colour}" stroke-width="1.5"${carried ? ' stroke-dasharray="3 2"' : ''}/>`,
    `<rect x="${(x(r.estimate) - side / 2).toFixed(1)}" y="${(mid - side / 2).toFixed(1)}" width="${side.toFixed(1)}" height="${side.toFixed(1)}" fill="${carried ? '#ffffff' : colour}" stroke="${colour}"/>`,
    `<text x="${PLOT_R + 10}" y="${y}" fill="${colour}">${esc(right)}</text>`,
  ].join('');
}

/**
 * One group's forest plot as a standalone SVG (the page shows it and the download buttons save it): a row per study
 * (square sized by weight), trials counted inside a review greyed under the rows, the pooled diamond, the prediction
 * interval, τ² and I², and the scale labelled with what favours what.
 */
export function forestSvg(g: ForestGroup, title: string, treatment: string): string {
  const { x, ticks } = scaleOf(g);
  const lines: string[] = [];
  let y = TOP;
  for (const [r, carried] of [...g.rows.map((r) => [r, false] as const), ...g.carried.map((r) => [r, true] as const)]) {
    y += ROW_H;
    lines.push(rowSvg(r, y, x, carried));
  }
  const p = g.pooled;
  if (p) {
    y += ROW_H + 4;
    const mid = y - 4;
    lines.push(
      `<text x="8" y="${y}" fill="${INK}" font-weight="bold">Pooled (REML, ${p.k} studies)</text>`,
      `<polygon class="diamond" points="${x(p.ciLow).toFixed(1)},${mid} ${x(p.estimate).toFixed(1)},${mid - 7} ${x(p.ciHigh).toFixed(1)},${mid} ${x(p.estimate).toFixed(1)},${mid + 7}" fill="${BLUE}"/>`,
      `<text x="${PLOT_R + 10}" y="${y}" fill="${INK}" font-weight="bold">${esc(`${fmt(p.estimate)} [${interval(p.ciLow, p.ciHigh)}]`)}</text>`,
    );
    if (p.predictionLow != null && p.predictionHigh != null) {
      y += ROW_H;
      lines.push(
        `<text x="8" y="${y}" fill="${INK}">95% prediction interval</text>`,
        `<line x1="${x(p.predictionLow).toFixed(1)}" x2="${x(p.predictionHigh).toFixed(1)}" y1="${y - 4}" y2="${y - 4}" stroke="${BLUE}" stroke-width="3"/>`,
        `<text x="${PLOT_R + 10}" y="${y}" fill="${INK}">${esc(interval(p.predictionLow, p.predictionHigh))}</text>`,
      );
    }
    y += ROW_H;
    lines.push(`<text x="8" y="${y}" fill="${INK}">${esc(`τ² = ${p.tau2.toPrecision(3)}, I² = ${p.i2.toFixed(0)}%, Q = ${p.q.toFixed(2)} (df ${p.qDf}, p = ${p.qPValue < 0.001 ? '< 0.001' : p.qPValue.toFixed(3)})`)}</text>`);
  }
  const axisY = y + 16;
  const tickText = ticks.map((t) => `<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${axisY}" y2="${axisY + 4}" stroke="${INK}"/><text x="${x(t).toFixed(1)}" y="${axisY + 16}" text-anchor="middle" fill="${INK}">${esc(String(t).replace('-', '−'))}</text>`).join('');
  const height = axisY + 48;
  const noEffectX = x(g.noEffect).toFixed(1);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="t">`,
    `<title id="t">${esc(title)}</title>`,
    `<rect width="${W}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="18" fill="${INK}" font-weight="bold">${esc(cut(title, 90))}</text>`,
    `<text x="8" y="${TOP - 6}" fill="${GREY}">Study</text><text x="${PLOT_R + 10}" y="${TOP - 6}" fill="${GREY}">${esc(g.measure)} [95% CI]  weight</text>`,
    `<line x1="${noEffectX}" x2="${noEffectX}" y1="${TOP}" y2="${axisY}" stroke="${GREY}" stroke-dasharray="4 3"/>`,
    ...lines,
    `<line x1="${PLOT_L}" x2="${PLOT_R}" y1="${axisY}" y2="${axisY}" stroke="${INK}"/>`,
    tickText,
    `<text x="${(Number(noEffectX) - 4).toFixed(1)}" y="${axisY + 34}" text-anchor="end" fill="${INK}">${esc(`← favours ${cut(treatment, 22)}`)}</text>`,
    `<text x="${(Number(noEffectX) + 4).toFixed(1)}" y="${axisY + 34}" fill="${INK}">${esc(`favours ${cut(g.comparison, 26)} →`)}</text>`,
    '</svg>',
  ].join('');
}
