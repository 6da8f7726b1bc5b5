import { fill, h } from '../panels/dom.js';
import { request } from '../api/request.js';
import { curatorRequest, errorText, forgetToken, storedToken, storeToken } from './curator-api.js';
import { SIGNED_IN } from './documents.js';
import { fieldId } from './form-fields.js';

export interface Curator {
  name: string;
  reviewRequired: boolean;
}

/**
 * The curator sign-in in the page header: the token is asked once, checked by the server (which names the curator),
 * kept for this tab only, and forgotten on sign-out. A refused token is said in words; the form stays for another try.
 */
export function createSignIn(changed: (curator: Curator | null) => void): HTMLElement {
  const root = h('div', { class: 'cur-sign-in' });

  function showSignedIn(curator: Curator) {
    const out = h('button', { type: 'button', onclick: () => (forgetToken(), showSignedOut(), changed(null)) }, 'Sign out');
    fill(root, h('span', { class: 'cur-who', role: 'status' }, `Signed in as ${curator.name}`), out);
    changed(curator);
  }

  function showSignedOut(message?: string) {
    const id = fieldId('token');
    const token = h('input', { id, name: 'token', type: 'password', autocomplete: 'off', required: true });
    const msg = h('p', { class: 'cur-status cur-error', role: 'alert' }, message ?? '');
    const form = h(
      'form',
      { class: 'cur-sign-in-form', 'aria-label': 'Curator sign-in' },
      h('label', { for: id }, 'Curator token'),
      token,
      h('button', { type: 'submit' }, 'Sign in'),
      msg,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void signIn(token.value.trim(), msg);
    });
    const details = h('details', { class: 'cur-sign-in-box' }, h('summary', {}, 'Curator sign-in'), form);
    if (message) details.open = true;
    fill(root, details);
  }

  async function signIn(token: string, msg: HTMLElement) {
    if (!token) {
      msg.textContent = 'Enter your curator token.';
      return;
    }
    try {
      const { signedIn } = await curatorRequest<{ signedIn: Curator }>(SIGNED_IN, {}, token);
      storeToken(token);
      showSignedIn(signedIn);
    } catch (err) {
      forgetToken();
      showSignedOut(`Not signed in: ${errorText(err)}`);
      root.querySelector('input')?.focus();
    }
  }

  const saved = storedToken();
  showSignedOut();
  // A server with no curator token configured takes no writes: no sign-in to offer.
  request<{ serverInfo: { writesEnabled: boolean } }>('{ serverInfo { writesEnabled } }').then(
    (d) => {
      root.hidden = !d.serverInfo.writesEnabled;
    },
    () => {},
  );
  if (saved) {
    curatorRequest<{ signedIn: Curator }>(SIGNED_IN, {}, saved).then((d) => showSignedIn(d.signedIn), () => forgetToken());
  }
  return root;
}
