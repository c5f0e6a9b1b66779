// AniGraph's database: PGlite (PostgreSQL compiled to WebAssembly) in DATABASE_DIR by default, so that
// `npm start` needs no server; a real PostgreSQL when DATABASE_URL is set. One schema and one set of
// migrations (migrations/, written by drizzle-kit) for both, applied at start.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { PROJECT_ROOT } from '../paths.js';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  backend: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server (postgres://...); PGlite in `dir` without it. */
  url?: string;
  /** PGlite's folder; `memory://` keeps the database in memory (gone at close). */
  dir: string;
  log: Logger;
}

const MIGRATIONS = join(PROJECT_ROOT, 'migrations');

/** A migrated, empty database, as a copy of PGlite's data folder. */
let memoryTemplate: Promise<Blob | File> | undefined;

export async function openDatabase({ url, dir, log }: DatabaseOptions): Promise<Database> {
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // A server that restarts drops the pool's idle connections: the pool makes new ones; an error
    // on an idle connection must not end the process.
    pool.on('error', (error) => log.warn({ err: error }, 'PostgreSQL connection lost; the pool reconnects'));
    const db = drizzlePostgres(pool, { schema });
    await migratePostgres(db, { migrationsFolder: MIGRATIONS });
    log.info({ backend: 'postgres' }, 'database ready');
    return { db: db as unknown as Db, backend: 'postgres', close: () => pool.end() };
  }
  const inMemory = dir.startsWith('memory://');
  if (!inMemory) mkdirSync(dir, { recursive: true });
  // Creating a PostgreSQL cluster takes PGlite a second or two: a database in memory starts from a
  // copy of the first one this process created and migrated (tests open one per app).
  const template = inMemory ? memoryTemplate : undefined;
  const client = template ? new PGlite({ loadDataDir: await template }) : new PGlite(dir);
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS });
  if (inMemory && !memoryTemplate) await (memoryTemplate = client.dumpDataDir('none'));
  log.info({ backend: 'pglite', dir }, 'database ready');
  return { db: db as unknown as Db, backend: 'pglite', close: () => client.close() };
}
