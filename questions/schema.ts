// A question's answer, as every facade gives it (REST /api/query, MCP query_anime). `parameters` is a
// contract (issue 12): the names a structured query uses, and those the answer reports what was
// understood with.
import { z } from 'zod';
import type { AnimeStatus, AnimeType, ImageInput, Season } from '../lib/operations.generated.js';

export const INTENTS = [
  'search',
  'similar',
  'details',
  'schedule',
  'recommendations',
  'compare_ratings',
  'seasonal',
  'top',
  'random',
] as const;
export type Intent = (typeof INTENTS)[number];

// The catalog's own kinds (its type has no MUSIC: the release format files music videos under other types).
const ANIME_TYPES = ['TV', 'MOVIE', 'OVA', 'ONA', 'SPECIAL', 'UNKNOWN'] as const satisfies readonly AnimeType[];
const STATUSES = ['FINISHED', 'ONGOING', 'UPCOMING', 'UNKNOWN'] as const satisfies readonly AnimeStatus[];
const SEASONS = ['WINTER', 'SPRING', 'SUMMER', 'FALL'] as const satisfies readonly Season[];

const year = z.number().int().min(1900).max(2100);
const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);
const tag = z.string().trim().min(1).max(100).toLowerCase();

export const parametersSchema = z
  .strictObject({
    intent: z
      .preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(INTENTS))
      .optional()
      .describe('What kind of answer is asked for; search when left out.'),
    text: z.string().trim().min(1).max(500).optional().describe('Words to search the titles and stories with.'),
    similarTo: z
      .array(z.strictObject({ id: z.string().min(1).max(64), title: z.string().max(500).optional() }))
      .max(20)
      .optional()
      .describe('AniGraph ids of the anime to be like (similar), liked (recommendations) or asked about.'),
    years: z
      .strictObject({ from: year.optional(), to: year.optional() })
      .optional()
      .describe('First-air years, inclusive; either end may be left out.'),
    season: z
      .strictObject({ year, season: z.preprocess(upper, z.enum(SEASONS)) })
      .optional()
      .describe('One season of one year.'),
    types: z
      .array(z.preprocess(upper, z.enum(ANIME_TYPES)))
      .max(6)
      .optional()
      .describe('Any of these kinds of release.'),
    tagsInclude: z.array(tag).max(30).optional().describe('Catalog tags the anime should have, any of them (lower case).'),
    tagsExclude: z.array(tag).max(30).optional().describe('Catalog tags the anime must not have (lower case).'),
    episodes: z
      .strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
      .optional()
      .describe('Number of episodes, inclusive.'),
    studios: z.array(z.string().trim().min(1).max(100)).max(20).optional().describe('Made by any of these studios.'),
    minScore: z.number().min(0).max(10).optional().describe('Lowest catalog score (0-10).'),
    status: z
      .array(z.preprocess(upper, z.enum(STATUSES)))
      .max(4)
      .optional()
      .describe('Any of these airing statuses.'),
    timezone: z.string().min(1).max(64).optional().describe('IANA time zone for schedules, such as Asia/Tokyo.'),
  })
  .describe('A query already understood: the same names as metadata.parameters; no parsing is done.');

export type Parameters = z.infer<typeof parametersSchema>;

// metadata.llm: snake_case like the rest of the metadata; tokens null when no call was made (or the
// server reported no usage).
const llmTokens = z.number().int().min(0).nullable();

export const llmReportSchema = z
  .object({
    used: z.boolean().describe('Whether the language model answered with valid parameters, merged into metadata.parameters.'),
    model: z.string().nullable().describe('LLM_MODEL, when the model was asked.'),
    prompt_tokens: llmTokens.describe("Tokens of the prompt, from the model server's usage."),
    completion_tokens: llmTokens.describe("Tokens of the answer, from the model server's usage."),
    total_tokens: llmTokens,
    refined: z.array(z.string()).optional().describe("The parameters the model's answer set or replaced."),
    fallback: z
      .string()
      .optional()
      .describe(
        "Why the parser's understanding was kept although the model was asked (timeout, HTTP error, invalid answer, breaker open, token budget).",
      ),
  })
  .describe('The optional language model (LLM_BASE_URL, LLM_MODEL) and its cost for this answer.');

export type LlmReport = z.infer<typeof llmReportSchema>;

const sourceSchema = z.object({ name: z.string(), state: z.string().describe('OK, or why the source was not used.') });
export type Source = z.infer<typeof sourceSchema>;

const resultSchema = z
  .looseObject({ id: z.string().describe('The AniGraph id.') })
  .describe(
    'An anime summary (id, title, type, episodes, status, season, year, picture, score, tags) with what the intent adds: ' +
      'relevance and matched_name (search), reasons and shared_tags (similar, recommendations), airing times (schedule), ' +
      'platform_scores (compare_ratings).',
  );
/** One result: an anime with what the intent adds (relevance, reasons, airing, ratings). */
export type Result = z.infer<typeof resultSchema>;

export const queryResponseSchema = z.object({
  results: z.array(resultSchema),
  metadata: z.object({
    intent: z.enum(INTENTS),
    parameters: parametersSchema.describe('What was understood: the contract a structured query uses too.'),
    timings: z.object({ understand_ms: z.number(), fetch_ms: z.number(), total_ms: z.number() }),
    sources: z.array(sourceSchema),
    cache: z.record(z.string(), z.unknown()).describe("The gateway's response cache for the operations (hit, ttl)."),
    warnings: z.array(z.string()),
    correlation_id: z.string(),
    carried_over: z
      .array(z.string())
      .describe("The parameters taken from the session's last answer (a follow-up), in the order of `parameters`."),
    llm: llmReportSchema,
  }),
  suggestions: z.array(z.string()).describe('Follow-up questions that would narrow or widen this answer.'),
  conversation_id: z.string().nullable().describe('The session_id, when one was given.'),
});

export type QueryResponse = z.output<typeof queryResponseSchema>;

/** What is asked: words (understood, then maybe refined and merged with the session), or parameters. */
export interface Question {
  query: string | Parameters;
  limit: number;
  /** Only these keys of each result (id always). */
  fields?: readonly string[];
  /** Ask the language model: true always, false never, undefined when the parser left words. */
  enhance?: boolean;
  sessionId?: string;
  /** A picture to search by (search questions only); not kept with the session. */
  image?: ImageInput;
  /** The picture's share of a blended ranking, 0 to 1. */
  imageWeight?: number;
}
