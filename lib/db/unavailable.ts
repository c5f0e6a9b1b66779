// A database that does not answer (PostgreSQL restarting, a connection cut) is not a bug: the request
// fails with DATABASE_UNAVAILABLE, and the next one after the database is back works.
import { DrizzleQueryError } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { errorExtensions } from '../errors.js';

/** Node's socket errors, and PostgreSQL's connection exceptions (class 08) and shutdown states (57P0x). */
const UNAVAILABLE_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|08\w{3}|57P0[1-3])$/;
const UNAVAILABLE_MESSAGES =
  /connection terminated|connection (?:is )?(?:closed|ended)|timeout exceeded when trying to connect|the database system is (?:starting up|shutting down)/i;

/** The database could not be opened (connected to and migrated). */
export class DatabaseOpenError extends Error {
  constructor(cause: unknown) {
    super(`AniGraph's database could not be opened: ${(cause as Error)?.message ?? cause}`, { cause });
  }
}

/**
 * Whether `error` is AniGraph's database out of reach: it could not be opened, or a query (drizzle's
 * DrizzleQueryError) failed on a lost connection. Another service's socket error (Qdrant, Redis) is not this.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseOpenError) return true;
  return error instanceof DrizzleQueryError && isConnectionLost(error);
}

/** Whether a PostgreSQL query failed because the server could not be reached, or went away (in its cause chain). */
export function isConnectionLost(error: unknown): boolean {
  let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.test(e.code)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE = "AniGraph's database is not answering right now; retry in a moment.";

export function databaseUnavailableError(error: GraphQLError): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    nodes: error.nodes,
    path: error.path,
    extensions: errorExtensions('DATABASE_UNAVAILABLE'),
  });
}
