// Every environment variable AniGraph reads, validated once at start-up (README lists them all).
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = z.url({ protocol: /^https?$/ });

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
  VECTOR_CACHE_DIR: z.string().default('data/vectors'),
  QDRANT_URL: url.optional(),
  QDRANT_COLLECTION: z.string().regex(/^[\w-]+$/).default('anigraph_anime'),
  QDRANT_API_KEY: z.string().optional(),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses `env` (process.env by default); throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
