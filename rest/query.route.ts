// POST /api/query: a question in words (or already structured), answered by questions/ask.ts; REST only
// checks the body and says failures with its statuses.
import type { RunOperation } from '../lib/operation-client.js';
import { ask, type AskDependencies } from '../questions/ask.js';
import { QuestionError } from '../questions/question-error.js';
import { queryResponseSchema, type QueryResponse } from '../questions/schema.js';
import { RestError } from './errors.js';
import { errorFromGraphQL } from './graphql-errors.js';
import { queryBodySchema, type QueryBody } from './query.schema.js';
import { defineRoute } from './route.js';

export function queryRoute(dependencies: AskDependencies) {
  return defineRoute({
    method: 'POST',
    path: '/api/query',
    tag: 'Query',
    summary: 'Ask for anime in words',
    description:
      'The question is understood (intent, titles, tags, years, kinds, studios, score, schedule) and answered by the operations of its intent. ' +
      'A `session_id` makes the next question a follow-up of this one.',
    body: queryBodySchema,
    response: () => queryResponseSchema,
    handle: (run, { body, correlationId, started }) => answerQuery(run, body, { ...dependencies, correlationId, started }),
  });
}

async function answerQuery(run: RunOperation, body: QueryBody, context: Parameters<typeof ask>[2]): Promise<QueryResponse> {
  if (body.image !== undefined) {
    throw new RestError(422, 'NOT_AVAILABLE_YET', 'Image search does not exist yet; send the query as text without `image`.', {
      feature: 'image',
    });
  }
  const { query, options, session_id: sessionId } = body;
  try {
    return await ask(run, { query, limit: options.limit, fields: options.fields, enhance: options.enhance, sessionId }, context);
  } catch (error) {
    throw error instanceof QuestionError ? restErrorOf(error) : error;
  }
}

function restErrorOf(error: QuestionError): RestError {
  switch (error.kind) {
    case 'graphql':
      return errorFromGraphQL(error.errors);
    case 'not_found':
      return new RestError(404, 'NOT_FOUND', error.message, error.details);
    case 'invalid':
      return new RestError(422, 'VALIDATION_FAILED', error.message, error.details);
    case 'not_available':
      return new RestError(422, 'NOT_AVAILABLE_YET', error.message, error.details);
  }
}
