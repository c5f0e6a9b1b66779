// POST /api/query: a request in words (or already structured) -> UnderstandQuery -> the operations of
// its intent -> anime summaries with what was understood, timings, sources and follow-ups.
import { UnderstandQueryDocument } from '../gateway/operations.generated.js';
import { RestError } from './errors.js';
import { errorFromGraphQL, type RunOperation } from './graphql-client.js';
import { answerIntent } from './intents.js';
import { fromUnderstanding } from './parameters.js';
import { queryBodySchema, type Intent, type Parameters, type QueryResponse } from './query.schema.js';
import { pickFields } from './results.js';
import { suggestionsFor } from './suggestions.js';
import { validationError } from './validation.js';

export async function handleQuery(run: RunOperation, rawBody: unknown, correlationId: string): Promise<QueryResponse> {
  const started = performance.now();
  const parsed = queryBodySchema.safeParse(rawBody);
  if (!parsed.success) throw validationError(parsed.error);
  const body = parsed.data;
  if (body.image !== undefined) {
    throw new RestError(422, 'NOT_AVAILABLE_YET', 'Image search does not exist yet; send the query as text without `image`.', {
      feature: 'image',
    });
  }

  let parameters: Parameters & { intent: Intent };
  let queryText: string | undefined;
  if (typeof body.query === 'string') {
    queryText = body.query;
    const understood = await run(UnderstandQueryDocument, { text: body.query });
    if (!understood.data) throw errorFromGraphQL(understood.errors);
    parameters = fromUnderstanding(understood.data.understandQuery);
  } else {
    parameters = { ...body.query, intent: body.query.intent ?? 'search' };
  }
  const understood = performance.now();

  const answer = await answerIntent(run, { intent: parameters.intent, parameters, queryText, limit: body.options.limit });
  const fetched = performance.now();

  const extensionWarnings = answer.extensions.warnings;
  return {
    results: pickFields(answer.results, body.options.fields),
    metadata: {
      intent: parameters.intent,
      parameters,
      timings: { understand_ms: ms(understood - started), fetch_ms: ms(fetched - understood), total_ms: ms(performance.now() - started) },
      sources: answer.sources,
      cache: isRecord(answer.extensions.responseCache) ? answer.extensions.responseCache : {},
      warnings: [...(Array.isArray(extensionWarnings) ? extensionWarnings.map(String) : []), ...answer.partialErrors],
      correlation_id: correlationId,
    },
    suggestions: suggestionsFor(parameters.intent, parameters, answer.results),
    conversation_id: null,
  };
}

const ms = (value: number) => Math.round(value * 100) / 100;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
