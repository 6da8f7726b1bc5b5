import { h } from '../panels/dom.js';
import { curatorRequest, errorText, CurationError } from './curator-api.js';
import { LOOKUP_STUDY } from './documents.js';
import { changeFlow } from './change-flow.js';
import { input, labelled, numberOf, select, statusLine, textarea, fieldValue } from './form-fields.js';

const DESIGNS: Array<[string, string]> = [
  ['RCT', 'Randomised trial'],
  ['SYSTEMATIC_REVIEW', 'Systematic review'],
  ['GUIDELINE', 'Guideline'],
  ['COHORT', 'Cohort study'],
  ['CASE_REPORT', 'Case report'],
  ['VALIDATION_STUDY', 'Validation study'],
  ['OTHER', 'Other design'],
];

interface Found {
  title: string;
  authors: string[];
  year: number | null;
  journal: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  pmid: string | null;
  source: string;
  suggestedId: string;
}

const optional = (v: string) => v || null;

const STATED: Array<[string, string]> = [
  ['', 'Not stated'],
  ['true', 'Yes'],
  ['false', 'No'],
];
const CONCEALMENT: Array<[string, string]> = [
  ['', 'Not stated'],
  ['adequate', 'Adequate'],
  ['unclear', 'Unclear'],
  ['inadequate', 'Inadequate'],
];
const statedOf = (v: string) => (v === '' ? null : v === 'true');

/** A stored risk of bias as form values (the names the form's controls carry). */
export function riskOfBiasValues(r: Record<string, unknown> | null | undefined): Record<string, unknown> {
  return {
    robRandomised: r?.randomised,
    robAllocationConcealment: r?.allocationConcealment,
    robParticipantsBlinded: r?.participantsBlinded,
    robAssessorsBlinded: r?.assessorsBlinded,
    robAttritionNote: r?.attritionNote,
    robRegistration: r?.registration,
    robSource: r?.source,
  };
}

/** The risk-of-bias facts of a form, or null when none is given (they need the address they were read at). */
export function riskOfBiasOf(form: HTMLFormElement) {
  const facts = {
    randomised: statedOf(fieldValue(form, 'robRandomised')),
    allocationConcealment: optional(fieldValue(form, 'robAllocationConcealment')),
    participantsBlinded: statedOf(fieldValue(form, 'robParticipantsBlinded')),
    assessorsBlinded: statedOf(fieldValue(form, 'robAssessorsBlinded')),
    attritionNote: optional(fieldValue(form, 'robAttritionNote')),
    registration: optional(fieldValue(form, 'robRegistration')),
  };
  const source = fieldValue(form, 'robSource');
  if (!source && Object.values(facts).every((v) => v === null)) return null;
  if (!source) throw new Error('Risk of bias: give the address the facts were read at.');
  return { ...facts, source };
}

/** The study fields of a form as a StudyInput (shared with the study editor). */
export function studyFieldsOf(form: HTMLFormElement) {
  return {
    title: fieldValue(form, 'title'),
    authors: fieldValue(form, 'authors')
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    year: numberOf(form, 'year'),
    journal: optional(fieldValue(form, 'journal')),
    volume: optional(fieldValue(form, 'volume')),
    issue: optional(fieldValue(form, 'issue')),
    pages: optional(fieldValue(form, 'pages')),
    doi: optional(fieldValue(form, 'doi')),
    pmid: optional(fieldValue(form, 'pmid')),
    design: fieldValue(form, 'design'),
    sampleSize: numberOf(form, 'sampleSize'),
    population: optional(fieldValue(form, 'population')),
    riskOfBias: riskOfBiasOf(form),
  };
}

