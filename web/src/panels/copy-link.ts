import { copyText } from './download.js';
import { h } from './dom.js';

/** "Copy link": the address of the view as shown (the URL holds the whole view), to the clipboard. */
export function createCopyLink(): HTMLElement {
  const status = h('span', { class: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const button = h(
    'button',
    {
      type: 'button',
      id: 'copy-link',
      onclick: async () => {
        const ok = await copyText(window.location.href);
        status.textContent = ok ? 'Link copied.' : `Copy this link: ${window.location.href}`;
      },
    },
    'Copy link',
  );
  return h('div', { class: 'copy-link' }, button, status);
}
