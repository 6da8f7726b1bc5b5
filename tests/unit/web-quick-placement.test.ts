import { describe, expect, test } from 'vitest';
import { placeQuickly, spiralPoint } from '../../web/src/graph/quick-placement.js';

describe('quick placement of a large drawing', () => {
  test('drawn nodes keep their positions; new nodes go beside a drawn neighbour', () => {
    const placed = new Map([['hub', { x: 500, y: 500 }]]);
    const out = placeQuickly(['a', 'b'], placed, (id) => (id === 'a' || id === 'b' ? ['hub'] : []));
    expect(out.has('hub')).toBe(false);
    for (const id of ['a', 'b']) expect(Math.hypot(out.get(id)!.x - 500, out.get(id)!.y - 500)).toBeLessThan(100);
  });

  test('nodes with no drawn neighbour spread on a spiral without two in one spot', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    const out = placeQuickly(ids, new Map(), () => []);
    const spots = new Set([...out.values()].map((p) => `${Math.round(p.x / 10)},${Math.round(p.y / 10)}`));
    expect(spots.size).toBe(5000);
    expect(spiralPoint(0, 40)).not.toEqual(spiralPoint(1, 40));
  });
});
