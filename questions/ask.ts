// A question in words (or already structured) -> UnderstandQuery -> maybe the language model -> merged
// with the session's last answer -> the operations of its intent -> anime summaries with what was
// understood, timings, sources and follow-ups. What REST's /api/query and MCP's query_anime answer.
import { UnderstandQueryDocument } from '../lib/operations.generated.js';
import type { RunOperation } from '../lib/operation-client.js';
import type { ConversationStore } from './conversations.js';
import { followUp } from './follow-up.js';
import { answerIntent } from './intents.js';
import { LLM_NOT_CALLED } from './llm/llm-report.js';
import { wantsRefinement, type LlmRefiner } from './llm/refiner.js';
import { fromUnderstanding } from './parameters.js';
import { QuestionError } from './question-error.js';
import { pickFields } from './results.js';
import type { Intent, LlmReport, Parameters, Question, QueryResponse } from './schema.js';
import { suggestionsFor } from './suggestions.js';

/** How many results of an answer a session keeps ("like the fifth one" is the furthest reached for). */
const KEPT_RESULTS = 10;

export interface AskDependencies {
  conversations: ConversationStore;
  /** The optional language model; undefined when none is configured. */
  llm?: LlmRefiner;
}

/** Answers a question with the operations of its intent, through `run`. */
export async function ask(
  run: RunOperation,
  question: Question,
  { correlationId, started, conversations, llm }: AskDependencies & { correlationId: string; started: number },
): Promise<QueryResponse> {
  let parameters: Parameters & { intent: Intent };
  let queryText: string | undefined;
  let carriedOver: string[] = [];
  const followUpWarnings: string[] = [];
  const llmWarnings: string[] = [];
  let llmReport: LlmReport = LLM_NOT_CALLED;
  if (typeof question.query === 'string') {
    queryText = question.query;
    const understood = await run(UnderstandQueryDocument, { text: question.query });
    if (!understood.data) throw QuestionError.fromGraphQL(understood.errors);
    parameters = fromUnderstanding(understood.data.understandQuery);
    // The model reads the request on its own, as the parser did; a follow-up is merged after.
    if (llm && wantsRefinement(question.enhance, parameters)) {
      const refined = await llm.refine(question.query, parameters);
      ({ parameters, llm: llmReport } = refined);
      llmWarnings.push(...refined.warnings);
    } else if (!llm && question.enhance === true) {
      llmWarnings.push('enhance: no language model is configured (LLM_BASE_URL, LLM_MODEL); the parser understood the query.');
    }
    const kept = question.sessionId === undefined ? undefined : await conversations.get(question.sessionId);
    if (kept) {
      const merged = followUp(kept, parameters, question.query);
      ({ parameters, carriedOver } = merged);
      followUpWarnings.push(...merged.warnings);
      // The follow-up's words were read against the last answer: searching them as they are would undo the merge.
      if (carriedOver.length) queryText = undefined;
    }
  } else {
    // A structured query says all it wants: it is kept for the next follow-up, and merged with nothing.
    parameters = { ...question.query, intent: question.query.intent ?? 'search' };
  }
  const understood = performance.now();

  const { image, imageWeight } = question;
  const answer = await answerIntent(run, { intent: parameters.intent, parameters, queryText, limit: question.limit, image, imageWeight });
  const fetched = performance.now();
  if (question.sessionId !== undefined) {
    const results = answer.results
      .slice(0, KEPT_RESULTS)
      .map((r) => (typeof r.title === 'string' ? { id: r.id, title: r.title } : { id: r.id }));
    await conversations.set(question.sessionId, { parameters, results });
  }

  const extensionWarnings = answer.extensions.warnings;
  return {
    results: pickFields(answer.results, question.fields),
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
    conversation_id: question.sessionId ?? null,
  };
}

const ms = (value: number) => Math.round(value * 100) / 100;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
