import { errorWords } from '../api/error-words.js';
import type { Resource } from '../state/app-state.js';
import { h } from './dom.js';

/**
 * The loading / error line for one resource: "Loading …" as a polite status,
 * an error in words with a Retry button as an alert; null when there is nothing to say.
 */
export function statusLine(resource: Resource<unknown>, what: string, retry: () => void): HTMLElement | null {
  if (resource.status === 'loading') return h('p', { class: 'status loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${what}…`);
  if (resource.status === 'error') {
    return h(
      'div',
      { class: 'status error', role: 'alert' },
      h('p', {}, errorWords(resource.error)),
      h('button', { type: 'button', class: 'retry', onclick: retry }, 'Retry'),
    );
  }
  return null;
}
