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
import { DatabaseOpenError } from './unavailable.js';

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

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  try {
    return await open(options);
  } catch (error) {
    throw new DatabaseOpenError(error);
  }
}

async function open({ url, dir, log }: DatabaseOptions): Promise<Database> {
  if (url) {
    // A server that stops answering (rather than refusing) must not hang requests: connections and
    // statements give up, and the request fails with DATABASE_UNAVAILABLE.
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, statement_timeout: 30_000 });
    // A server that restarts drops the pool's idle connections: the pool makes new ones; an error
    // on an idle connection must not end the process.
    pool.on('error', (error) => log.warn({ err: error }, 'PostgreSQL connection lost; the pool reconnects'));
    try {
      await migrateLocked(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    log.info({ backend: 'postgres' }, 'database ready');
    return { db: drizzlePostgres(pool, { schema }) as unknown as Db, backend: 'postgres', close: () => pool.end() };
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

/** Any number that is AniGraph's own: the lock its processes take to migrate one at a time. */
const MIGRATION_LOCK = 4_147_700_014;

/**
 * Migrates under a session advisory lock: the gateway and the subgraphs of a distributed deployment
 * start together, and two migrations at once would both try to create the same types and tables.
 */
async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migratePostgres(drizzlePostgres(client, { schema }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
