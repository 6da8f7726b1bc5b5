/**
 * Below ~900 px the filters and the details are drawers over the canvas: a toggle button opens one
 * (and closes the other), Escape closes it and returns focus to its button.
 */
export function startDrawers(toggles: HTMLButtonElement[]): { openDetails(): void } {
  const drawerOf = (b: HTMLButtonElement) => document.getElementById(b.getAttribute('aria-controls')!)!;
  const set = (button: HTMLButtonElement, open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    drawerOf(button).classList.toggle('open', open);
  };
  for (const button of toggles) {
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      for (const other of toggles) set(other, other === button && open);
      if (open) drawerOf(button).focus();
    });
    drawerOf(button).addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
      set(button, false);
      button.focus();
    });
  }
  return {
    openDetails() {
      const details = toggles.find((b) => b.getAttribute('aria-controls') === 'details');
      if (details && window.matchMedia('(max-width: 900px)').matches) for (const b of toggles) set(b, b === details);
    },
  };
}
