// Sends the search queries one after another over one keep-alive connection and times each.
import { Agent } from 'node:http';
import { postJson } from './graphql-client.js';
import type { BenchQuery } from './queries.js';

export const SEARCH_QUERY = `query Search($q: String!) {
  search(query: $q, first: 10) { totalCount hits { score anime { id title type year } } }
}`;

export interface RunResult {
  /** Milliseconds from sending the request to the last byte of the response, per answered query. */
  latenciesMs: number[];
  /** Non-200 responses, GraphQL errors and transport failures, with the query that caused them. */
  errors: { query: string; problem: string }[];
  /** Queries answered without error but with no hit. */
  empty: number;
}

interface SearchResponse {
  data?: { search?: { totalCount: number; hits: unknown[] } | null } | null;
  errors?: { message: string }[];
}

export async function runSearches(graphqlUrl: string, queries: readonly BenchQuery[]): Promise<RunResult> {
  // One socket, kept open: latency without connection set-up, as a long-lived client sees it.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const result: RunResult = { latenciesMs: [], errors: [], empty: 0 };
  try {
    for (const { text } of queries) {
      const body = JSON.stringify({ query: SEARCH_QUERY, variables: { q: text }, operationName: 'Search' });
      const started = performance.now();
      let response: { status: number; text: string };
      try {
        response = await postJson(agent, graphqlUrl, body, 10_000);
      } catch (error) {
        result.errors.push({ query: text, problem: (error as Error).message });
        continue;
      }
      result.latenciesMs.push(performance.now() - started);
      const problem = check(response);
      if (problem === 'empty') result.empty++;
      else if (problem) result.errors.push({ query: text, problem });
    }
  } finally {
    agent.destroy();
  }
  return result;
}

function check({ status, text }: { status: number; text: string }): string | undefined {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 200)}`;
  let parsed: SearchResponse;
  try {
    parsed = JSON.parse(text) as SearchResponse;
  } catch {
    return `invalid JSON: ${text.slice(0, 200)}`;
  }
  if (parsed.errors?.length) return `GraphQL error: ${parsed.errors.map((e) => e.message).join('; ')}`;
  const search = parsed.data?.search;
  if (!search) return 'no data.search in the response';
  return search.hits.length === 0 ? 'empty' : undefined;
}
