// The database of one process: PGlite allows one instance per folder, so every part built from the
// same configuration (the users subgraph, the gateway's authentication) shares one. A database that
// could not be opened (PostgreSQL away at start) is tried again by the next part that asks for it.
import type { Logger } from '../logger.js';
import { retryingMemo } from '../retrying-memo.js';
import { sharedPerConfig } from '../shared-per-config.js';
import { openDatabase, type Database } from './database.js';

export interface DatabaseConfig {
  DATABASE_URL?: string;
  DATABASE_DIR: string;
}

const shared = sharedPerConfig(
  (config: DatabaseConfig, log: Logger) => {
    let latest: Promise<Database> | undefined;
    const open = retryingMemo(() => (latest = openDatabase({ url: config.DATABASE_URL, dir: config.DATABASE_DIR, log })));
    return { open, latest: () => latest };
  },
  async ({ latest }) => (await latest()?.catch(() => undefined))?.close(),
);

export interface SharedDatabase {
  /** The open database; a new attempt when the last one failed. */
  readonly database: Promise<Database>;
  release(): Promise<void>;
}

export function sharedDatabase(config: DatabaseConfig, log: Logger): SharedDatabase {
  const { value, release } = shared(config, log);
  return {
    get database() {
      return value.open();
    },
    release,
  };
}
