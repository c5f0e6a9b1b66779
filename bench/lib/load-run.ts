// Sends search queries over `connections` keep-alive connections, each one request at a time, until the
// queries run out, `durationMs` passes or `maxRequests` were sent; times every answer.
import { GraphqlClient, GraphqlRequestError } from './graphql-client.js';

export const BENCH_SEARCH = `query Search($q: String!) {
  search(query: $q, first: 10) { totalCount mode hits { score anime { id title } } }
}`;

export interface LoadQuery {
  text: string;
  /** Groups latencies in the result, e.g. "new" and "popular". */
  tag?: string;
}

export interface Sample {
  tag: string;
  /** performance.now() when the request was sent. */
  sentAt: number;
  ms: number;
  /** The mode the server answered in (LEXICAL when it could not search semantically). */
  mode: string;
  hits: number;
}

export interface LoadResult {
  samples: Sample[];
  errors: { query: string; problem: string }[];
  elapsedMs: number;
}

export interface LoadOptions {
  graphqlUrl: string;
  /** The next query to send, or undefined when there are no more. */
  next: () => LoadQuery | undefined;
  connections?: number;
  durationMs?: number;
  maxRequests?: number;
  /** Checked before each request, to stop a run from outside (e.g. once a rebuild is over). */
  stop?: () => boolean;
}

interface SearchData {
  search: { totalCount: number; mode: string; hits: unknown[] };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { connections = 1, durationMs = Infinity, maxRequests = Infinity } = options;
  const started = performance.now();
  const result: LoadResult = { samples: [], errors: [], elapsedMs: 0 };
  let sent = 0;
  const more = () => sent < maxRequests && performance.now() - started < durationMs && !options.stop?.();
  const worker = async () => {
    const client = new GraphqlClient(options.graphqlUrl, 1, 10_000);
    try {
      for (let query = more() ? options.next() : undefined; query; query = more() ? options.next() : undefined) {
        sent++;
        const sentAt = performance.now();
        try {
          const { data, ms } = await client.request<SearchData>(BENCH_SEARCH, { q: query.text });
          result.samples.push({ tag: query.tag ?? '', sentAt, ms, mode: data.search.mode, hits: data.search.hits.length });
        } catch (error) {
          if (!(error instanceof GraphqlRequestError)) throw error;
          result.errors.push({ query: query.text, problem: error.message });
        }
      }
    } finally {
      client.close();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  result.elapsedMs = performance.now() - started;
  return result;
}

/** A `next` that hands out `queries` in order, once each. */
export function inOrder(queries: readonly string[], tag?: string): () => LoadQuery | undefined {
  let i = 0;
  return () => (i < queries.length ? { text: queries[i++], tag } : undefined);
}

export const latencies = (samples: readonly Sample[], tag?: string): number[] =>
  samples.filter((s) => tag === undefined || s.tag === tag).map((s) => s.ms);
