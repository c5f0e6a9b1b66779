// The PostgreSQL that keeps the pgvector store's vectors (PGVECTOR_URL, by default DATABASE_URL): one
// pool per process and URL, shared by every model's store. At first use it creates the `vector`
// extension and migrates the store's registry (migrations/vectors); each search session gets its
// HNSW settings at connect. A lost connection is tried again on a new one, and said in the log.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SQL } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { isConnectionLost } from '../../../../lib/db/unavailable.js';
import type { Logger } from '../../../../lib/logger.js';
import { PROJECT_ROOT } from '../../../../lib/paths.js';
import { retryingMemo } from '../../../../lib/retrying-memo.js';
import { sharedPerConfig } from '../../../../lib/shared-per-config.js';

export interface PgvectorOptions {
  /** postgres://... */
  url: string;
  poolSize: number;
  /** hnsw.ef_search of each search: candidates the HNSW graph keeps while it walks (recall against speed). */
  efSearch: number;
  /** Every search scores all doc vectors the filter lets through (no HNSW index scans): exact, slower; for tests and recall checks. */
  exact: boolean;
}

export type Rows = Record<string, unknown>[];

/** One connection inside a transaction. */
export interface Transaction {
  db: NodePgDatabase;
  execute(statement: SQL): Promise<Rows>;
  /** Streams `COPY ... FROM STDIN` data (binary-copy.ts) into the table the statement names. */
  copyIn(copyStatement: string, data: Iterable<Buffer>): Promise<void>;
}

const MIGRATIONS = `${PROJECT_ROOT}/migrations/vectors`;
/** Any number that is AniGraph's own, apart from the users' migrations lock: the vector store migrates one process at a time. */
const MIGRATION_LOCK = 4_147_700_015;
/** A search that takes longer has gone wrong (a lock held by a dimension change, a server overloaded). */
const SEARCH_TIMEOUT_MS = 10_000;
/** Waits before the next try after a lost connection: a search gets one more try, a load all of them. */
const RETRY_DELAYS_MS = [100, 1_000, 3_000, 10_000];

export class PgvectorDatabase {
  /** The server and database, without credentials: for messages. */
  readonly where: string;
  private readonly pool: pg.Pool;
  private readonly db: NodePgDatabase;
  private readonly prepared: () => Promise<void>;

  constructor(
    private readonly options: PgvectorOptions,
    private readonly log: Logger,
  ) {
    const url = new URL(options.url);
    this.where = `${url.hostname}:${url.port || 5432}${url.pathname}`;
    this.pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize,
      connectionTimeoutMillis: 5_000,
      // Settings of every session: placeholders until the extension's library loads, which then takes them.
      options: [
        `-c hnsw.ef_search=${options.efSearch}`,
        // A filtered search, or one that asks for more than ef_search anime, walks on through the graph
        // instead of returning fewer; the store sorts the candidates itself.
        '-c hnsw.iterative_scan=relaxed_order',
        `-c statement_timeout=${SEARCH_TIMEOUT_MS}`,
        // HNSW can only be read by an index scan; the btree lookups by key and filter go on as bitmap scans.
        ...(options.exact ? ['-c enable_indexscan=off'] : []),
      ].join(' '),
    });
    // A server that restarts drops the idle connections: the pool makes new ones, and an error on an
    // idle connection must not end the process.
    this.pool.on('error', (error) =>
      log.warn({ err: error, where: this.where }, 'pgvector: PostgreSQL connection lost; the pool reconnects'),
    );
    this.db = drizzle(this.pool);
    this.prepared = retryingMemo(() => this.prepare());
  }

  /** One statement (one snapshot of the vectors); after a lost connection, tried once more on a new one. */
  async query(operation: string, statement: SQL): Promise<Rows> {
    await this.prepared();
    return this.retrying(operation, 1, async () => (await this.db.execute(statement)).rows);
  }

  /**
   * `work` in one transaction: readers see everything it wrote at its commit, or nothing. After a
   * lost connection it runs again from the start (a load is the same whatever it finds written).
   */
  async transaction<T>(operation: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
    await this.prepared();
    return this.retrying(operation, RETRY_DELAYS_MS.length, async () => {
      const client = await this.pool.connect();
      let broken: unknown;
      try {
        await client.query('BEGIN');
        // A load may copy and index for minutes on a big catalog.
        await client.query('SET LOCAL statement_timeout = 0');
        const db = drizzle(client);
        const result = await work({
          db,
          execute: async (statement) => (await db.execute(statement)).rows,
          copyIn: (copyStatement, data) => pipeline(Readable.from(data), client.query(copyFrom(copyStatement))),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        broken = error;
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        // A connection that failed mid-transaction is closed, not handed to the next search.
        client.release(broken !== undefined && isConnectionLost(broken) ? (broken as Error) : undefined);
      }
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private async retrying<T>(operation: string, retries: number, run: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        const lost = isConnectionLost(error);
        if (!lost || attempt >= retries) throw this.failure(operation, error);
        const delay = RETRY_DELAYS_MS[attempt];
        this.log.warn({ err: rootOf(error), where: this.where, operation, retryInMs: delay }, 'pgvector: connection lost; trying again');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** The extension, then the registry's migrations, one process at a time. */
  private async prepare(): Promise<void> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw this.failure('connect', error);
    });
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await client.query('CREATE EXTENSION IF NOT EXISTS vector').catch((error: unknown) => {
          throw new Error(
            `pgvector: the PostgreSQL server at ${this.where} cannot give this database the "vector" extension (${rootOf(error).message}). ` +
              'Install pgvector on the server (README, "Vectors in PostgreSQL"), or have a superuser run CREATE EXTENSION vector in this database.',
            { cause: error },
          );
        });
        // Kept apart from the users' migrations (drizzle.__drizzle_migrations), which may share the database.
        await migrate(drizzle(client), { migrationsFolder: MIGRATIONS, migrationsTable: '__anigraph_vector_migrations' });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  /** The error a caller sees: what failed, where, and PostgreSQL's own words (never the statement and its vectors). */
  private failure(operation: string, error: unknown): Error {
    if (error instanceof Error && error.message.startsWith('pgvector:')) return error;
    return new Error(`pgvector ${operation} failed (${this.where}): ${rootOf(error).message}`, { cause: error });
  }
}

/** drizzle wraps a failed query in an error that quotes the statement and its parameters: PostgreSQL's error is its cause. */
function rootOf(error: unknown): Error {
  let e = error as Error;
  while (e?.cause instanceof Error && /^Failed query/.test(e.message)) e = e.cause;
  return e;
}

/** The database of these options, shared in this process; closed when its last store lets it go. */
export const sharedPgvectorDatabase = sharedPerConfig(
  (options: PgvectorOptions, log: Logger) => new PgvectorDatabase(options, log),
  (database) => database.close(),
  (options) => JSON.stringify(options),
);
