// Errors classified where they happen; each becomes a GraphQL error whose extensions.code is one of
// the catalog's (lib/error-codes.ts).
import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-codes.js';

/** The extensions of an error with `code`, and what else it says. */
export function errorExtensions(code: ErrorCode, more: Record<string, unknown> = {}): Record<string, unknown> {
  return { code, ...more };
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: errorExtensions('BAD_USER_INPUT', argument ? { argument } : {}) });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: errorExtensions('NOT_FOUND') });
  }
}

export class ServiceNotReadyError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: errorExtensions('SERVICE_NOT_READY') });
  }
}
