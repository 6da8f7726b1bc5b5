import { fill, h } from '../panels/dom.js';
import { curatorRequest, errorText } from './curator-api.js';
import { APPROVE_PROPOSAL, PROPOSALS, REJECT_PROPOSAL, type ChangePreview } from './documents.js';
import { input, labelled, statusLine } from './form-fields.js';
import { previewTable } from './preview-table.js';

interface Proposal {
  id: string;
  who: string;
  at: string;
  reason: string;
  preview: ChangePreview | null;
}

/** "Proposed changes": each with who, why and its preview now; a second curator approves or rejects (with a reason). */
export function proposalsList(me: string, decided: (message: string) => void): HTMLElement {
  const list = h('ul', { class: 'cur-proposals' });
  const status = statusLine();
  const section = h('section', { class: 'cur-section', 'aria-labelledby': 'cur-proposals-heading' }, h('h3', { id: 'cur-proposals-heading' }, 'Proposed changes'), status.element, list);

  async function decide(document: string, variables: Record<string, unknown>, done: string) {
    try {
      await curatorRequest(document, variables);
      decided(done);
    } catch (err) {
      status.say(errorText(err), 'error');
    }
  }

  function item(p: Proposal): HTMLElement {
    const own = p.who === me;
    const reject = h('form', { class: 'cur-undo', onsubmit: (e: Event) => e.preventDefault() }, labelled('Reason for rejecting', input('reason')));
    const rejectButton = h('button', { type: 'button' }, 'Reject');
    rejectButton.addEventListener('click', () => {
      const reason = (reject.elements.namedItem('reason') as HTMLInputElement).value.trim();
      if (!reason) return status.say('Give a reason for rejecting it.', 'error');
      void decide(REJECT_PROPOSAL, { id: p.id, reason }, 'Rejected: the proposal stays in the audit log with your reason.');
    });
    reject.append(rejectButton);
    const approve = h('button', { type: 'button', onclick: () => void decide(APPROVE_PROPOSAL, { id: p.id }, 'Approved: the change is applied.') }, 'Approve');
    return h(
      'li',
      { 'data-proposal': p.id },
      h('p', {}, `${p.who} proposed on ${new Date(p.at).toLocaleString()}: “${p.reason}”`),
      p.preview ? previewTable(p.preview) : h('p', {}, 'No preview: the graph has moved on since; approving would be refused.'),
      own ? h('p', { class: 'cur-hint' }, 'You proposed this: a second curator must approve it.') : approve,
      reject,
    );
  }

  async function load() {
    try {
      const { proposals } = await curatorRequest<{ proposals: Proposal[] }>(PROPOSALS);
      fill(list, ...(proposals.length ? proposals.map(item) : [h('li', {}, 'No change is waiting for review.')]));
    } catch (err) {
      status.say(errorText(err), 'error');
    }
  }
  void load();
  return section;
}
