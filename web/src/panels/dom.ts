type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/** Creates an element: `on*` attributes become listeners, booleans toggle attributes, null/false/undefined are skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** A link that opens outside the page. */
export const extLink = (href: string, text: string) => h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);

/** A DOI as a link to doi.org. */
export const doiLink = (doi: string) => extLink(`https://doi.org/${doi}`, `doi:${doi}`);

const DESIGN_WORDS: Record<string, string> = {
  RCT: 'Randomised trial',
  SYSTEMATIC_REVIEW: 'Systematic review',
  GUIDELINE: 'Guideline',
  CASE_REPORT: 'Case report',
  COHORT: 'Cohort study',
  VALIDATION_STUDY: 'Validation study',
  OTHER: 'Other design',
};

/** A study design in words. */
export const designWords = (design: string | null | undefined) => (design ? (DESIGN_WORDS[design] ?? design) : 'design unknown');

/** A stance or kind enum in sentence case ("SYSTEMATIC_REVIEW" → "Systematic review"). */
export const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
