// The quota state of one client request, carried through async calls like the viewer: the gateway's
// plugin counts the operations a request runs against it, and the REST and MCP facades' operations
// (run in-process, in the same async context) find their client request's ticket here.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';
import type { Caller } from './caller.js';
import type { QuotaVerdict } from '../../lib/users/quotas.js';

export interface Ticket {
  caller: Caller;
  /**
   * `operation`: every GraphQL operation counts as one query (POST /graphql, graphql-ws).
   * `request`: the whole client request counts once, however many operations it runs (REST, MCP).
   */
  counting: 'operation' | 'request';
  /** The response of the client's HTTP request, for the RateLimit-* headers (none over graphql-ws). */
  res?: ServerResponse;
  /** Set once the request counted (in `request` counting). */
  query?: Promise<QuotaVerdict | undefined>;
  enhanced?: Promise<QuotaVerdict | undefined>;
}

const storage = new AsyncLocalStorage<Ticket>();

export function currentTicket(): Ticket | undefined {
  return storage.getStore();
}

export function runWithTicket<T>(ticket: Ticket, fn: () => T): T {
  return storage.run(ticket, fn);
}
