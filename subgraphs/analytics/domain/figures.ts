// The figures of a window of recorded operations, read with SQL (PGlite and PostgreSQL alike): the
// events of [from, to), everyone's or one subject's.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../lib/db/database.js';

export interface Window {
  from: Date;
  to: Date;
  /** One caller's pseudonymous id (lib/analytics/event.ts), or everyone's operations. */
  subject?: string;
}

type Row = Record<string, unknown>;

async function rows<T extends Row>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const num = (value: unknown): number => (value == null ? 0 : Number(value));

function within({ from, to, subject }: Window): SQL {
  const bySubject = subject ? sql` AND subject = ${subject}` : sql``;
  return sql`at >= ${from.toISOString()} AND at < ${to.toISOString()}${bySubject}`;
}

export async function operationTotals(db: Db, window: Window) {
  const [row] = await rows(
    db,
    sql`SELECT count(*) AS operations,
          count(*) FILTER (WHERE operation_type <> 'llm') AS queries,
          coalesce(sum(platform_calls), 0) AS platform_calls,
          coalesce(sum(llm_tokens), 0) AS llm_tokens,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) FILTER (WHERE operation_type <> 'llm') AS p50,
          percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) FILTER (WHERE operation_type <> 'llm') AS p95,
          percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) FILTER (WHERE operation_type <> 'llm') AS p99
        FROM analytics_events WHERE ${within(window)}`,
  );
  return {
    operations: num(row?.operations),
    queries: num(row?.queries),
    platformCalls: num(row?.platform_calls),
    llmTokens: num(row?.llm_tokens),
    latency: row?.p50 == null ? null : { p50Ms: num(row.p50), p95Ms: num(row.p95), p99Ms: num(row.p99) },
  };
}

export async function operationMix(db: Db, window: Window, limit = 50) {
  const found = await rows(
    db,
    sql`SELECT operation_name, operation_type, count(*) AS count,
          percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
        FROM analytics_events WHERE ${within(window)}
        GROUP BY operation_name, operation_type ORDER BY count DESC, operation_name LIMIT ${limit}`,
  );
  return found.map((r) => ({
    operationName: (r.operation_name as string | null) ?? null,
    operationType: String(r.operation_type),
    count: num(r.count),
    p95Ms: num(r.p95),
  }));
}

export async function transportCounts(db: Db, window: Window) {
  const found = await rows(
    db,
    sql`SELECT transport, count(*) AS count FROM analytics_events WHERE ${within(window)} GROUP BY transport ORDER BY count DESC, transport`,
  );
  return found.map((r) => ({ transport: String(r.transport), count: num(r.count) }));
}

export async function popularSearches(db: Db, window: Window, limit = 20) {
  const found = await rows(
    db,
    sql`SELECT lower(search_text) AS text, count(*) AS count FROM analytics_events
        WHERE ${within(window)} AND search_text IS NOT NULL
        GROUP BY lower(search_text) ORDER BY count DESC, text LIMIT ${limit}`,
  );
  return found.map((r) => ({ text: String(r.text), count: num(r.count) }));
}

/** Searches (first hits) and lookups of each anime in the window and in the window of the same length before it. */
export async function animeCounts(db: Db, window: Window) {
  const before = new Date(window.from.getTime() - (window.to.getTime() - window.from.getTime()));
  const from = window.from.toISOString();
  const found = await rows(
    db,
    sql`SELECT anime_id,
          count(*) FILTER (WHERE at >= ${from} AND search_text IS NOT NULL) AS searches,
          count(*) FILTER (WHERE at >= ${from} AND search_text IS NULL) AS lookups,
          count(*) FILTER (WHERE at < ${from}) AS previous
        FROM analytics_events, unnest(anime_ids) AS named(anime_id)
        WHERE ${within({ ...window, from: before })}
        GROUP BY anime_id`,
  );
  return found.map((r) => ({ id: String(r.anime_id), searches: num(r.searches), lookups: num(r.lookups), previous: num(r.previous) }));
}

export async function platformFigures(db: Db, window: Window) {
  const found = await rows(
    db,
    sql`SELECT c->>'platform' AS platform, count(*) AS calls,
          count(*) FILTER (WHERE c->>'tier' = 'ORIGIN') AS origin,
          count(*) FILTER (WHERE (c->>'failed')::boolean) AS failed,
          count(*) FILTER (WHERE c->>'tier' IN ('L1', 'L2')) AS hits,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY (c->>'ms')::float8) AS p50,
          percentile_cont(0.95) WITHIN GROUP (ORDER BY (c->>'ms')::float8) AS p95
        FROM analytics_events, jsonb_array_elements(platforms) AS c
        WHERE ${within(window)}
        GROUP BY c->>'platform' ORDER BY calls DESC`,
  );
  return found.map((r) => {
    const calls = num(r.calls);
    return {
      platform: String(r.platform),
      calls,
      originCalls: num(r.origin),
      errorRate: calls ? num(r.failed) / calls : 0,
      cacheHitRate: calls ? num(r.hits) / calls : 0,
      latencyP50Ms: num(r.p50),
      latencyP95Ms: num(r.p95),
    };
  });
}

export async function tierUsage(db: Db, window: Window) {
  const found = await rows(
    db,
    sql`SELECT tier, count(*) AS operations, count(DISTINCT subject) AS callers FROM analytics_events
        WHERE ${within(window)} GROUP BY tier ORDER BY operations DESC`,
  );
  return found.map((r) => ({ tier: String(r.tier), operations: num(r.operations), callers: num(r.callers) }));
}

export async function errorCounts(db: Db, window: Window, limit = 20) {
  const found = await rows(
    db,
    sql`SELECT code, count(*) AS count FROM analytics_events, unnest(error_codes) AS answered(code)
        WHERE ${within(window)} GROUP BY code ORDER BY count DESC, code LIMIT ${limit}`,
  );
  return found.map((r) => ({ code: String(r.code), count: num(r.count) }));
}

/** Deletes the events older than `before`; how many went. */
export async function deleteEventsBefore(db: Db, before: Date): Promise<number> {
  const [row] = await rows(
    db,
    sql`WITH gone AS (DELETE FROM analytics_events WHERE at < ${before.toISOString()} RETURNING 1) SELECT count(*) AS count FROM gone`,
  );
  return num(row?.count);
}
