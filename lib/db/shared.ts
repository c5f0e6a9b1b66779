// The database of one process: PGlite allows one instance per folder, so every part built from the
// same configuration (the users subgraph, the gateway's authentication) shares one.
import type { Logger } from '../logger.js';
import { sharedPerConfig } from '../shared-per-config.js';
import { openDatabase, type Database } from './database.js';

export interface DatabaseConfig {
  DATABASE_URL?: string;
  DATABASE_DIR: string;
}

const shared = sharedPerConfig(
  (config: DatabaseConfig, log: Logger) => {
    const database = openDatabase({ url: config.DATABASE_URL, dir: config.DATABASE_DIR, log });
    database.catch(() => undefined); // observed by each taker
    return database;
  },
  async (database: Promise<Database>) => (await database.catch(() => undefined))?.close(),
);

export function sharedDatabase(config: DatabaseConfig, log: Logger): { database: Promise<Database>; release(): Promise<void> } {
  const { value, release } = shared(config, log);
  return { database: value, release };
}
