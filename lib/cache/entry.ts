// How an entry is kept: the value with the time it was loaded, as one JSON text in Redis.
/** An entry as L1 holds it. */
export interface Entry {
  value: unknown;
  /** Epoch ms when the value came from its origin. */
  storedAt: number;
  /** Set when a refresh of this (stale) entry failed, so later answers can say why they are stale. */
  lastFailure?: { error: unknown };
}

// `v` is left out of the JSON when the value is undefined, so a cached undefined reads back as undefined.
export function encodeEntry(value: unknown, storedAt: number): string {
  return JSON.stringify({ v: value, t: storedAt });
}

/** The entry, or undefined when the text is not one (another program's key, or a format from another version). */
export function decodeEntry(text: string): Entry | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { v, t } = parsed as { v?: unknown; t?: unknown };
  return typeof t === 'number' && Number.isFinite(t) ? { value: v, storedAt: t } : undefined;
}

/** A load result to answer with but not keep (e.g. a partial upstream answer). */
export class Uncached<T> {
  constructor(readonly value: T) {}
}

export function uncached<T>(value: T): Uncached<T> {
  return new Uncached(value);
}
