// A tool whose operation failed answers `isError: true` with the GraphQL error's code and source, and
// what still answered; the session goes on.
import type { GraphQLErrorJson, OperationResult } from '../lib/operation-client.js';
import type { QuestionError, QuestionErrorKind } from '../questions/question-error.js';

export class ToolFailure extends Error {
  constructor(
    message: string,
    readonly errors: readonly GraphQLErrorJson[],
    /** What the operation still answered, when anything. */
    readonly partial?: unknown,
  ) {
    super(message);
  }

  /** The text of the error result: what failed, its codes and sources, and what still answered. */
  describe(): string {
    const failures = this.errors.map((e) => ({
      message: e.message,
      code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      ...(e.extensions?.source ? { source: e.extensions.source } : {}),
      ...(e.path ? { path: e.path.join('.') } : {}),
    }));
    return JSON.stringify({ error: this.message, failures, ...(this.partial !== undefined ? { answered: this.partial } : {}) });
  }
}

/**
 * The field a tool is about. Errors on it (or on the platforms it needed) become a ToolFailure that
 * keeps the rest of the answer; `notFound` says what is missing when nothing failed but nothing came.
 */
export function required<T, F>(result: OperationResult<T>, field: (data: T) => F | null | undefined, notFound: string): F {
  const value = result.data ? field(result.data) : undefined;
  if (value === null || value === undefined) {
    throw new ToolFailure(
      result.errors[0]?.message ?? notFound,
      result.errors.length ? result.errors : [notFoundError(notFound)],
      result.data ?? undefined,
    );
  }
  return value;
}

/** Partial failures (a platform down while others answered) fail the tool too, saying what answered. */
export function complete<T>(result: OperationResult<T>, what: string): T {
  if (!result.data || result.errors.length) {
    throw new ToolFailure(`${what}: ${result.errors[0]?.message ?? 'no answer'}`, result.errors, result.data ?? undefined);
  }
  return result.data;
}

function notFoundError(message: string): GraphQLErrorJson {
  return { message, extensions: { code: 'NOT_FOUND' } };
}

/** The tool error of a question that could not be answered (query_anime): its GraphQL errors, or a code saying why. */
export function failureOfQuestion(error: QuestionError): ToolFailure {
  if (error.kind === 'graphql') return new ToolFailure(error.message, error.errors);
  const extensions = { code: QUESTION_CODES[error.kind], ...(error.details ? { details: error.details } : {}) };
  return new ToolFailure(error.message, [{ message: error.message, extensions }]);
}

const QUESTION_CODES: Record<Exclude<QuestionErrorKind, 'graphql'>, string> = {
  not_found: 'NOT_FOUND',
  invalid: 'BAD_USER_INPUT',
  not_available: 'NOT_AVAILABLE_YET',
};
