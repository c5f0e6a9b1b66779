// The configuration of an app a benchmark starts in its own process: the small catalog (or
// ANIME_DB_PATH), lexical search, no release checks or schedule clock, warnings only; `env` on top.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../../lib/config.js';
import { PROJECT_ROOT } from '../../lib/paths.js';

export function benchAppConfig(label: string, env: Record<string, string>): Config {
  return loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ANIME_DB_PATH: resolve(PROJECT_ROOT, process.env.ANIME_DB_PATH ?? '../shared/data/anime-catalog.small.json'),
    CATALOG_AUTO_DOWNLOAD: 'false',
    CATALOG_UPDATE_INTERVAL: '0',
    SCHEDULE_POLL_INTERVAL: '0',
    SEMANTIC_SEARCH: 'false',
    IMAGE_SEARCH: 'false',
    VECTOR_CACHE_DIR: mkdtempSync(join(tmpdir(), `anigraph-bench-${label}-`)),
    DATABASE_DIR: 'memory://',
    ...env,
  });
}
