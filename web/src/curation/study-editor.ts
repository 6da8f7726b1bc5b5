import { fill, h } from '../panels/dom.js';
import { curatorRequest, errorText } from './curator-api.js';
import { STUDY_RECORD } from './documents.js';
import { changeFlow } from './change-flow.js';
import { riskOfBiasOf, riskOfBiasValues, studyFields, studyFieldsOf } from './add-study-form.js';
import { input, labelled, statusLine, fieldValue } from './form-fields.js';
import { historyList } from './history-list.js';

type StudyRecord = Record<string, unknown> & { id: string; version: number };

/** Correct or contest a study's record: load it by id, edit, give a reason; its history is listed below. */
export function studyEditor(saved: (message: string) => void): HTMLElement {
  const status = statusLine();
  const idField = input('editStudyId');
  const loadButton = h('button', { type: 'button' }, 'Load study');
  const slot = h('div', {});
  const section = h(
    'section',
    { class: 'cur-section', 'aria-labelledby': 'cur-edit-study-heading' },
    h('h3', { id: 'cur-edit-study-heading' }, 'Correct a study'),
    h('div', { class: 'cur-lookup' }, labelled('Study id', idField), loadButton),
    status.element,
    slot,
  );

  async function open(id: string) {
    status.say('Loading…');
    try {
      const { study } = await curatorRequest<{ study: StudyRecord | null }>(STUDY_RECORD, { id });
      if (!study) return status.say(`No study has the id "${id}".`, 'error');
      status.clear();
      const form = h(
        'form',
        { class: 'cur-form', 'aria-label': `Correct study ${id}`, onsubmit: (e: Event) => e.preventDefault() },
        ...studyFields(),
        labelled('Reason', input('reason'), 'What was wrong, in one sentence.'),
      );
      for (const [key, value] of Object.entries({ ...study, ...riskOfBiasValues(study.riskOfBias as Record<string, unknown> | null) })) {
        const el = form.elements.namedItem(key) as HTMLInputElement | null;
        if (el) el.value = value == null ? '' : Array.isArray(value) ? value.join('\n') : String(value);
      }
      // The stored facts as the form reads them back, so an untouched risk of bias is not sent as a change.
      const storedRiskOfBias = riskOfBiasOf(form);
      form.append(
        changeFlow(form, {
          build() {
            const fields = studyFieldsOf(form);
            const stored: Record<string, unknown> = { ...study, riskOfBias: storedRiskOfBias };
            const studyPatch = Object.fromEntries(Object.entries(fields).filter(([k, v]) => JSON.stringify(v ?? null) !== JSON.stringify(stored[k] ?? null)));
            if (!Object.keys(studyPatch).length) throw new Error('Nothing is changed yet.');
            return { kind: 'UPDATE_STUDY', reason: fieldValue(form, 'reason'), id, version: study.version, studyPatch };
          },
          saved: (message) => (saved(message), void open(id)),
          historyNode: () => id,
          reload: () => void open(id),
          saveLabel: 'Save study',
        }),
      );
      fill(
        slot,
        form,
        historyList(id, `Changes to ${id}`, (message) => (saved(message), void open(id))),
      );
    } catch (err) {
      status.say(errorText(err), 'error');
    }
  }
  loadButton.addEventListener('click', () => {
    const id = idField.value.trim();
    if (id) void open(id);
  });
  return section;
}
