/** A minimal store: one value, replaced whole, with listeners told of each change. */
export interface Store<S> {
  get(): S;
  update(change: (s: S) => S): void;
  subscribe(listener: (s: S, previous: S) => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(s: S, previous: S) => void>();
  return {
    get: () => state,
    update(change) {
      const previous = state;
      const next = change(state);
      if (next === previous) return;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
