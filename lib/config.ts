// Every environment variable AniGraph reads, validated once at start-up (README lists them all).
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { encodedPictureBytes } from './images/encoded-size.js';
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

/** "20%" or 0.2 -> 0.2; a share from 0 to 1. */
const share = z.string().transform((text, ctx) => {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
  if (!(value >= 0 && value <= 1)) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a share like 20% or 0.2 (0 to 100%)` });
    return z.NEVER;
  }
  return value;
});

/** "30/10s": a burst of requests per window (s, m or h). */
const burst = z.string().transform((text, ctx) => {
  const match = /^\s*(\d+)\s*\/\s*(\d*)\s*(s|m|min|h)\s*$/.exec(text);
  if (!match || Number(match[1]) < 1) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a rate like 30/10s (requests / window)` });
    return z.NEVER;
  }
  return {
    points: Number(match[1]),
    seconds: Number(match[2] || 1) * { s: 1, m: 60, min: 60, h: 3600 }[match[3] as 's' | 'm' | 'min' | 'h'],
  };
});

/** "a, b": distinct model ids, in order. */
const modelList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .refine((ids) => ids.length > 0, 'must name at least one model')
  .refine((ids) => new Set(ids).size === ids.length, 'names a model twice');

/** "images.example.org, 10.0.0.5": host names or addresses, lower-cased, without ports or brackets. */
const hostList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((host) =>
        host
          .trim()
          .toLowerCase()
          .replace(/^\[(.*)\]$/, '$1'),
      )
      .filter(Boolean),
  )
  .refine(
    (hosts) => hosts.every((host) => /^[\w.-]+$/.test(host) || isIP(host) === 6),
    'expected host names or addresses separated by commas, without ports',
  );

/** 32 bytes in base64: an AES-256 key. */
const credentialsKey = z.string().refine((text) => Buffer.from(text, 'base64').length === 32, {
  message: 'expected 32 bytes in base64 (openssl rand -base64 32)',
});

