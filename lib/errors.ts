// Errors classified where they happen; each becomes a GraphQL error with extensions.code.
import { GraphQLError } from 'graphql';

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class ServiceNotReadyError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'SERVICE_NOT_READY' } });
  }
}
