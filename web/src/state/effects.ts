import { idle, type AppState, type Remote, type Resource } from './app-state.js';
import { FETCHERS } from './fetchers.js';
import type { Store } from './store.js';

function setResource(store: Store<AppState>, name: keyof Remote, next: Resource<unknown>) {
  store.update((s) => ({ ...s, remote: { ...s.remote, [name]: next } }));
}

function run(store: Store<AppState>, name: keyof Remote, key: string, load: () => Promise<unknown>) {
  const previous = store.get().remote[name];
  setResource(store, name, { key, status: 'loading', data: previous.data, error: null });
  const settle = (patch: Partial<Resource<unknown>>) => {
    if (store.get().remote[name].key !== key) return; // a newer request replaced this one
    setResource(store, name, { ...store.get().remote[name], ...patch });
  };
  load().then(
    (data) => settle({ status: 'ok', data, error: null }),
    (error: unknown) => settle({ status: 'error', error }),
  );
}

/** Fetches whatever the view state needs whenever it changes; returns `retry(name)` for the error panels. */
export function startEffects(store: Store<AppState>) {
  const check = () => {
    for (const name of Object.keys(FETCHERS) as (keyof Remote)[]) {
      const s = store.get(); // fresh each time: starting one request changes the state
      const wanted = FETCHERS[name].ask(s);
      if (wanted && wanted.key !== s.remote[name].key) run(store, name, wanted.key, wanted.load);
      else if (!wanted && FETCHERS[name].clear && s.remote[name].key !== '') setResource(store, name, idle());
    }
  };
  store.subscribe(check);
  check();
  return {
    retry(name: keyof Remote) {
      const wanted = FETCHERS[name].ask(store.get());
      if (wanted) run(store, name, wanted.key, wanted.load);
    },
  };
}