/** A daily quota; 0 means unlimited. */
const quota = z.coerce.number().int().min(0);

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
  CATALOG_MAX_SHRINK: share.default(0.2),
  CATALOG_UPDATE_INTERVAL: duration.default(7 * 86_400),
  CATALOG_SUBGRAPH_URL: url.optional(),
  CATALOG_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(5_000),
  GRAPHIQL: bool.default(true),
  METRICS: bool.default(true),
  SEMANTIC_SEARCH: bool.default(true),
  EMBEDDING_MODEL: z.string().min(1).default('Xenova/all-MiniLM-L6-v2'),
  // Several models whose semantic scores are fused (the first also serves similar titles); EMBEDDING_MODEL is the one-model form.
  EMBEDDING_MODELS: modelList.optional(),
  MODEL_DIR: z.string().optional(),
  EMBEDDING_DTYPE: z.enum(['q8', 'fp32', 'fp16', 'int8', 'uint8', 'q4']).default('q8'),
  EMBEDDING_MAX_TOKENS: z.coerce.number().int().min(16).max(8192).default(256),
  // What the model's card (its sentence-transformers files) says, overridden: `none` removes a prefix.
  EMBEDDING_POOLING: z.enum(['MEAN', 'CLS']).optional(),
  EMBEDDING_QUERY_PREFIX: z.string().optional(),
  EMBEDDING_DOCUMENT_PREFIX: z.string().optional(),
  EMBEDDING_WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
  VECTOR_CACHE_DIR: z.string().default('data/vectors'),
  VECTOR_PRECISION: z.enum(['fp32', 'int8']).default('int8'),
  IMAGE_SEARCH: bool.default(true),
  CLIP_MODEL: z.string().min(1).default('Xenova/clip-vit-base-patch32'),
  CLIP_DTYPE: z.enum(['fp32', 'fp16', 'q8']).default('fp32'),
  POSTER_CACHE_DIR: z.string().default('data/posters'),
  POSTER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  // Poster fetches started per second to one site (host and port), one at a time.
  POSTER_HOST_RATE: z.coerce.number().positive().default(10),
  IMAGE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  IMAGE_MAX_PIXELS: z.coerce.number().int().min(1).default(40_000_000),
  // Hosts a user's image URL may name although they resolve to private addresses (an intranet image server).
  IMAGE_FETCH_ALLOW_HOSTS: hostList.optional(),
  IMAGE_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  QDRANT_URL: url.optional(),
  QDRANT_COLLECTION: z
    .string()
    .regex(/^[\w-]+$/)
    .default('anigraph_anime'),
  QDRANT_API_KEY: z.string().optional(),
  // Where the vectors are kept; unset: qdrant with QDRANT_URL, else embedded (resolved by loadConfig).
  VECTOR_STORE: z.enum(['embedded', 'qdrant', 'pgvector']).optional(),
  // The PostgreSQL with pgvector of VECTOR_STORE=pgvector; unset: DATABASE_URL (resolved by loadConfig).
  PGVECTOR_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  // pgvector's own range for hnsw.ef_search.
  PGVECTOR_EF_SEARCH: z.coerce.number().int().min(1).max(1000).default(100),
  PGVECTOR_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PGVECTOR_EXACT: bool.default(false),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  PLATFORMS_SUBGRAPH_URL: url.optional(),
  PLATFORMS_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  SCHEDULES_SUBGRAPH_URL: url.optional(),
  SCHEDULES_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  SCHEDULE_POLL_INTERVAL: duration.default(600),
  USERS_SUBGRAPH_URL: url.optional(),
  USERS_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  ANALYTICS_PORT: z.coerce.number().int().min(0).max(65535).default(4005),
  ANALYTICS_SUBGRAPH_URL: url.optional(),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).default(20),
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
  REST_MAX_BODY: z.coerce.number().int().min(1).default(1_048_576),
  // A picture in base64 (IMAGE_MAX_BYTES, 5 MiB) is 4/3 as long, and the query around it.
  GRAPHQL_MAX_BODY: z.coerce
    .number()
    .int()
    .min(1024)
    .default(8 * 1024 * 1024),
  CONVERSATION_TTL: duration.refine((seconds) => seconds > 0, 'must be longer than 0 s').default(30 * 60),
  // The optional language model of /api/query (OpenAI-compatible chat completions): off without a URL and a model.
  LLM_BASE_URL: url.optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(8_000),
  LLM_MAX_TOKENS_PER_REQUEST: z.coerce.number().int().min(1).default(1_000),
  LLM_BREAKER: breaker.default({ failures: 3, resetMs: 30_000 }),
  MCP_ALLOWED_HOSTS: z
    .string()
    .default('localhost,127.0.0.1,[::1]')
    .transform((text) =>
      text
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    ),
  MCP_SESSION_TTL: duration.refine((seconds) => seconds > 0, 'must be longer than 0 s').default(30 * 60),
  ANIGRAPH_URL: url.optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_DIR: z.string().default('data/db'),
  ADMIN_API_KEY: z.string().min(16, 'at least 16 characters').optional(),
  /** Signs the caller's identity for the subgraphs; a random one per process when unset (fine in one process). */
  GATEWAY_SECRET: z.string().min(16, 'at least 16 characters').optional(),
  /** Behind a proxy: the caller's IP is the first X-Forwarded-For entry (else the socket's address). */
  TRUST_PROXY: bool.default(false),
  /** The per-IP burst bucket: requests per window ("30/10s"). */
  RATE_LIMIT_PER_IP: burst.default({ points: 30, seconds: 10 }),
  // Queries per caller and day, and how many of them may be enhanced (platform fields, the language model); 0: unlimited.
  QUOTA_FREE_QUERIES_PER_DAY: quota.default(100),
  QUOTA_FREE_ENHANCED_PER_DAY: quota.default(10),
  QUOTA_PREMIUM_QUERIES_PER_DAY: quota.default(1_000),
  QUOTA_PREMIUM_ENHANCED_PER_DAY: quota.default(200),
  QUOTA_ENTERPRISE_QUERIES_PER_DAY: quota.default(0),
  QUOTA_ENTERPRISE_ENHANCED_PER_DAY: quota.default(0),
  /** `npm run mcp` (stdio): the API key its calls carry (to ANIGRAPH_URL, or the graph in its own process). */
  ANIGRAPH_API_KEY: z.string().min(1).optional(),
  /** Seals linked accounts' tokens (AES-256-GCM): 32 bytes, base64. Linking is refused without it. */
  CREDENTIALS_KEY: credentialsKey.optional(),
  /** Keys that sealed tokens before CREDENTIALS_KEY (comma-separated, base64): read, never used to seal. */
  CREDENTIALS_PREVIOUS_KEYS: z
    .string()
    .default('')
    .transform((text) =>
      text
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    )
    .pipe(z.array(credentialsKey)),
  /** MyAnimeList's API v2 (linking an account), and the client id it asks for (X-MAL-CLIENT-ID). */
  MAL_API_URL: url.default('https://api.myanimelist.net/v2'),
  MAL_CLIENT_ID: z.string().min(1).optional(),
  /** Records every operation for the analytics subgraph (false: nothing is recorded). */
  ANALYTICS: bool.default(true),
  /** How long analytics events are kept; a daily job deletes older ones. */
  ANALYTICS_RETENTION: duration.refine((seconds) => seconds >= 86_400, 'must be at least 1d').default(90 * 86_400),
  /** Events waiting to be written; when full, new ones are dropped (and counted), never waited for. */
  ANALYTICS_QUEUE_SIZE: z.coerce.number().int().min(1).default(10_000),
  ANALYTICS_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
  ANALYTICS_FLUSH_MS: z.coerce.number().int().min(1).default(1_000),
  /** Webhook URLs may resolve to loopback, private or link-local addresses (tests, a private network). */
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** How long a delivery is retried (exponential backoff) before it is marked failed. */
  WEBHOOK_RETRY_FOR: duration.refine((seconds) => seconds > 0, 'must be longer than 0 s').default(86_400),
});

