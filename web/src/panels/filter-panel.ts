import { DESIGNS, NODE_KINDS, STANCES } from '../api/types.js';
import { NODE_LOOK } from '../graph/graph-style.js';
import type { Filters } from '../state/view-state.js';
import { designWords, h, words } from './dom.js';

type SetKey = 'kinds' | 'stances' | 'designs';

function checkGroup(key: SetKey, legend: string, values: readonly string[], label: (v: string) => string, onChange: () => void) {
  return h(
    'fieldset',
    { class: 'check-group', 'data-set': key },
    h('legend', {}, legend),
    ...values.map((v) => h('label', {}, h('input', { type: 'checkbox', name: key, value: v, checked: true, onchange: onChange }), ` ${label(v)}`)),
  );
}

const numberField = (name: string, text: string, onChange: () => void, min = 0) =>
  h('label', {}, text, h('input', { type: 'number', name, min, inputmode: 'numeric', onchange: onChange }));

/** The filter form: returns the element and `show(filters)` to reflect the state (after a reload or back). */
export function createFilterPanel(onFilters: (f: Partial<Filters>) => void, onReset: () => void) {
  const read = (): Partial<Filters> => {
    const checked = (key: SetKey) => [...form.querySelectorAll<HTMLInputElement>(`input[name=${key}]:checked`)].map((i) => i.value);
    const num = (name: string) => {
      const raw = form.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value.trim();
      return raw === '' || !Number.isFinite(Number(raw)) ? null : Math.max(0, Math.floor(Number(raw)));
    };
    return {
      kinds: checked('kinds') as Filters['kinds'],
      stances: checked('stances') as Filters['stances'],
      designs: checked('designs') as Filters['designs'],
      yearFrom: num('yearFrom'),
      yearTo: num('yearTo'),
      minSampleSize: num('minSampleSize'),
      timepoint: form.querySelector<HTMLInputElement>('input[name=timepoint]')!.value.trim(),
    };
  };
  const changed = () => onFilters(read());
  const form = h(
    'form',
    { class: 'filters', 'aria-labelledby': 'filters-heading', onsubmit: (e: Event) => (e.preventDefault(), changed()) },
    h('h2', { id: 'filters-heading' }, 'Filters'),
    checkGroup('kinds', 'Node kinds', NODE_KINDS, (v) => NODE_LOOK[v as keyof typeof NODE_LOOK].name, changed),
    checkGroup('stances', 'Stance of evidence', STANCES, words, changed),
    checkGroup('designs', 'Study design', DESIGNS, designWords, changed),
    h(
      'fieldset',
      { class: 'numbers' },
      h('legend', {}, 'Studies'),
      numberField('yearFrom', 'Year from', changed, 1900),
      numberField('yearTo', 'Year to', changed, 1900),
      numberField('minSampleSize', 'Minimum sample size', changed),
      h('label', {}, 'Timepoint contains', h('input', { type: 'text', name: 'timepoint', placeholder: 'e.g. 52 weeks', onchange: changed })),
    ),
    h('button', { type: 'button', onclick: onReset }, 'Reset filters'),
  );

  const show = (f: Filters) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      input.checked = (f[input.name as SetKey] as string[]).includes(input.value);
    }
    const set = (name: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
      if (document.activeElement !== input) input.value = value;
    };
    set('yearFrom', f.yearFrom === null ? '' : String(f.yearFrom));
    set('yearTo', f.yearTo === null ? '' : String(f.yearTo));
    set('minSampleSize', f.minSampleSize === null ? '' : String(f.minSampleSize));
    set('timepoint', f.timepoint);
  };
  return { element: form, show };
}
