/** WCAG 2 relative luminance of an "rgb(r,g,b)" or "#rrggbb" colour. */
export function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  const parts = hex ? [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) : (colour.match(/\d+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = parts.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Black or white, whichever reads better on `background`. */
export const inkOn = (background: string) => (contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff');
