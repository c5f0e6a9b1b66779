// Which transport the operation running arrived by, for its analytics record: the facades (REST,
// MCP) and graphql-ws run their operations inside `runAsTransport`; anything else is GraphQL over HTTP.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnalyticsTransport } from '../../lib/analytics/event.js';

const storage = new AsyncLocalStorage<AnalyticsTransport>();

export const currentTransport = (): AnalyticsTransport => storage.getStore() ?? 'graphql-http';

export function runAsTransport<T>(transport: AnalyticsTransport, fn: () => T): T {
  return storage.run(transport, fn);
}

/** `handler` with every operation it runs recorded as coming by `transport`. */
export function asTransport<A extends unknown[], R>(transport: AnalyticsTransport, handler: (...args: A) => R): (...args: A) => R {
  return (...args) => storage.run(transport, () => handler(...args));
}
