// bench:search with VECTOR_STORE=pgvector: the run gets a database of its own on the server of
// PGVECTOR_URL (else DATABASE_URL), so that its first start loads every vector into empty tables, and
// the embedded store is measured beside it on the same vector cache as the baseline: hybrid latency of
// the same new queries, and the dev set's MRR per kind.
import pg from 'pg';
import { readDevSet } from '../../scripts/eval/dev-set.js';
import { evaluate } from '../../scripts/eval/evaluate.js';
import { configurationsTable, type Outcome } from '../../scripts/eval/metrics.js';
import { stopChild } from '../lib/child.js';
import type { QuerySource } from '../lib/descriptive-queries.js';
import type { Gateway, GatewayFiles } from '../lib/gateway.js';
import type { LogLine } from '../lib/log-watch.js';
import { markdownTable } from '../lib/markdown.js';
import type { Summary } from '../lib/stats.js';
import { measureLatency, type LatencyFigures } from './latency.js';
import { startUntilSemanticReady } from './startup.js';

export const LOADED_MSG = 'pgvector: vectors loaded';
const MODES = ['HYBRID', 'SEMANTIC'] as const;

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new database for this run when VECTOR_STORE=pgvector (the gateways it starts inherit PGVECTOR_URL); else undefined. */
export async function scratchPgvectorDatabase(): Promise<ScratchDatabase | undefined> {
  if (process.env.VECTOR_STORE !== 'pgvector') return undefined;
  const server = process.env.PGVECTOR_URL || process.env.DATABASE_URL;
  if (!server) throw new Error('VECTOR_STORE=pgvector needs PGVECTOR_URL or DATABASE_URL: a PostgreSQL server with the vector extension');
  const name = `anigraph_bench_${Date.now()}`;
  await admin(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  process.env.PGVECTOR_URL = url.href;
  console.log(`pgvector  database ${name} on ${url.host}, dropped at the end`);
  return { url: url.href, drop: () => admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** What one load did to the store, from its log line. */
export interface StoreLoad {
  written: number;
  deleted: number;
  kept: number;
  seconds: number;
}

export function storeLoadOf(line: LogLine | undefined): StoreLoad | undefined {
  if (!line) return undefined;
  return { written: Number(line.written), deleted: Number(line.deleted), kept: Number(line.kept), seconds: Number(line.seconds) };
}

export interface StoreComparison {
  /** (a) new queries on the embedded store: the same queries as the pgvector run's (a). */
  embeddedFresh: Summary;
  /** Dev-set outcomes per store. */
  outcomes: { embedded: Outcome[]; pgvector: Outcome[] };
  /** Largest |pgvector MRR - embedded MRR| over the kinds, per mode. */
  mrrGap: Record<(typeof MODES)[number], number>;
  table: string;
}

/**
 * The dev set on the pgvector gateway (still running), then a gateway on the embedded store, from the
 * same vector cache: the same new queries (a fresh source of the same seed) and the dev set.
 */
export async function compareWithEmbedded(
  pgvector: Gateway,
  files: GatewayFiles,
  source: QuerySource,
  seed: number,
  devSetPath: string,
  timeoutMs: number,
): Promise<{ comparison: StoreComparison; embeddedLatency: LatencyFigures }> {
  const queries = await readDevSet(devSetPath);
  const onPgvector = await evaluate(pgvector.client, queries, MODES);
  console.log('\nbaseline: the embedded store on the same vector cache');
  const started = await startUntilSemanticReady('embedded', files, timeoutMs, true, { VECTOR_STORE: 'embedded' });
  try {
    const latency = await measureLatency(started.gateway.graphqlUrl, source, seed);
    const onEmbedded = await evaluate(started.gateway.client, queries, MODES);
    const kinds = [...new Set(queries.map((q) => q.kind))];
    const gap = (mode: string) => Math.max(...kinds.map((kind) => Math.abs(mrr(onPgvector, mode, kind) - mrr(onEmbedded, mode, kind))));
    const runs = [
      { label: 'embedded', outcomes: onEmbedded },
      { label: 'pgvector', outcomes: onPgvector },
    ];
    return {
      comparison: {
        embeddedFresh: latency.fresh,
        outcomes: { embedded: onEmbedded, pgvector: onPgvector },
        mrrGap: { HYBRID: gap('HYBRID'), SEMANTIC: gap('SEMANTIC') },
        table: configurationsTable(runs, MODES, kinds),
      },
      embeddedLatency: latency,
    };
  } finally {
    await stopChild(started.gateway.proc);
  }
}

function mrr(outcomes: readonly Outcome[], mode: string, kind: string): number {
  const selected = outcomes.filter((o) => o.mode === mode && o.query.kind === kind);
  return selected.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / Math.max(1, selected.length);
}

/** pgvector against the embedded store: latency of new queries with its ratio, and MRR per mode and kind. */
export function comparisonTables(pgvectorFresh: Summary, comparison: StoreComparison): string {
  const { embeddedFresh } = comparison;
  const latency = markdownTable(
    ['(a) new queries, 1 client', 'embedded', 'pgvector', 'pgvector / embedded'],
    [
      ['p50 (ms)', embeddedFresh.p50.toFixed(1), pgvectorFresh.p50.toFixed(1), (pgvectorFresh.p50 / embeddedFresh.p50).toFixed(2)],
      ['p95 (ms)', embeddedFresh.p95.toFixed(1), pgvectorFresh.p95.toFixed(1), (pgvectorFresh.p95 / embeddedFresh.p95).toFixed(2)],
    ],
    (i) => i >= 1,
  );
  return `${latency}\n\ndev set, per mode and kind (the same queries on each store):\n\n${comparison.table}`;
}
