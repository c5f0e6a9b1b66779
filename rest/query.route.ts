// POST /api/query: a request in words (or already structured) -> UnderstandQuery -> the operations of
// its intent -> anime summaries with what was understood, timings, sources and follow-ups.
import { UnderstandQueryDocument } from '../gateway/operations.generated.js';
import type { ConversationStore } from './conversations.js';
import { RestError } from './errors.js';
import { followUp } from './follow-up.js';
import type { RunOperation } from '../lib/operation-client.js';
import { errorFromGraphQL } from './graphql-errors.js';
import { answerIntent } from './intents.js';
import { LLM_NOT_CALLED } from './llm/llm-report.js';
import { wantsRefinement, type LlmRefiner } from './llm/refiner.js';
import { fromUnderstanding } from './parameters.js';
import {
  queryBodySchema,
  queryResponseSchema,
  type Intent,
  type LlmReport,
  type Parameters,
  type QueryBody,
  type QueryResponse,
} from './query.schema.js';
import { pickFields } from './results.js';
import { defineRoute } from './route.js';
import { suggestionsFor } from './suggestions.js';

/** How many results of an answer a session keeps ("like the fifth one" is the furthest reached for). */
const KEPT_RESULTS = 10;

export interface QueryRouteDependencies {
  conversations: ConversationStore;
  /** The optional language model; undefined when none is configured. */
  llm?: LlmRefiner;
}

export function queryRoute({ conversations, llm }: QueryRouteDependencies) {
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
    handle: (run, { body, correlationId, started }) => answerQuery(run, body, { correlationId, started, conversations, llm }),
  });
}

async function answerQuery(
  run: RunOperation,
  body: QueryBody,
  { correlationId, started, conversations, llm }: QueryRouteDependencies & { correlationId: string; started: number },
): Promise<QueryResponse> {
  if (body.image !== undefined) {
    throw new RestError(422, 'NOT_AVAILABLE_YET', 'Image search does not exist yet; send the query as text without `image`.', {
      feature: 'image',
    });
  }

  let parameters: Parameters & { intent: Intent };
  let queryText: string | undefined;
  let carriedOver: string[] = [];
  const followUpWarnings: string[] = [];
  const llmWarnings: string[] = [];
  let llmReport: LlmReport = LLM_NOT_CALLED;
  if (typeof body.query === 'string') {
    queryText = body.query;
    const understood = await run(UnderstandQueryDocument, { text: body.query });
    if (!understood.data) throw errorFromGraphQL(understood.errors);
    parameters = fromUnderstanding(understood.data.understandQuery);
    // The model reads the request on its own, as the parser did; a follow-up is merged after.
    if (llm && wantsRefinement(body.options.enhance, parameters)) {
      const refined = await llm.refine(body.query, parameters);
      ({ parameters, llm: llmReport } = refined);
      llmWarnings.push(...refined.warnings);
    } else if (!llm && body.options.enhance === true) {
      llmWarnings.push('options.enhance: no language model is configured (LLM_BASE_URL, LLM_MODEL); the parser understood the query.');
    }
    const kept = body.session_id === undefined ? undefined : await conversations.get(body.session_id);
    if (kept) {
      const merged = followUp(kept, parameters, body.query);
      ({ parameters, carriedOver } = merged);
      followUpWarnings.push(...merged.warnings);
      // The follow-up's words were read against the last answer: searching them as they are would undo the merge.
      if (carriedOver.length) queryText = undefined;
    }
  } else {
    // A structured query says all it wants: it is kept for the next follow-up, and merged with nothing.
    parameters = { ...body.query, intent: body.query.intent ?? 'search' };
  }
  const understood = performance.now();

  const answer = await answerIntent(run, { intent: parameters.intent, parameters, queryText, limit: body.options.limit });
  const fetched = performance.now();
  if (body.session_id !== undefined) {
    const results = answer.results
      .slice(0, KEPT_RESULTS)
      .map((r) => (typeof r.title === 'string' ? { id: r.id, title: r.title } : { id: r.id }));
    await conversations.set(body.session_id, { parameters, results });
  }

  const extensionWarnings = answer.extensions.warnings;
  return {
    results: pickFields(answer.results, body.options.fields),
    metadata: {
      intent: parameters.intent,
      parameters,
      timings: { understand_ms: ms(understood - started), fetch_ms: ms(fetched - understood), total_ms: ms(performance.now() - started) },
      sources: answer.sources,
      cache: isRecord(answer.extensions.responseCache) ? answer.extensions.responseCache : {},
      warnings: [
        ...llmWarnings,
        ...(Array.isArray(extensionWarnings) ? extensionWarnings.map(String) : []),
        ...answer.partialErrors,
        ...followUpWarnings,
      ],
      correlation_id: correlationId,
      carried_over: carriedOver,
      llm: llmReport,
    },
    suggestions: suggestionsFor(parameters.intent, parameters, answer.results),
    conversation_id: body.session_id ?? null,
  };
}

const ms = (value: number) => Math.round(value * 100) / 100;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
