// `npm run eval:search -- <set.jsonl> [--url <graphql url>] [--timeout <s>] [--verbose] [--configured-only]`:
// search quality on an evaluation set, per mode and kind, through a running API or a gateway started
// for the purpose; with several embedding models, then each model alone (a gateway each) beside them.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stopAllChildren } from '../bench/lib/child.js';
import { stopChild } from '../bench/lib/child.js';
import { describeFiles, defaultFiles, startGateway, type Gateway } from '../bench/lib/gateway.js';
import { GraphqlClient } from '../bench/lib/graphql-client.js';
import { progressPrinter, waitForSearch, type SearchStatusView } from '../bench/lib/semantic-ready.js';
import { PROJECT_ROOT } from '../lib/paths.js';
import { kindsOf, readDevSet, type DevQuery } from './eval/dev-set.js';
import { evaluate } from './eval/evaluate.js';
import { configurationsTable, resultsTable, verboseLines, type Outcome } from './eval/metrics.js';
import { runMain } from '../bench/lib/run-main.js';

const MODES = ['HYBRID', 'SEMANTIC', 'LEXICAL'] as const;
const DEFAULT_SET = '../shared/eval/search-dev.jsonl';
const DEFAULT_TIMEOUT_S = 15 * 60;
const USAGE = `usage: npm run eval:search -- [<set.jsonl>] [--url http://host:port/graphql] [--timeout <seconds>] [--verbose] [--configured-only]
  Without --url (or ANIGRAPH_URL) a gateway is started on ANIME_DB_PATH, ANIME_SYNOPSES_PATH, MODEL_DIR,
  VECTOR_CACHE_DIR and EMBEDDING_MODELS (defaults: the shared catalog, synopses and models, data/vectors,
  the default models). With several models, each is then measured alone in a gateway of its own (its
  vectors come from the same cache), unless --configured-only. --timeout bounds the wait for the semantic
  index (default ${DEFAULT_TIMEOUT_S} s).`;

const log = (line: string) => console.error(line);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      timeout: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      'configured-only': { type: 'boolean' },
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

  const url = values.url ?? process.env.ANIGRAPH_URL;
  const configured = await measure(url ? { url } : { label: 'gateway' }, queries, timeoutS, values.verbose ?? false, kinds);
  const models = configured.models;
  if (url || models.length < 2 || values['configured-only']) return 0;
  const runs = [{ label: `fused: ${models.map(shortName).join(' + ')}`, outcomes: configured.outcomes }];
  for (const model of models) {
    console.log(`\n## ${model} alone`);
    const alone = await measure(
      { label: shortName(model), env: { EMBEDDING_MODELS: model } },
      queries,
      timeoutS,
      values.verbose ?? false,
      kinds,
    );
    runs.push({ label: `${shortName(model)} alone`, outcomes: alone.outcomes });
  }
  console.log(`\n## Each configuration, per mode and kind\n`);
  console.log(configurationsTable(runs, ['HYBRID', 'SEMANTIC'], kinds));
  return 0;
}

const shortName = (model: string) => model.split('/').pop() ?? model;

/** Evaluates the queries on the API at `url`, or on a gateway started with `env` and stopped after. */
async function measure(
  target: { url: string } | { label: string; env?: Record<string, string> },
  queries: readonly DevQuery[],
  timeoutS: number,
  verbose: boolean,
  kinds: readonly string[],
): Promise<{ outcomes: Outcome[]; models: string[] }> {
  const gateway = 'url' in target ? undefined : await launch(target.label, target.env);
  const client = gateway?.client ?? new GraphqlClient((target as { url: string }).url);
  try {
    const status = await waitForSearch(client, { timeoutMs: timeoutS * 1000, onStatus: progressPrinter('semantic index', log) });
    const models = status.models.map((m) => m.id);
    const builds = status.models.map(
      (m) => `${shortName(m.id)} ${m.state}${m.lastBuildSeconds !== null ? ` (built in ${m.lastBuildSeconds.toFixed(1)} s)` : ''}`,
    );
    console.log(
      `server: ${client.url}; semantic ${status.semanticState}, models ${builds.join(', ') || '-'}, ${status.indexedAnime} anime in the ${status.vectorStore} store`,
    );
    if (status.semanticState !== 'READY')
      console.log(`!! semantic search unavailable (${status.reason ?? status.semanticState}): HYBRID and SEMANTIC answers will be lexical`);
    const outcomes = await evaluate(client, queries, MODES);
    console.log();
    if (verbose) console.log(`${verboseLines(outcomes, MODES).join('\n')}\n`);
    console.log(resultsTable(outcomes, MODES, kinds));
    for (const line of fallbackNotes(outcomes, status)) console.log(line);
    return { outcomes, models };
  } finally {
    client.close();
    if (gateway) await stopChild(gateway.proc);
  }
}

/** A gateway started for the purpose (stopped by the caller, or on exit). */
async function launch(label: string, env: Record<string, string> = {}): Promise<Gateway> {
  const files = defaultFiles();
  log(
    `starting a gateway${
      Object.keys(env).length
        ? ` with ${Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}`
        : ''
    }:\n${describeFiles(files)}`,
  );
  const gateway = await startGateway(label, files, env);
  log(`gateway pid ${gateway.proc.pid} answering at ${gateway.graphqlUrl} (/ready after ${(gateway.spawnToReadyMs / 1000).toFixed(1)} s)`);
  return gateway;
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
