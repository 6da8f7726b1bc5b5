import type { View } from '../state/view-state.js';
import { h } from './dom.js';

const VIEWS: [View, string][] = [
  ['overview', 'Overview'],
  ['explorer', 'Explorer'],
  ['claim', 'Claim view'],
  ['map', 'Evidence map'],
];

/** Tabs that switch between the explorer, the claim view and the evidence map; `show` reflects the state. */
export function createViewTabs(tablist: HTMLElement, onView: (v: View) => void) {
  const tabs = VIEWS.map(([view, text]) =>
    h('button', { type: 'button', role: 'tab', id: `tab-${view}`, 'aria-controls': `panel-${view}`, 'data-view': view, onclick: () => onView(view) }, text),
  );
  tablist.append(...tabs);
  tablist.addEventListener('keydown', (e) => {
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    const next = tabs[(at + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
    next.focus();
    onView(next.dataset.view as View);
  });
  return {
    show(view: View) {
      for (const tab of tabs) {
        const on = tab.dataset.view === view;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        document.getElementById(tab.getAttribute('aria-controls')!)!.hidden = !on;
      }
    },
  };
}
