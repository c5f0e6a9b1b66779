// Each evaluation query in each mode, through the GraphQL API, with the rank of its expected anime.
import type { GraphqlClient } from '../../bench/lib/graphql-client.js';
import type { DevQuery } from './dev-set.js';
import { rankOf, type EvalHit, type Outcome } from './metrics.js';

const EVAL_SEARCH = `query Eval($q: String!, $mode: SearchMode!) {
  search(query: $q, first: 10, mode: $mode) { mode warnings hits { anime { id title sources } } }
}`;

interface EvalData {
  search: { mode: string; warnings: string[]; hits: EvalHit[] };
}

export async function evaluate(client: GraphqlClient, queries: readonly DevQuery[], modes: readonly string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const mode of modes) {
    for (const query of queries) {
      const { data } = await client.request<EvalData>(EVAL_SEARCH, { q: query.query, mode }).catch((error: Error) => {
        throw new Error(`${query.id} in ${mode}: ${error.message}`);
      });
      const { hits, mode: servedMode } = data.search;
      outcomes.push({ query, mode, servedMode, rank: rankOf(hits, query.expectSources), hits });
    }
  }
  return outcomes;
}