/** The record's fields, labelled, for adding or correcting a study. */
export function studyFields(): HTMLElement[] {
  return [
    labelled('Title', textarea('title', { required: true })),
    labelled('Authors', textarea('authors', { rows: '3' }), 'One per line, as "Family Initials".'),
    labelled('Year', input('year', { inputmode: 'numeric' })),
    labelled('Journal', input('journal')),
    labelled('Volume', input('volume')),
    labelled('Issue', input('issue')),
    labelled('Pages', input('pages')),
    labelled('DOI', input('doi')),
    labelled('PMID', input('pmid', { inputmode: 'numeric' })),
    labelled('Design', select('design', DESIGNS), 'Confirm from the paper.'),
    labelled('Sample size', input('sampleSize', { inputmode: 'numeric' }), 'Participants randomised or enrolled, from the paper.'),
    labelled('Population', textarea('population')),
    h(
      'fieldset',
      { class: 'cur-rob' },
      h('legend', {}, 'Risk of bias, as the paper states it'),
      labelled('Randomised', select('robRandomised', STATED)),
      labelled('Allocation concealment', select('robAllocationConcealment', CONCEALMENT)),
      labelled('Participants blinded', select('robParticipantsBlinded', STATED)),
      labelled('Outcome assessors blinded', select('robAssessorsBlinded', STATED)),
      labelled('Attrition', input('robAttritionNote'), 'Drop-outs as the paper reports them.'),
      labelled('Registration', input('robRegistration'), 'Trial registration number(s).'),
      labelled('Read at', input('robSource', { inputmode: 'url' }), 'The http(s) address these facts were read at; needed when any is given.'),
    ),
  ];
}

function setValue(form: HTMLFormElement, name: string, value: unknown) {
  const el = form.elements.namedItem(name) as HTMLInputElement | null;
  if (el) el.value = value == null ? '' : Array.isArray(value) ? value.join('\n') : String(value);
}

/** Add a study: look its record up by DOI or PMID (or fill it by hand), confirm the design and size, give a reason. */
export function addStudyForm(saved: (message: string) => void): HTMLElement {
  const lookupStatus = statusLine();
  const identifier = input('identifier', { placeholder: '10.1234/abcd or 12345678' });
  const lookupButton = h('button', { type: 'button' }, 'Look up');
  const form = h(
    'form',
    { class: 'cur-form', 'aria-labelledby': 'cur-add-study-heading', onsubmit: (e: Event) => e.preventDefault() },
    h('h3', { id: 'cur-add-study-heading' }, 'Add a study'),
    h(
      'div',
      { class: 'cur-lookup' },
      labelled('DOI or PMID', identifier, 'The record is read from Crossref (DOI) or PubMed (PMID); you can also fill the form by hand.'),
      lookupButton,
    ),
    lookupStatus.element,
    labelled('Study id', input('id'), 'A lowercase slug such as family name and year.'),
    ...studyFields(),
    labelled('Reason', input('reason'), 'Why this study is added, in one sentence.'),
  );
  lookupButton.addEventListener('click', async () => {
    const value = identifier.value.trim();
    if (!value) return lookupStatus.say('Enter a DOI or a PMID first.', 'error');
    const byPmid = /^\d+$/.test(value);
    lookupStatus.say('Looking it up…');
    try {
      const { lookupStudy: found } = await curatorRequest<{ lookupStudy: Found }>(LOOKUP_STUDY, byPmid ? { pmid: value } : { doi: value });
      for (const key of ['title', 'authors', 'year', 'journal', 'volume', 'issue', 'pages', 'doi', 'pmid'] as const) setValue(form, key, found[key]);
      setValue(form, 'id', found.suggestedId);
      form.dispatchEvent(new Event('input'));
      lookupStatus.say(`Filled from ${byPmid ? 'PubMed' : 'Crossref'}: check the record, then confirm the design and sample size.`);
    } catch (err) {
      lookupStatus.say(errorText(err), 'error');
      const existing = err instanceof CurationError ? err.extensions.existingId : null;
      if (typeof existing === 'string')
        lookupStatus.element.append(
          ' ',
          h('a', { href: `?focus=${encodeURIComponent(existing)}&sel=n:${encodeURIComponent(existing)}` }, `Open "${existing}"`),
        );
    }
  });
  form.append(
    changeFlow(form, {
      build() {
        const study = { id: fieldValue(form, 'id'), ...studyFieldsOf(form) };
        if (!study.id) throw new Error('Give the study an id.');
        if (!study.title || !study.authors.length || study.year == null) throw new Error('A study needs its title, at least one author and its year.');
        return { kind: 'ADD_STUDY', reason: fieldValue(form, 'reason'), study };
      },
      saved,
      historyNode: () => null,
      saveLabel: 'Save study',
    }),
  );
  return form;
}
