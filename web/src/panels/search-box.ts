import { errorWords } from '../api/error-words.js';
import type { SearchHit } from '../api/types.js';
import type { AppState } from '../state/app-state.js';
import { searchKey } from '../state/fetchers.js';
import { NODE_LOOK } from '../graph/graph-style.js';
import { claimShortName, studyLabel } from '../words/labels.js';
import { fill, h } from './dom.js';
import { clearWinner } from './search-winner.js';

/** How a hit is named: a study as people cite it, then its title. */
const hitName = (hit: SearchHit) => (hit.kind === 'STUDY' ? studyLabel({ ...hit.node, title: hit.node.label }) : hit.node.label);

const DEBOUNCE_MS = 200;

export interface SearchActions {
  /** Ask for suggestions for this text ('' for none). */
  ask(text: string): void;
  retry(): void;
  pick(hit: SearchHit): void;
}

export interface SearchBox {
  element: HTMLElement;
  /** Shows where the suggestions asked for stand (`remote.search`). */
  show(s: AppState): void;
}

/** A combobox: type to get suggestions (Query.search), arrows to move, Enter or click to pick. */
export function createSearchBox(actions: SearchActions): SearchBox {
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-suggestions',
    placeholder: 'Search claims, studies, techniques…',
    autocomplete: 'off',
  });
  const list = h('ul', { id: 'search-suggestions', role: 'listbox', 'aria-label': 'Suggestions', class: 'suggestions', hidden: true });
  const status = h('div', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Enter was pressed before the suggestions for this text arrived: open the clear winner when they do. */
  let pickOnArrival: string | null = null;

  const close = () => {
    list.hidden = true;
    fill(status);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.kind === 'CLAIM' ? claimShortName(hit.node.label) : hitName(hit);
    fill(status);
    actions.pick(hit);
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('li').forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `suggestion-${index}`);
  };
  /** Enter without a chosen suggestion: opens the hit that clearly wins, else keeps the list open with the first selected. */
  const enter = (text: string) => {
    const winner = clearWinner(text, hits);
    if (winner) return pick(winner);
    if (!hits.length) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(0);
    fill(status, `${hits.length} matches and none clearly best: choose one (arrow keys, then Enter).`);
  };
  const show = (found: SearchHit[], text: string) => {
    hits = found;
    active = -1;
    fill(status, found.length ? `${found.length} suggestion${found.length === 1 ? '' : 's'}` : `Nothing matches “${text}”.`);
    fill(
      list,
      ...found.map((hit, i) =>
        h(
          'li',
          { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', onmousedown: (e: Event) => e.preventDefault(), onclick: () => pick(hit) },
          h('span', { class: `kind-badge kind-${hit.kind.toLowerCase()}` }, NODE_LOOK[hit.kind].name),
          ' ',
          hit.kind === 'STUDY' ? h('strong', { class: 'study-label' }, hitName(hit)) : hit.node.label,
          hit.kind === 'STUDY' && ` — ${hit.node.label}`,
        ),
      ),
    );
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
  };
  let shownFor = '';
  const search = (thenPick = false) => {
    const text = input.value.trim();
    pickOnArrival = thenPick ? text : null;
    if (!text) (close(), fill(status));
    actions.ask(text);
  };
  const arrived = (s: AppState) => {
    const res = s.remote.search;
    const text = s.page.search;
    if (!text || res.key !== searchKey(s)) return;
    if (res.status === 'loading') fill(status, 'Searching…');
    else if (res.status === 'ok') {
      show(res.data ?? [], text);
      shownFor = text;
      if (pickOnArrival === text) {
        pickOnArrival = null;
        enter(text);
      }
    } else if (res.status === 'error') {
      close();
      fill(status, h('span', { role: 'alert' }, errorWords(res.error)), ' ', h('button', { type: 'button', class: 'retry', onclick: actions.retry }, 'Retry'));
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) (e.preventDefault(), highlight((active + 1) % hits.length));
    else if (e.key === 'ArrowUp' && hits.length) (e.preventDefault(), highlight((active - 1 + hits.length) % hits.length));
    else if (e.key === 'Enter') {
      e.preventDefault();
      // Enter opens the chosen suggestion, or the clear winner: at once when the suggestions are for this text, else when they arrive.
      if (active >= 0 && !list.hidden) pick(hits[active]);
      else if (shownFor === input.value.trim()) enter(shownFor);
      else (clearTimeout(timer), search(true));
    }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  const element = h('div', { class: 'search', role: 'search' }, h('label', { for: 'search-input' }, 'Search the evidence graph'), input, list, status);
  return { element, show: arrived };
}
