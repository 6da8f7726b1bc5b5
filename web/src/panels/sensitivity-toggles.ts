import type { Sensitivity } from '../api/claim-summary.js';
import { h } from './dom.js';

export const SENSITIVITY_OPTIONS: Array<{ key: keyof Sensitivity; label: string }> = [
  { key: 'excludeSmall', label: 'small studies (n < 100)' },
  { key: 'excludeUncontrolled', label: 'uncontrolled or within-group designs' },
  { key: 'excludeHighRiskOfBias', label: 'findings at high risk of bias' },
  { key: 'excludeSecondarySources', label: 'findings quoted from secondary sources' },
  { key: 'excludeSuperseded', label: 'superseded or republished publications' },
  { key: 'excludeOverviews', label: 'overviews of reviews (they may count the same trials again)' },
];

/** Checkboxes that leave kinds of finding out; `onChange` gets each change at once (the summary re-scores live). */
export function sensitivityToggles(current: Sensitivity, onChange: (key: keyof Sensitivity, leaveOut: boolean) => void): HTMLElement {
  return h(
    'fieldset',
    { class: 'sensitivity' },
    h('legend', {}, 'Sensitivity: leave out…'),
    ...SENSITIVITY_OPTIONS.map(({ key, label }) => {
      const id = `sens-${key}`;
      return h(
        'span',
        { class: 'toggle' },
        h('input', {
          type: 'checkbox',
          id,
          checked: !!current[key],
          onchange: (e: Event) => onChange(key, (e.target as HTMLInputElement).checked),
        }),
        h('label', { for: id }, label),
      );
    }),
  );
}
