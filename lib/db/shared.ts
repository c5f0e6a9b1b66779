// The database of one process: PGlite allows one instance per folder, so every part built from the
// same configuration (the users subgraph, the gateway's authentication) shares one. Closed when the
// last part that took it lets it go.
import type { Logger } from '../logger.js';
import { openDatabase, type Database } from './database.js';

export interface DatabaseConfig {
  DATABASE_URL?: string;
  DATABASE_DIR: string;
}

const shared = new WeakMap<object, { database: Promise<Database>; users: number }>();

export function sharedDatabase(config: DatabaseConfig, log: Logger): { database: Promise<Database>; release(): Promise<void> } {
  let entry = shared.get(config);
  if (!entry) {
    const database = openDatabase({ url: config.DATABASE_URL, dir: config.DATABASE_DIR, log });
    database.catch(() => undefined); // observed by each taker
    shared.set(config, (entry = { database, users: 0 }));
  }
  entry.users += 1;
  const held = entry;
  let released = false;
  return {
    database: held.database,
    async release() {
      if (released) return;
      released = true;
      held.users -= 1;
      if (held.users === 0) {
        shared.delete(config);
        await (await held.database.catch(() => undefined))?.close();
      }
    },
  };
}
