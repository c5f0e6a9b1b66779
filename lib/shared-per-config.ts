// One instance of a resource per configuration object, shared by every part of the process built
// from it, and closed when the last part that took it lets it go.
export interface Held<T> {
  value: T;
  release(): Promise<void>;
}

/** `make` runs for the first taker of a configuration; the others' further arguments are not used. */
export function sharedPerConfig<C extends object, A extends unknown[], T>(
  make: (config: C, ...args: A) => T,
  close: (value: T) => Promise<void>,
): (config: C, ...args: A) => Held<T> {
  const shared = new WeakMap<C, { value: T; users: number }>();
  return (config, ...args) => {
    let entry = shared.get(config);
    if (!entry) shared.set(config, (entry = { value: make(config, ...args), users: 0 }));
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
          shared.delete(config);
          await close(held.value);
        }
      },
    };
  };
}
