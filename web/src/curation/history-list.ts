import { fill, h } from '../panels/dom.js';
import { curatorRequest, errorText } from './curator-api.js';
import { HISTORY, REVERT_CHANGE, type ChangeEntry } from './documents.js';
import { input, labelled, statusLine } from './form-fields.js';

const VERBS: Record<string, string> = { CREATE: 'added', UPDATE: 'changed', DELETE: 'deleted', IMPORT: 'imported', PROPOSE: 'proposed', APPROVE: 'approved', REJECT: 'rejected' };
const KINDS: Record<string, string> = { EvidenceEdge: 'a link', Study: 'the study', Claim: 'the claim', Proposal: 'a proposal' };

/** "alice changed a link — 8 Dec 2026, 04:10 — why". */
export const describeEntry = (c: ChangeEntry) => `${c.who} ${VERBS[c.action] ?? c.action.toLowerCase()} ${KINDS[c.kind] ?? c.kind} (${c.targetId}) — ${new Date(c.at).toLocaleString()}${c.why ? ` — “${c.why}”` : ''}`;

const UNDOABLE = new Set(['CREATE', 'UPDATE', 'DELETE']);

/** The changes touching one claim or study, newest first, each applied one with an Undo that asks for a reason. */
export function historyList(nodeId: string, heading: string, undone: (message: string) => void): HTMLElement {
  const list = h('ol', { class: 'cur-history' });
  const status = statusLine();
  const section = h('section', { class: 'cur-section', 'aria-labelledby': `cur-history-${nodeId}` }, h('h3', { id: `cur-history-${nodeId}` }, heading), status.element, list);

  function undoForm(entry: ChangeEntry): HTMLElement {
    const form = h('form', { class: 'cur-undo', onsubmit: (e: Event) => e.preventDefault() }, labelled('Reason for undoing', input('reason')));
    const button = h('button', { type: 'button' }, 'Undo this change');
    button.addEventListener('click', async () => {
      const reason = (form.elements.namedItem('reason') as HTMLInputElement).value.trim();
      if (!reason) return status.say('Give a reason for undoing it.', 'error');
      try {
        await curatorRequest(REVERT_CHANGE, { id: entry.id, reason });
        undone('Undone: the undo is listed as a change of its own.');
      } catch (err) {
        status.say(errorText(err), 'error');
      }
    });
    form.append(button);
    return form;
  }

  async function load() {
    try {
      const { changes } = await curatorRequest<{ changes: ChangeEntry[] }>(HISTORY, { id: nodeId });
      if (!changes.length) return fill(list, h('li', {}, 'No curator has changed it yet.'));
      fill(
        list,
        ...changes.map((c) =>
          h('li', { 'data-change': c.id }, h('span', { class: 'cur-entry' }, describeEntry(c)), UNDOABLE.has(c.action) && c.kind !== 'Claim' ? h('details', { class: 'cur-undo-box' }, h('summary', {}, 'Undo…'), undoForm(c)) : null),
        ),
      );
    } catch (err) {
      status.say(errorText(err), 'error');
    }
  }
  void load();
  return section;
}
