// One instance of a resource per configuration, shared by every part of the process built from it,
// and closed when the last part that took it lets it go.
export interface Held<T> {
  value: T;
  release(): Promise<void>;
}

interface Entry<T> {
  value: T;
  users: number;
}

type Registry<T> = Pick<Map<unknown, Entry<T>>, 'get' | 'set' | 'delete'>;

/**
 * `make` runs for the first taker of a configuration; the others' further arguments are not used.
 * Takers share when they pass the same configuration object, or, with `keyOf`, configurations of
 * the same key (options built afresh by each taker).
 */
export function sharedPerConfig<C extends object, A extends unknown[], T>(
  make: (config: C, ...args: A) => T,
  close: (value: T) => Promise<void>,
  keyOf?: (config: C) => string,
): (config: C, ...args: A) => Held<T> {
  const shared: Registry<T> = keyOf ? new Map() : (new WeakMap<C, Entry<T>>() as unknown as Registry<T>);
  return (config, ...args) => {
    const key = keyOf ? keyOf(config) : config;
    let entry = shared.get(key);
    if (!entry) shared.set(key, (entry = { value: make(config, ...args), users: 0 }));
    entry.users += 1;
    const held = entry;
    let released = false;
    return {
      value: held.value,
      async release() {
        if (released) return;
        released = true;
        held.users -= 1;
        if (held.users === 0) {
          shared.delete(key);
          await close(held.value);
        }
      },
    };
  };
}
