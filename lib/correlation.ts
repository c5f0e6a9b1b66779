// The correlation id of the request being served, carried through async calls so that every
// log line and every subgraph call made for a request names it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const CORRELATION_HEADER = 'x-correlation-id';

const storage = new AsyncLocalStorage<string>();

export function currentCorrelationId(): string | undefined {
  return storage.getStore();
}

export function runWithCorrelationId<T>(id: string, fn: () => T): T {
  return storage.run(id, fn);
}

const VALID_ID = /^[\w.:-]{1,128}$/;

/** The caller's id when it is a sane token, a new UUID otherwise (never echo arbitrary header bytes into logs). */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && VALID_ID.test(value) ? value : randomUUID();
}
