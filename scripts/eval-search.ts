// `npm run eval:search -- <set.jsonl> [--url <graphql url>] [--timeout <s>] [--verbose]`: search quality
// on an evaluation set, per mode and kind, through a running API or a gateway started for the purpose.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stopAllChildren } from '../bench/lib/child.js';
import { describeFiles, defaultFiles, startGateway } from '../bench/lib/gateway.js';
import { GraphqlClient } from '../bench/lib/graphql-client.js';
import { progressPrinter, waitForSearch, type SearchStatusView } from '../bench/lib/semantic-ready.js';
import { PROJECT_ROOT } from '../lib/paths.js';
import { kindsOf, readDevSet, type DevQuery } from './eval/dev-set.js';
import { rankOf, resultsTable, verboseLines, type EvalHit, type Outcome } from './eval/metrics.js';
import { runMain } from '../bench/lib/run-main.js';

const MODES = ['HYBRID', 'SEMANTIC', 'LEXICAL'] as const;
const DEFAULT_SET = '../shared/eval/search-dev.jsonl';
const DEFAULT_TIMEOUT_S = 15 * 60;
const USAGE = `usage: npm run eval:search -- [<set.jsonl>] [--url http://host:port/graphql] [--timeout <seconds>] [--verbose]
  Without --url (or ANIGRAPH_URL) a gateway is started on ANIME_DB_PATH, ANIME_SYNOPSES_PATH, MODEL_DIR and
  VECTOR_CACHE_DIR (defaults: the shared catalog, synopses and models, data/vectors). --timeout bounds the
  wait for the semantic index (default ${DEFAULT_TIMEOUT_S} s).`;

const EVAL_SEARCH = `query Eval($q: String!, $mode: SearchMode!) {
  search(query: $q, first: 10, mode: $mode) { mode warnings hits { anime { id title sources } } }
}`;

interface EvalData {
  search: { mode: string; warnings: string[]; hits: EvalHit[] };
}

const log = (line: string) => console.error(line);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      timeout: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new Error(`one evaluation set at a time\n${USAGE}`);
  const timeoutS = Number(values.timeout ?? DEFAULT_TIMEOUT_S);
  if (!(timeoutS > 0)) throw new Error(`--timeout must be a number of seconds, not ${values.timeout}`);

  const setPath = resolve(positionals[0] ?? resolve(PROJECT_ROOT, DEFAULT_SET));
  const queries = await readDevSet(setPath);
  const kinds = kindsOf(queries);
  console.log(
    `evaluation set: ${setPath} (${queries.length} queries: ${kinds.map((k) => `${k} ${queries.filter((q) => q.kind === k).length}`).join(', ')})`,
  );

  const client = await connect(values.url ?? process.env.ANIGRAPH_URL);
  try {
    const status = await waitForSearch(client, { timeoutMs: timeoutS * 1000, onStatus: progressPrinter('semantic index', log) });
    console.log(
      `server: ${client.url}; semantic ${status.semanticState}, model ${status.model ?? '-'}, ${status.indexedAnime} anime in the ${status.vectorStore} store`,
    );
    if (status.semanticState !== 'READY')
      console.log(`!! semantic search unavailable (${status.reason ?? status.semanticState}): HYBRID and SEMANTIC answers will be lexical`);
    const outcomes = await evaluate(client, queries);
    console.log();
    if (values.verbose) console.log(`${verboseLines(outcomes, MODES).join('\n')}\n`);
    console.log(resultsTable(outcomes, MODES, kinds));
    for (const line of fallbackNotes(outcomes, status)) console.log(line);
  } finally {
    client.close();
  }
  return 0;
}

/** A client for `url`, or for a gateway started here (stopped on exit). */
async function connect(url: string | undefined): Promise<GraphqlClient> {
  if (url) return new GraphqlClient(url);
  const files = defaultFiles();
  log(`starting a gateway:\n${describeFiles(files)}`);
  const gateway = await startGateway('gateway', files);
  log(`gateway pid ${gateway.proc.pid} answering at ${gateway.graphqlUrl} (/ready after ${(gateway.spawnToReadyMs / 1000).toFixed(1)} s)`);
  return gateway.client;
}

async function evaluate(client: GraphqlClient, queries: readonly DevQuery[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const mode of MODES) {
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

function fallbackNotes(outcomes: readonly Outcome[], status: SearchStatusView): string[] {
  return MODES.flatMap((mode) => {
    const ofMode = outcomes.filter((o) => o.mode === mode);
    const other = ofMode.filter((o) => o.servedMode !== mode);
    if (other.length === 0) return [];
    return [
      `note: ${other.length} of ${ofMode.length} ${mode} queries were answered as ${other[0].servedMode} (${status.reason ?? 'semantic search unavailable'})`,
    ];
  });
}

runMain('eval:search', main, stopAllChildren);
