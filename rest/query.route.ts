// POST /api/query: a question in words (or already structured), answered by questions/ask.ts; REST only
// checks the body and says failures with its statuses.
import type { RunOperation } from '../lib/operation-client.js';
import { ask, type AskDependencies } from '../questions/ask.js';
import { QuestionError } from '../questions/question-error.js';
import { queryResponseSchema, type QueryResponse } from '../questions/schema.js';
import { RestError } from './errors.js';
import { errorFromGraphQL } from './graphql-errors.js';
import { imageFromText, pictureIn } from './image-input.js';
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
      'A `session_id` makes the next question a follow-up of this one. An `image` is searched with a search question ' +
      '(blended with its words, or alone with its criteria); the body may then be larger than REST_MAX_BODY by the picture.',
    body: queryBodySchema,
    picture: pictureIn,
    response: () => queryResponseSchema,
    handle: (run, { body, correlationId, started }) => answerQuery(run, body, { ...dependencies, correlationId, started }),
  });
}

async function answerQuery(run: RunOperation, body: QueryBody, context: Parameters<typeof ask>[2]): Promise<QueryResponse> {
  const { query, image, image_weight: imageWeight, options, session_id: sessionId } = body;
  const question = {
    // A picture alone is a search with nothing else asked.
    query: query ?? {},
    limit: options.limit,
    fields: options.fields,
    enhance: options.enhance,
    sessionId,
    ...(image !== undefined ? { image: imageFromText(image), imageWeight } : {}),
  };
  try {
    return await ask(run, question, context);
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
