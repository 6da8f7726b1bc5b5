import { h } from '../panels/dom.js';
import { changeFlow } from './change-flow.js';
import { input, labelled, numberOf, select, STANCE_OPTIONS, textarea, fieldValue } from './form-fields.js';

export interface ClaimForLinks {
  id: string;
  statement: string;
  claimKind: string;
  mechanisms: Array<{ id: string; label: string }>;
}

const SOURCE_KINDS: Array<[string, string]> = [
  ['PRIMARY', 'Primary: the publisher, PubMed/PMC, Cochrane or the guideline body'],
  ['SECONDARY', 'Secondary: a copy, summary or listing page'],
];

/** The finding's fields as a FindingInput (shared with the link editor's finding correction). */
export function findingOf(form: HTMLFormElement) {
  const measure = fieldValue(form, 'effectMeasure');
  return {
    outcome: fieldValue(form, 'outcome'),
    comparator: fieldValue(form, 'comparator') || null,
    outcomeMeasure: fieldValue(form, 'outcomeMeasure') || null,
    timepoint: fieldValue(form, 'timepoint'),
    timepointWeeks: numberOf(form, 'timepointWeeks'),
    effect: fieldValue(form, 'effect'),
    effectSize: measure ? { measure, value: numberOf(form, 'effectValue'), ciLow: numberOf(form, 'ciLow'), ciHigh: numberOf(form, 'ciHigh'), participants: numberOf(form, 'participants') } : null,
    quote: fieldValue(form, 'quote'),
    sourceUrl: fieldValue(form, 'sourceUrl'),
    sourceKind: fieldValue(form, 'sourceKind'),
  };
}

/** The finding's labelled fields, with the seed's rules as hints. */
export function findingFields(): HTMLElement[] {
  return [
    labelled('Outcome', input('outcome'), 'What was measured, e.g. pain or function.'),
    labelled('Comparator', input('comparator'), 'What the intervention was compared with.'),
    labelled('Outcome measure', input('outcomeMeasure'), 'The instrument the source names.'),
    labelled('Timepoint', input('timepoint'), 'Follow-up in the source’s words.'),
    labelled('Weeks', input('timepointWeeks', { inputmode: 'numeric' }), 'Follow-up in whole weeks, when the source gives one time point.'),
    labelled('Effect', textarea('effect'), 'The result in the source’s words.'),
    h(
      'fieldset',
      { class: 'cur-effect' },
      h('legend', {}, 'Effect size, as stated (optional)'),
      labelled('Effect measure', input('effectMeasure'), 'MD, SMD, RR, OR or RD.'),
      labelled('Estimate', input('effectValue', { inputmode: 'decimal' })),
      labelled('Interval low', input('ciLow', { inputmode: 'decimal' })),
      labelled('Interval high', input('ciHigh', { inputmode: 'decimal' })),
      labelled('Participants', input('participants', { inputmode: 'numeric' })),
    ),
    labelled('Quote', textarea('quote', { maxlength: '300', rows: '3' }), 'Verbatim from the source, at most 300 characters.'),
    labelled('Source URL', input('sourceUrl', { type: 'url' }), 'Where the quote was read (http or https).'),
    labelled('Source kind', select('sourceKind', SOURCE_KINDS)),
  ];
}

/** One link row: claim, stance, reason and (for a mechanism claim) the mechanisms measured. */
function linkRow(n: number, claim: ClaimForLinks | null): HTMLFieldSetElement {
  const mechanisms = claim?.claimKind === 'MECHANISM' ? claim.mechanisms : [];
  return h(
    'fieldset',
    { class: 'cur-link', 'data-link': n },
    h('legend', {}, claim ? `Link to: ${claim.statement}` : `Link ${n + 1}`),
    labelled('Claim id', input(`claim-${n}`, claim ? { value: claim.id, readonly: true } : {})),
    labelled('Stance', select(`stance-${n}`, STANCE_OPTIONS)),
    labelled('Reason for the stance', input(`why-${n}`), 'One sentence: why this finding has this stance on this claim.'),
    mechanisms.length
      ? h('fieldset', { class: 'cur-mechanisms' }, h('legend', {}, 'Mechanisms this finding measured'), ...mechanisms.map((m) => h('label', {}, h('input', { type: 'checkbox', name: `mech-${n}`, value: m.id }), ` ${m.label}`)))
      : null,
  );
}

/** Add a finding of a study and link it to the open claim (and any others), each link with stance and reason. */
export function addFindingForm(claim: ClaimForLinks | null, studyId: string, saved: (message: string) => void): HTMLElement {
  const links = h('div', { class: 'cur-links' }, linkRow(0, claim));
  let count = 1;
  const addLink = h('button', { type: 'button', onclick: () => links.append(linkRow(count++, null)) }, 'Link to another claim');
  const form = h(
    'form',
    { class: 'cur-form', 'aria-labelledby': 'cur-add-finding-heading', onsubmit: (e: Event) => e.preventDefault() },
    h('h3', { id: 'cur-add-finding-heading' }, 'Add a finding and link it'),
    labelled('Study id', input('studyId', { value: studyId }), 'The study the finding comes from.'),
    ...findingFields(),
    links,
    addLink,
    labelled('Reason', input('reason'), 'Why this finding is added, in one sentence.'),
  );
  form.append(
    changeFlow(form, {
      build() {
        const rows = [...links.querySelectorAll<HTMLFieldSetElement>('fieldset.cur-link')].map((row) => Number(row.dataset.link));
        const linkInputs = rows
          .map((n) => ({
            claimId: fieldValue(form, `claim-${n}`),
            stance: fieldValue(form, `stance-${n}`),
            why: fieldValue(form, `why-${n}`),
            measuredMechanismIds: [...form.querySelectorAll<HTMLInputElement>(`input[name="mech-${n}"]:checked`)].map((c) => c.value),
          }))
          .filter((l) => l.claimId);
        if (!linkInputs.length) throw new Error('Link the finding to at least one claim.');
        const missing = linkInputs.find((l) => !l.why);
        if (missing) throw new Error(`Give the reason for the stance on "${missing.claimId}": no link without one.`);
        return { kind: 'ADD_FINDING', reason: fieldValue(form, 'reason'), studyId: fieldValue(form, 'studyId'), finding: findingOf(form), links: linkInputs };
      },
      saved,
      historyNode: () => claim?.id ?? null,
      saveLabel: 'Save finding',
    }),
  );
  return form;
}
