import { h } from '../panels/dom.js';

let counter = 0;
/** A fresh id for a label's `for`. */
export const fieldId = (name: string) => `cur-${name}-${++counter}`;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A labelled control with an optional hint read with it (aria-describedby). */
export function labelled(label: string, control: Control, hint?: string): HTMLElement {
  control.id ||= fieldId(control.name || 'field');
  const hintEl = hint ? h('span', { class: 'cur-hint', id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'cur-field' }, h('label', { for: control.id }, label), control, hintEl);
}

export const input = (name: string, attrs: Record<string, string | boolean> = {}) => h('input', { name, type: 'text', autocomplete: 'off', ...attrs });

export const textarea = (name: string, attrs: Record<string, string | boolean> = {}) => h('textarea', { name, rows: 2, ...attrs });

export function select(name: string, options: Array<[string, string]>, attrs: Record<string, string | boolean> = {}): HTMLSelectElement {
  return h('select', { name, ...attrs }, ...options.map(([value, text]) => h('option', { value }, text)));
}

/** A value of a form's control by name, trimmed; '' when absent. */
export const fieldValue = (form: HTMLFormElement, name: string) => String((form.elements.namedItem(name) as Control | null)?.value ?? '').trim();

/** A number field's value, or null when empty. */
export function numberOf(form: HTMLFormElement, name: string): number | null {
  const v = fieldValue(form, name);
  return v === '' ? null : Number(v);
}

/** A live status line: role=status for news, role=alert for refusals. */
export function statusLine(): { element: HTMLElement; say(text: string, kind?: 'info' | 'error'): void; clear(): void } {
  const element = h('p', { class: 'cur-status', role: 'status' });
  return {
    element,
    say(text, kind = 'info') {
      element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      element.className = `cur-status cur-${kind}`;
      element.textContent = text;
    },
    clear() {
      element.textContent = '';
    },
  };
}

export const STANCE_OPTIONS: Array<[string, string]> = [
  ['SUPPORTS', 'Supports'],
  ['CONTRADICTS', 'Contradicts'],
  ['QUALIFIES', 'Qualifies'],
];
