/** Positions for nodes that have none yet, in O(n): next to a placed neighbour, else on an even spiral. */
export interface Point {
  x: number;
  y: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The i-th point of a sunflower spiral: evenly spread, `spacing` px apart on average. */
export function spiralPoint(i: number, spacing: number, centre: Point = { x: 0, y: 0 }): Point {
  const r = spacing * Math.sqrt(i + 0.5);
  return { x: centre.x + r * Math.cos(i * GOLDEN_ANGLE), y: centre.y + r * Math.sin(i * GOLDEN_ANGLE) };
}

/**
 * Places the `unplaced` node ids: each beside a neighbour that already has a position (so an expand grows
 * from what is drawn, and drawn nodes keep theirs), the rest on a spiral around the drawing's centre.
 */
export function placeQuickly(unplaced: string[], placed: ReadonlyMap<string, Point>, neighbours: (id: string) => string[], spacing = 40): Map<string, Point> {
  const out = new Map<string, Point>();
  const known = (id: string) => out.get(id) ?? placed.get(id);
  const around = new Map<string, number>();
  const all = [...placed.values()];
  const centre = all.length ? { x: all.reduce((s, p) => s + p.x, 0) / all.length, y: all.reduce((s, p) => s + p.y, 0) / all.length } : { x: 0, y: 0 };
  const offset = all.length ? Math.ceil((Math.max(...all.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y))) / spacing) ** 2) : 0;
  let spiral = 0;
  for (const id of unplaced) {
    const anchor = neighbours(id).find((n) => known(n));
    if (anchor) {
      const k = around.get(anchor) ?? 0;
      around.set(anchor, k + 1);
      out.set(id, spiralPoint(k + 1, spacing, known(anchor)!));
    } else {
      out.set(id, spiralPoint(offset + spiral++, spacing, centre));
    }
  }
  return out;
}
