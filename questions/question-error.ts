// Why a question could not be answered, for each facade to say its way (REST a status and error
// body, MCP a tool error): the GraphQL errors behind it, or what the question lacks.
import type { GraphQLErrorJson } from '../lib/operation-client.js';

export type QuestionErrorKind = 'graphql' | 'not_found' | 'invalid' | 'not_available';

export class QuestionError extends Error {
  constructor(
    readonly kind: QuestionErrorKind,
    message: string,
    readonly details?: Record<string, unknown>,
    /** kind graphql: the errors of the operation that had nothing to show. */
    readonly errors: readonly GraphQLErrorJson[] = [],
  ) {
    super(message);
  }

  static fromGraphQL(errors: readonly GraphQLErrorJson[]): QuestionError {
    return new QuestionError('graphql', errors[0]?.message ?? 'The operation answered nothing.', undefined, errors);
  }
}