export type VectorStoreKind = 'embedded' | 'qdrant' | 'pgvector';

export type Config = Omit<z.infer<typeof schema>, 'VECTOR_STORE'> & { VECTOR_STORE: VectorStoreKind };

/** What the platform clients read (lib/platforms), in every part that calls the platforms. */
const PLATFORM_CLIENT_VARIABLES = [
  'REDIS_URL',
  'JIKAN_BASE_URL',
  'ANILIST_URL',
  'KITSU_BASE_URL',
  'ANIDB_BASE_URL',
  'ANIMESCHEDULE_BASE_URL',
  'ANIDB_CLIENT',
  'ANIDB_CLIENT_VERSION',
  'ANIMESCHEDULE_TOKEN',
  'JIKAN_RATE_LIMIT',
  'ANILIST_RATE_LIMIT',
  'KITSU_RATE_LIMIT',
  'ANIDB_RATE_LIMIT',
  'ANIMESCHEDULE_RATE_LIMIT',
  'JIKAN_BREAKER',
  'ANILIST_BREAKER',
  'KITSU_BREAKER',
  'ANIDB_BREAKER',
  'ANIMESCHEDULE_BREAKER',
  'PLATFORM_TIMEOUT_MS',
  'PLATFORM_RETRIES',
  'PLATFORM_MAX_QUEUE_MS',
  'PLATFORM_MAX_RETRY_AFTER_MS',
  'PLATFORM_USER_AGENT',
  'CACHE_TTL_ANIME_DETAILS',
  'CACHE_TTL_API_RESPONSES',
  'CACHE_TTL_SCHEDULES',
  'CACHE_TTL_STREAMING_LINKS',
  'CACHE_MAX_STALE',
  'CACHE_L1_MAX_ENTRIES',
] as const satisfies readonly (keyof Config)[];

/** The burst bucket and the daily quotas: the gateway counts them, the users subgraph reads them (User.usage). */
const QUOTA_VARIABLES = [
  'RATE_LIMIT_PER_IP',
  'QUOTA_FREE_QUERIES_PER_DAY',
  'QUOTA_FREE_ENHANCED_PER_DAY',
  'QUOTA_PREMIUM_QUERIES_PER_DAY',
  'QUOTA_PREMIUM_ENHANCED_PER_DAY',
  'QUOTA_ENTERPRISE_QUERIES_PER_DAY',
  'QUOTA_ENTERPRISE_ENHANCED_PER_DAY',
] as const satisfies readonly (keyof Config)[];

/**
 * Which part of AniGraph reads each variable: a process gets those of the parts it runs (the whole
 * graph in one process reads them all; a container of docker-compose.yml only its own part's).
 */
