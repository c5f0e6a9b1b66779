// Every environment variable AniGraph reads, validated once at start-up (README lists them all).
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = z.url({ protocol: /^https?$/ });

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
/** "7d", "6h", "30m", "45s" or a number of seconds -> seconds. */
const duration = z.string().transform((text, ctx) => {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/.exec(text);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration like 30m, 6h or 7d` });
    return z.NEVER;
  }
  return Number(match[1]) * DURATION_UNITS[match[2] || 's'];
});

/** "3/s,60/min": requests per window. */
const rate = z
  .string()
  .refine((text) => /^\s*\d+\s*\/\s*\d*\s*(ms|s|sec|m|min|h)\s*(,\s*\d+\s*\/\s*\d*\s*(ms|s|sec|m|min|h)\s*)*$/.test(text), {
    message: 'expected a rate like "3/s" or "3/s,60/min"',
  });

/** "5/30s": consecutive failures that open a breaker, and how long it stays open. */
const breaker = z.string().transform((text, ctx) => {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*(ms|s|m)\s*$/.exec(text);
  if (!match || Number(match[1]) < 1) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a breaker setting like 5/30s (failures / open time)` });
    return z.NEVER;
  }
  return { failures: Number(match[1]), resetMs: Number(match[2]) * { ms: 1, s: 1000, m: 60_000 }[match[3] as 'ms' | 's' | 'm'] };
});

export const RELEASE_URL =
  'https://github.com/manami-project/anime-offline-database/releases/download/latest/anime-offline-database-minified.json';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ANIME_DB_PATH: z.string().default('data/anime-offline-database-minified.json'),
  ANIME_DB_URL: url.default(RELEASE_URL),
  ANIME_SYNOPSES_PATH: z.string().optional(),
  CATALOG_AUTO_DOWNLOAD: bool.default(true),
  DOWNLOAD_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  CATALOG_SUBGRAPH_URL: url.optional(),
  CATALOG_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(5_000),
  GRAPHIQL: bool.default(true),
  SEMANTIC_SEARCH: bool.default(true),
  EMBEDDING_MODEL: z.string().min(1).default('Xenova/all-MiniLM-L6-v2'),
  MODEL_DIR: z.string().optional(),
  EMBEDDING_DTYPE: z.enum(['q8', 'fp32', 'fp16', 'int8', 'uint8', 'q4']).default('q8'),
  EMBEDDING_MAX_TOKENS: z.coerce.number().int().min(16).max(8192).default(256),
  EMBEDDING_WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  VECTOR_CACHE_DIR: z.string().default('data/vectors'),
  QDRANT_URL: url.optional(),
  QDRANT_COLLECTION: z
    .string()
    .regex(/^[\w-]+$/)
    .default('anigraph_anime'),
  QDRANT_API_KEY: z.string().optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  PLATFORMS_SUBGRAPH_URL: url.optional(),
  PLATFORMS_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  JIKAN_BASE_URL: url.default('https://api.jikan.moe/v4'),
  ANILIST_URL: url.default('https://graphql.anilist.co'),
  KITSU_BASE_URL: url.default('https://kitsu.app/api/edge'),
  ANIDB_BASE_URL: url.default('http://api.anidb.net:9001/httpapi'),
  ANIMESCHEDULE_BASE_URL: url.default('https://animeschedule.net/api/v3'),
  ANIDB_CLIENT: z
    .string()
    .regex(/^[a-z0-9]+$/, 'a registered AniDB client name (lower-case letters and digits)')
    .optional(),
  ANIDB_CLIENT_VERSION: z.coerce.number().int().min(1).optional(),
  ANIMESCHEDULE_TOKEN: z.string().min(1).optional(),
  JIKAN_RATE_LIMIT: rate.default('3/s,60/min'),
  ANILIST_RATE_LIMIT: rate.default('30/min'),
  KITSU_RATE_LIMIT: rate.default('2/s'),
  ANIDB_RATE_LIMIT: rate.default('1/2s'),
  ANIMESCHEDULE_RATE_LIMIT: rate.default('120/min'),
  JIKAN_BREAKER: breaker.default({ failures: 5, resetMs: 30_000 }),
  ANILIST_BREAKER: breaker.default({ failures: 3, resetMs: 20_000 }),
  KITSU_BREAKER: breaker.default({ failures: 8, resetMs: 60_000 }),
  ANIDB_BREAKER: breaker.default({ failures: 3, resetMs: 60_000 }),
  ANIMESCHEDULE_BREAKER: breaker.default({ failures: 5, resetMs: 30_000 }),
  PLATFORM_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  PLATFORM_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  PLATFORM_MAX_QUEUE_MS: z.coerce.number().int().positive().default(10_000),
  PLATFORM_MAX_RETRY_AFTER_MS: z.coerce.number().int().min(0).default(5_000),
  PLATFORM_USER_AGENT: z.string().min(1).default('AniGraph/0.1 (anime discovery API)'),
  CACHE_TTL_ANIME_DETAILS: duration.default(7 * 86_400),
  CACHE_TTL_API_RESPONSES: duration.default(6 * 3600),
  CACHE_TTL_SCHEDULES: duration.default(3600),
  CACHE_TTL_STREAMING_LINKS: duration.default(30 * 60),
  CACHE_MAX_STALE: duration.default(86_400),
  CACHE_L1_MAX_ENTRIES: z.coerce.number().int().min(1).default(5_000),
  RESPONSE_CACHE_TTL: duration.default(300),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(2_000),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses `env` (process.env by default); throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
