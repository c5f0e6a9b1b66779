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
  /** Largest |pgvector MRR - embedded MRR| over the kinds, per mode: against the default store (int8), and against fp32. */
  mrrGap: Record<(typeof MODES)[number], number>;
  mrrGapFp32: Record<(typeof MODES)[number], number>;
  table: string;
}

/** The dev set's queries in HYBRID and SEMANTIC mode on a running gateway. */
export async function evaluateDevSet(gateway: Gateway, devSetPath: string): Promise<Outcome[]> {
  return evaluate(gateway.client, await readDevSet(devSetPath), MODES);
}

/**
 * A gateway on the embedded store, from the same vector cache, once the pgvector gateway has stopped
 * (two gateways would share the users' PGlite folder): the same new queries (a fresh source of the
 * same seed) and the dev set, beside the pgvector gateway's outcomes.
 */
export async function compareWithEmbedded(
  onPgvector: Outcome[],
  files: GatewayFiles,
  source: QuerySource,
  seed: number,
  timeoutMs: number,
): Promise<StoreComparison> {
  console.log('\nbaseline: the embedded store on the same vector cache');
  const started = await startUntilSemanticReady('embedded', files, timeoutMs, true, { VECTOR_STORE: 'embedded' });
  const queries = [...new Set(onPgvector.map((o) => o.query))];
  let latency: LatencyFigures;
  let onEmbedded: Outcome[];
  try {
    latency = await measureLatency(started.gateway.graphqlUrl, source, seed);
    onEmbedded = await evaluate(started.gateway.client, queries, MODES);
  } finally {
    await stopChild(started.gateway.proc);
  }
  // pgvector keeps float32 vectors; the embedded store rounds them to int8 by default.
  console.log('\nbaseline: the embedded store with VECTOR_PRECISION=fp32, the precision pgvector keeps');
  const fp32 = await startUntilSemanticReady('embedded-fp32', files, timeoutMs, true, {
    VECTOR_STORE: 'embedded',
    VECTOR_PRECISION: 'fp32',
  });
  let onFp32: Outcome[];
  try {
    onFp32 = await evaluate(fp32.gateway.client, queries, MODES);
  } finally {
    await stopChild(fp32.gateway.proc);
  }
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const gaps = (baseline: Outcome[]) => {
    const gap = (mode: string) => Math.max(...kinds.map((kind) => Math.abs(mrr(onPgvector, mode, kind) - mrr(baseline, mode, kind))));
    return { HYBRID: gap('HYBRID'), SEMANTIC: gap('SEMANTIC') };
  };
  const runs = [
    { label: 'embedded (int8, default)', outcomes: onEmbedded },
    { label: 'embedded (fp32)', outcomes: onFp32 },
    { label: `pgvector (ef_search ${process.env.PGVECTOR_EF_SEARCH ?? 100})`, outcomes: onPgvector },
  ];
  return {
    embeddedFresh: latency.fresh,
    mrrGap: gaps(onEmbedded),
    mrrGapFp32: gaps(onFp32),
    table: configurationsTable(runs, MODES, kinds),
  };
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