export const CONFIG_READERS = {
  /** Every server process: the HTTP front and the logs. */
  server: ['HOST', 'LOG_LEVEL'],
  gateway: [
    'PORT',
    'GRAPHIQL',
    'METRICS',
    'MAX_QUERY_DEPTH',
    'MAX_QUERY_COST',
    'RESPONSE_CACHE_TTL',
    'RESPONSE_CACHE_MAX_ENTRIES',
    'CATALOG_SUBGRAPH_URL',
    'PLATFORMS_SUBGRAPH_URL',
    'SCHEDULES_SUBGRAPH_URL',
    'USERS_SUBGRAPH_URL',
    'WS_MAX_SUBSCRIPTIONS_PER_CONNECTION',
    'REST_MAX_BODY',
    'GRAPHQL_MAX_BODY',
    'CONVERSATION_TTL',
    // The conversations of /api/query are kept in Redis when it is set.
    'REDIS_URL',
    'LLM_BASE_URL',
    'LLM_API_KEY',
    'LLM_MODEL',
    'LLM_TIMEOUT_MS',
    'LLM_MAX_TOKENS_PER_REQUEST',
    'LLM_BREAKER',
    'MCP_ALLOWED_HOSTS',
    'MCP_SESSION_TTL',
    // Who is calling: API keys are read from the database, and the caller is signed for the subgraphs.
    'DATABASE_URL',
    'DATABASE_DIR',
    'ADMIN_API_KEY',
    'GATEWAY_SECRET',
    // Who may ask how much: the caller's IP, the burst bucket and the daily quotas of each tier.
    'TRUST_PROXY',
    ...QUOTA_VARIABLES,
    // Every operation recorded for the analytics subgraph, off the request path.
    'ANALYTICS',
    'ANALYTICS_SUBGRAPH_URL',
    'ANALYTICS_QUEUE_SIZE',
    'ANALYTICS_BATCH_SIZE',
    'ANALYTICS_FLUSH_MS',
    // Webhook deliveries: the events are the graph's subscriptions, the outbox is in the database.
    'WEBHOOK_ALLOW_PRIVATE',
    'WEBHOOK_TIMEOUT_MS',
    'WEBHOOK_RETRY_FOR',
  ],
  catalog: [
    'CATALOG_PORT',
    'MAX_PAGE_SIZE',
    'ANIME_DB_PATH',
    'ANIME_DB_URL',
    'ANIME_SYNOPSES_PATH',
    'CATALOG_AUTO_DOWNLOAD',
    'CATALOG_MAX_SHRINK',
    'CATALOG_UPDATE_INTERVAL',
    'DOWNLOAD_TIMEOUT_MS',
    'SEMANTIC_SEARCH',
    'EMBEDDING_MODEL',
    'EMBEDDING_MODELS',
    'MODEL_DIR',
    'EMBEDDING_DTYPE',
    'EMBEDDING_MAX_TOKENS',
    'EMBEDDING_POOLING',
    'EMBEDDING_QUERY_PREFIX',
    'EMBEDDING_DOCUMENT_PREFIX',
    'EMBEDDING_WORKERS',
    'VECTOR_CACHE_DIR',
    'VECTOR_PRECISION',
    'GRAPHQL_MAX_BODY',
    'IMAGE_SEARCH',
    'CLIP_MODEL',
    'CLIP_DTYPE',
    'POSTER_CACHE_DIR',
    'POSTER_CONCURRENCY',
    'POSTER_HOST_RATE',
    'IMAGE_MAX_BYTES',
    'IMAGE_MAX_PIXELS',
    'IMAGE_FETCH_ALLOW_HOSTS',
    'IMAGE_FETCH_TIMEOUT_MS',
    'QDRANT_URL',
    'QDRANT_COLLECTION',
    'QDRANT_API_KEY',
    'VECTOR_STORE',
    'PGVECTOR_URL',
    'PGVECTOR_EF_SEARCH',
    'PGVECTOR_POOL_SIZE',
    'PGVECTOR_EXACT',
    // PGVECTOR_URL's default.
    'DATABASE_URL',
    // Recommendations for a signed-in caller without liked ones: their taste, asked of the users subgraph as the caller.
    'USERS_SUBGRAPH_URL',
    'USERS_PORT',
    'GATEWAY_SECRET',
  ],
  platforms: ['PLATFORMS_PORT', 'MAX_PAGE_SIZE', ...PLATFORM_CLIENT_VARIABLES],
  /** The schedules subgraph: the platforms it reads, and the catalog it asks (by URL when not in its process). */
  schedules: ['SCHEDULES_PORT', 'SCHEDULE_POLL_INTERVAL', 'CATALOG_SUBGRAPH_URL', 'CATALOG_PORT', ...PLATFORM_CLIENT_VARIABLES],
  /** The users subgraph: users and API keys in the database; the caller as the gateway signed it; admin only with ADMIN_API_KEY set. */
  users: [
    'USERS_PORT',
    'DATABASE_URL',
    'DATABASE_DIR',
    'ADMIN_API_KEY',
    'GATEWAY_SECRET',
    'REDIS_URL',
    // Linked accounts: the tokens sealed, and the platforms that vouch for them.
    'CREDENTIALS_KEY',
    'CREDENTIALS_PREVIOUS_KEYS',
    'ANILIST_URL',
    'MAL_API_URL',
    'MAL_CLIENT_ID',
    'PLATFORM_TIMEOUT_MS',
    // User.usage reads the same counters as the gateway's quotas.
    ...QUOTA_VARIABLES,
    // Webhook URLs are checked at registration.
    'WEBHOOK_ALLOW_PRIVATE',
  ],
  /** The analytics subgraph: the recorded operations in the database, kept ANALYTICS_RETENTION. */
  analytics: ['ANALYTICS_PORT', 'DATABASE_URL', 'DATABASE_DIR', 'ADMIN_API_KEY', 'GATEWAY_SECRET', 'ANALYTICS_RETENTION'],
  /** `npm run mcp` (stdio): a running gateway at ANIGRAPH_URL, else the whole graph in its own process. */
  mcpStdio: ['ANIGRAPH_URL', 'ANIGRAPH_API_KEY'],
} as const satisfies Record<string, readonly (keyof Config)[]>;

