import { fill, h } from '../panels/dom.js';
import { CurationError, curatorRequest, errorText } from './curator-api.js';
import { APPLY_CHANGE, HISTORY, PREVIEW_CHANGE, type ChangeEntry, type ChangePreview } from './documents.js';
import { statusLine } from './form-fields.js';
import { previewTable } from './preview-table.js';

export interface ChangeFlowOptions {
  /** The ChangeInput the form describes now; throws an Error whose message is shown when the form is incomplete. */
  build(): Record<string, unknown>;
  /** After a save (or a proposal), with the words saying which: refresh what shows the graph. */
  saved(message: string): void;
  /** The node whose history names who changed the record first, when a save meets a stale version. */
  historyNode(): string | null;
  /** Reloads the record the form edits (after a conflict). */
  reload?(): void;
  saveLabel?: string;
}

async function whoChangedFirst(nodeId: string | null, targetId: unknown): Promise<ChangeEntry | null> {
  if (!nodeId) return null;
  const { changes } = await curatorRequest<{ changes: ChangeEntry[] }>(HISTORY, { id: nodeId });
  return changes.find((c) => c.targetId === targetId) ?? null;
}

/**
 * Preview, then save: the Save button works only for the change last previewed (any edit asks for a new preview),
 * so what is saved is what the curator saw. A stale version names who changed the record first and offers a reload.
 */
export function changeFlow(form: HTMLFormElement, options: ChangeFlowOptions): HTMLElement {
  const status = statusLine();
  const previewSlot = h('div', { class: 'cur-preview-slot', 'aria-live': 'polite' });
  const conflictSlot = h('div', { class: 'cur-conflict-slot' });
  let previewed: string | null = null;
  const saveButton = h('button', { type: 'button', disabled: true, class: 'cur-save' }, options.saveLabel ?? 'Save');
  const previewButton = h('button', { type: 'button', class: 'cur-preview-button' }, 'Preview');
  form.addEventListener('input', () => {
    previewed = null;
    saveButton.disabled = true;
  });

  async function showConflict(err: CurationError, change: Record<string, unknown>) {
    const first = await whoChangedFirst(options.historyNode(), err.extensions.id ?? change.id).catch(() => null);
    const who = first ? `${first.who} changed it first (${first.action.toLowerCase()} at ${new Date(first.at).toLocaleString()}${first.why ? `: "${first.why}"` : ''}).` : 'Someone else changed it first.';
    const reload = h('button', { type: 'button', onclick: () => (fill(conflictSlot), status.clear(), options.reload?.()) }, 'Reload it');
    fill(conflictSlot, h('div', { class: 'cur-conflict', role: 'alert' }, h('p', {}, `Not saved: ${who} ${err.message}`), reload));
    reload.focus();
  }

  async function run(kind: 'preview' | 'save') {
    fill(conflictSlot);
    let change: Record<string, unknown>;
    try {
      change = options.build();
    } catch (err) {
      return status.say(errorText(err), 'error');
    }
    const key = JSON.stringify(change);
    status.say(kind === 'preview' ? 'Computing the preview…' : 'Saving…');
    try {
      if (kind === 'preview') {
        const { previewChange } = await curatorRequest<{ previewChange: ChangePreview }>(PREVIEW_CHANGE, { change });
        fill(previewSlot, previewTable(previewChange));
        previewed = key;
        saveButton.disabled = false;
        status.say('Preview ready: nothing has been saved yet.');
        return;
      }
      if (previewed !== key) return status.say('Preview the change first.', 'error');
      const { applyChange } = await curatorRequest<{ applyChange: { status: string; preview: ChangePreview } }>(APPLY_CHANGE, { change });
      previewed = null;
      saveButton.disabled = true;
      fill(previewSlot, previewTable(applyChange.preview));
      const message = applyChange.status === 'PROPOSED' ? 'Proposed: it takes effect when a second curator approves it.' : 'Saved.';
      status.say(message);
      options.saved(message);
    } catch (err) {
      if (err instanceof CurationError && err.code === 'CONFLICT' && err.extensions.field === 'version') return showConflict(err, change);
      const existing = err instanceof CurationError ? err.extensions.existingId : null;
      status.say(errorText(err), 'error');
      if (typeof existing === 'string') status.element.append(' ', h('a', { href: `?focus=${encodeURIComponent(existing)}&sel=n:${encodeURIComponent(existing)}` }, `Open "${existing}"`));
    }
  }
  previewButton.addEventListener('click', () => void run('preview'));
  saveButton.addEventListener('click', () => void run('save'));
  return h('div', { class: 'cur-actions' }, h('div', { class: 'cur-buttons' }, previewButton, saveButton), status.element, conflictSlot, previewSlot);
}
