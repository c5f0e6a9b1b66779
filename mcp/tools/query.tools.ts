// query_anime: a request in words, answered by the same pipeline as REST's POST /api/query (questions/ask.ts),
// follow-ups included.
import { z } from 'zod';
import type { RunOperation } from '../../lib/operation-client.js';
import { ask } from '../../questions/ask.js';
import { QuestionError } from '../../questions/question-error.js';
import { queryResponseSchema, type QueryResponse } from '../../questions/schema.js';
import { failureOfQuestion } from '../tool-errors.js';
import { defineTool } from '../tool.js';
import { animeLine } from './text.js';

/** Understanding the words, then the operation of the intent: every intent runs one. */
const STEPS = 2;

export const queryAnimeTool = defineTool({
  name: 'query_anime',
  title: 'Ask for anime in words',
  description:
    'A request in words ("dramas from the 2000s", "like Attack on Titan", "when does One Piece air next", "compare ratings of Frieren") is understood ' +
    '(intent, titles, tags, years, kinds, studios, score, schedule) and answered by the operations of its intent. ' +
    'With a session_id, the next request refines this answer ("only movies", "more like the second one").',
  input: z.strictObject({
    query: z.string().trim().min(1).max(500).describe('The request in words, 1 to 500 characters.'),
    session_id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,128}$/, '1 to 128 letters, digits, _ or -')
      .optional()
      .describe('Conversation to continue: a follow-up refines the last answer of the same session (for CONVERSATION_TTL).'),
    limit: z.number().int().min(1).max(50).default(10).describe('Results wanted, 1 to 50.'),
    enhance: z
      .boolean()
      .optional()
      .describe(
        'Language model (when the server has one): true asks it to refine the understanding, false never; ' +
          'left out, it is asked when the parser left words it could not place.',
      ),
  }),
  output: () => queryResponseSchema,
  async handle(run, { query, session_id: sessionId, limit, enhance }, context) {
    let done = 0;
    const counted: RunOperation = async (document, variables) => {
      const result = await run(document, variables);
      done = Math.min(done + 1, STEPS);
      await context.progress(done, STEPS, done === 1 ? 'understood' : 'answered');
      return result;
    };
    try {
      const answer = await ask(
        counted,
        { query, limit, enhance, sessionId },
        { ...context.questions, correlationId: context.correlationId, started: performance.now() },
      );
      return { structured: answer, text: answerText(answer) };
    } catch (error) {
      throw error instanceof QuestionError ? failureOfQuestion(error) : error;
    }
  },
});

function answerText({ results, metadata, suggestions }: QueryResponse): string {
  const { intent, parameters, carried_over: carriedOver, warnings } = metadata;
  const understood = Object.entries(parameters)
    .filter(([key]) => key !== 'intent')
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  return [
    `Understood: ${intent}${understood.length ? `, ${understood.join(', ')}` : ''}${carriedOver.length ? ` (kept from the last answer: ${carriedOver.join(', ')})` : ''}.`,
    results.length ? `${results.length} result${results.length === 1 ? '' : 's'}:` : 'No results.',
    ...results.map((r, i) => `${i + 1}. ${animeLine(r as Parameters<typeof animeLine>[0])}`),
    ...warnings.map((w) => `Warning: ${w}`),
    ...(suggestions.length ? [`You could ask: ${suggestions.join(' / ')}`] : []),
  ].join('\n');
}
