import { fill, h } from '../panels/dom.js';
import { changeFlow } from './change-flow.js';
import { input, labelled, select, STANCE_OPTIONS, fieldValue } from './form-fields.js';
import { findingFields, findingOf } from './add-finding-form.js';

export interface LinkRecord {
  id: string;
  version: number;
  stance: string;
  why: string | null;
  quote: string;
  study: { id: string; label: string };
  effectSize?: { measure: string | null; value: number | null; ciLow: number | null; ciHigh: number | null; participants: number | null } | null;
  [field: string]: unknown;
}

/** The finding's form filled with what the link stores now. */
function fillFinding(form: HTMLFormElement, link: LinkRecord) {
  const es = link.effectSize;
  const values: Record<string, unknown> = { ...link, effectMeasure: es?.measure, effectValue: es?.value, ciLow: es?.ciLow, ciHigh: es?.ciHigh, participants: es?.participants };
  for (const [name, value] of Object.entries(values)) {
    const el = form.elements.namedItem(name) as HTMLInputElement | null;
    if (el && value != null && typeof value !== 'object') el.value = String(value);
  }
}

/** The edit (stance and its reason) or deletion of one link, each with its own reason, previewed before saving. */
function linkForms(claimId: string, link: LinkRecord, saved: (message: string) => void, reload: () => void): HTMLElement[] {
  const stance = select('stance', STANCE_OPTIONS);
  stance.value = link.stance;
  const edit = h(
    'form',
    { class: 'cur-form cur-edit-link', onsubmit: (e: Event) => e.preventDefault() },
    labelled('Stance', stance),
    labelled('Reason for the stance', input('why', { value: link.why ?? '' }), 'One sentence: why this finding has this stance on this claim.'),
    labelled('Reason for the change', input('reason'), 'Why you change or contest this link, in one sentence.'),
  );
  edit.append(
    changeFlow(edit, {
      build: () => ({ kind: 'UPDATE_EVIDENCE', reason: fieldValue(edit, 'reason'), id: link.id, version: link.version, stance: fieldValue(edit, 'stance'), why: fieldValue(edit, 'why') }),
      saved,
      historyNode: () => claimId,
      reload,
      saveLabel: 'Save link',
    }),
  );
  const remove = h('form', { class: 'cur-form cur-delete-link', onsubmit: (e: Event) => e.preventDefault() }, labelled('Reason for deleting', input('reason'), 'Why this link should go, in one sentence.'));
  remove.append(
    changeFlow(remove, {
      build: () => ({ kind: 'DELETE_EVIDENCE', reason: fieldValue(remove, 'reason'), id: link.id, version: link.version }),
      saved,
      historyNode: () => claimId,
      reload,
      saveLabel: 'Delete link',
    }),
  );
  const correct = h('form', { class: 'cur-form cur-correct-finding', onsubmit: (e: Event) => e.preventDefault() }, ...findingFields(), labelled('Reason for the correction', input('reason'), 'What was wrong, in one sentence.'));
  fillFinding(correct, link);
  correct.append(
    changeFlow(correct, {
      build: () => ({ kind: 'UPDATE_EVIDENCE', reason: fieldValue(correct, 'reason'), id: link.id, version: link.version, findingPatch: findingOf(correct) }),
      saved,
      historyNode: () => claimId,
      reload,
      saveLabel: 'Save finding',
    }),
  );
  return [
    h('h4', {}, 'Change or contest the stance'),
    edit,
    h('details', { class: 'cur-box' }, h('summary', {}, 'Correct the finding (this link’s copy)'), correct),
    h('h4', {}, 'Delete'),
    remove,
  ];
}

/** The open claim's links, each with its editor behind a disclosure (built when opened). */
export function linkEditor(claimId: string, links: LinkRecord[], saved: (message: string) => void, reload: () => void): HTMLElement {
  const items = links.map((link) => {
    const body = h('div', { class: 'cur-link-body' });
    const details = h(
      'details',
      { class: 'cur-link-item', 'data-edge': link.id },
      h('summary', {}, `${link.study.label} — ${link.stance.toLowerCase()}${link.why ? `: ${link.why}` : ''}`),
      body,
    );
    details.addEventListener('toggle', () => {
      if (details.open && !body.childElementCount) fill(body, h('blockquote', {}, link.quote), ...linkForms(claimId, link, saved, reload));
    });
    return h('li', {}, details);
  });
  return h('section', { class: 'cur-section', 'aria-labelledby': 'cur-links-heading' }, h('h3', { id: 'cur-links-heading' }, `Links of this claim (${links.length})`), items.length ? h('ul', { class: 'cur-link-list' }, ...items) : h('p', {}, 'No study is linked to this claim yet.'));
}