/** The configuration one part reads. */
export type ConfigOf<Part extends keyof typeof CONFIG_READERS> = Pick<Config, (typeof CONFIG_READERS)[Part][number]>;

/** Every variable loadConfig reads. */
export const CONFIG_KEYS = Object.keys(schema.shape) as (keyof Config)[];

export class ConfigError extends Error {}

/** Parses `env` (process.env by default); throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = { ...parsed.data, VECTOR_STORE: parsed.data.VECTOR_STORE ?? (parsed.data.QDRANT_URL ? 'qdrant' : 'embedded') };
  config.PGVECTOR_URL ??= config.DATABASE_URL;
  if (config.VECTOR_STORE === 'qdrant' && !config.QDRANT_URL) {
    throw new ConfigError('Invalid configuration:\n  VECTOR_STORE: qdrant needs QDRANT_URL (the Qdrant server)');
  }
  if (config.VECTOR_STORE === 'pgvector' && !config.PGVECTOR_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  VECTOR_STORE: pgvector needs PGVECTOR_URL or DATABASE_URL (a PostgreSQL server with the vector extension)',
    );
  }
  const overrides = (['EMBEDDING_POOLING', 'EMBEDDING_QUERY_PREFIX', 'EMBEDDING_DOCUMENT_PREFIX'] as const).filter(
    (key) => config[key] !== undefined,
  );
  if (config.GRAPHQL_MAX_BODY < encodedPictureBytes(config.IMAGE_MAX_BYTES)) {
    throw new ConfigError(
      `Invalid configuration:\n  GRAPHQL_MAX_BODY: ${config.GRAPHQL_MAX_BODY} bytes cannot hold a picture of IMAGE_MAX_BYTES (${config.IMAGE_MAX_BYTES}) in base64 (${encodedPictureBytes(config.IMAGE_MAX_BYTES)} bytes): raise it`,
    );
  }
  if ((config.EMBEDDING_MODELS?.length ?? 0) > 1 && overrides.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  ${overrides.join(', ')}: overrides one model's card; with several EMBEDDING_MODELS, each model reads its own card files`,
    );
  }
  return config;
}
