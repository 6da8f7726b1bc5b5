const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'graph';

/** `graph-<focus>`, `graph-<first focus>-and-<n>-more`, or `graph-drawn` when nothing was focused: the base of every graph file name. */
export function graphFileBase(focus: readonly string[]): string {
  if (focus.length === 0) return 'graph-drawn';
  const more = focus.length > 1 ? `-and-${focus.length - 1}-more` : '';
  return `graph-${slug(focus[0]!)}${more}`;
}

/** The picture's title and subtitle: what it is centred on and what it counts. */
export function graphTitle(focusLabels: readonly string[], nodes: number, edges: number): { title: string; subtitle: string } {
  const around = focusLabels.length ? `around ${focusLabels.map((l) => `“${l}”`).join(', ')}` : 'as drawn';
  return {
    title: `Evidence graph ${around}`,
    subtitle: `${nodes} ${nodes === 1 ? 'node' : 'nodes'} and ${edges} ${edges === 1 ? 'edge' : 'edges'} (each edge one link or one finding) · evigraph`,
  };
}
