import { h } from './dom.js';

/**
 * Below ~900 px the filters and the details are drawers over the canvas: a toggle button opens one
 * (and closes the other); the drawer's Close button, Escape and a tap outside it close it.
 */
export function startDrawers(toggles: HTMLButtonElement[]): { openDetails(): void } {
  const drawerOf = (b: HTMLButtonElement) => document.getElementById(b.getAttribute('aria-controls')!)!;
  const set = (button: HTMLButtonElement, open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    drawerOf(button).classList.toggle('open', open);
  };
  const openOne = () => toggles.find((b) => b.getAttribute('aria-expanded') === 'true');
  const close = (button: HTMLButtonElement, giveFocusBack: boolean) => {
    set(button, false);
    if (giveFocusBack) button.focus();
  };
  for (const button of toggles) {
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      for (const other of toggles) set(other, other === button && open);
      if (open) drawerOf(button).focus();
    });
    // Shown only while the panel is a drawer (styles.css).
    const name = `Close ${button.textContent?.trim().toLowerCase()}`;
    drawerOf(button).prepend(h('button', { type: 'button', class: 'drawer-close', 'aria-label': name, onclick: () => close(button, true) }, 'Close ', h('span', { 'aria-hidden': 'true' }, '✕')));
  }
  document.addEventListener('keydown', (e) => {
    const open = openOne();
    if (e.key === 'Escape' && open) close(open, true);
  });
  // A tap anywhere but the drawer and its toggle closes it; focus stays where the tap put it.
  document.addEventListener('pointerdown', (e) => {
    const open = openOne();
    const target = e.target as Node;
    if (open && !drawerOf(open).contains(target) && !open.contains(target)) close(open, false);
  });
  return {
    openDetails() {
      const details = toggles.find((b) => b.getAttribute('aria-controls') === 'details');
      if (!details || !window.matchMedia('(max-width: 900px)').matches) return;
      for (const b of toggles) set(b, b === details);
      // Opened by a control that is now hidden ("Show in the explorer"): focus goes into the drawer, not to the page body.
      if (document.activeElement === document.body || !document.activeElement) drawerOf(details).focus();
    },
  };
}
