// `npm run bench:rest [-- --requests 300]`: what the REST facade costs. Parsing a question
// (understandQuery's rules, in this process, on the full catalog), and POST /api/query for plain
// searches against the same GraphQL operation (SearchAnime) sent to the same gateway, interleaved in
// one run.
import { parseArgs } from 'node:util';
import { loadCatalog } from '../subgraphs/catalog/catalog/load-catalog.js';
import { TitleIndex } from '../subgraphs/catalog/lexical/title-index.js';
import { understandQuery } from '../subgraphs/catalog/understand/understand.js';
import { stopAllChildren } from './lib/child.js';
import { defaultFiles, startGateway } from './lib/gateway.js';
import { postJson } from './lib/graphql-client.js';
import { latencyTable, targetTable } from './lib/report.js';
import { runMain } from './lib/run-main.js';
import { summarize } from './lib/stats.js';
import { Agent } from 'node:http';

/** Questions of every kind the parser knows, as users type them. */
const QUESTIONS = [
  'dark military anime like Attack on Titan from the 2010s, not too long',
  'something like Cowboy Bebop but newer',
  'if I liked Clannad and Toradora what should I watch',
  'wholesome slice of life from the 90s',
  'short horror anime under 13 episodes',
  'mecha movies by sunrise',
  'highly rated psychological thriller, no romance',
  'what airs tonight',
  'when is the next episode of one peice',
  'how do MAL and AniList rate Fullmetal Alchemist Brotherhood',
  'summer 2024 anime',
  'top anime of 2020',
  'random anime',
  'tell me about Steins;Gate',
  'funny school comedy, not isekai',
  'long running shounen that is still airing',
  'old school space opera',
  'romance anime from my childhood, I was born in 1995',
  'sports anime rated above 8',
  'cozy fantasy with magic and food',
];

/** Plain searches: the question is a title or words about the story, with nothing to filter. */
const SEARCHES = ['cowboy bebop', 'fullmetal alchemist', 'girls camping in the mountains', 'detective solving murders', 'one piece'];

const GRAPHQL_SEARCH = `query SearchAnime($query: String!) { search(query: $query, first: 10) { totalCount hits { score anime { id title type year } } } }`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { requests: { type: 'string' } } });
  const requests = Number(values.requests ?? 300);
  const files = { ...defaultFiles(), modelDir: undefined, synopsesPath: undefined };

  // Parsing alone, on the full catalog, as the catalog subgraph runs it.
  const catalog = await loadCatalog({ catalogPath: files.catalogPath });
  const titles = await TitleIndex.build(catalog, { background: false });
  const now = new Date();
  for (const question of QUESTIONS) understandQuery(question, { catalog, titles, now }); // builds the vocabulary
  const parses: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const started = performance.now();
    understandQuery(QUESTIONS[i % QUESTIONS.length], { catalog, titles, now });
    parses.push(performance.now() - started);
  }
  console.log(`catalog   ${files.catalogPath} (${catalog.animes.length} anime); ${QUESTIONS.length} questions parsed 2,000 times`);

  // The same searches through REST and through GraphQL, one after the other, without the response cache.
  const gateway = await startGateway('gateway', files, {
    SEMANTIC_SEARCH: 'false',
    IMAGE_SEARCH: 'false',
    RESPONSE_CACHE_TTL: '0',
    LOG_LEVEL: 'warn',
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const restUrl = gateway.graphqlUrl.replace('/graphql', '/api/query');
  const rest: number[] = [];
  const graphql: number[] = [];
  const timed = async (url: string, body: unknown) => {
    const started = performance.now();
    const { status, text } = await postJson(agent, url, JSON.stringify(body), 10_000);
    if (status !== 200) throw new Error(`${url} answered ${status}: ${text.slice(0, 200)}`);
    return performance.now() - started;
  };
  for (let i = 0; i < requests + 20; i++) {
    const query = SEARCHES[i % SEARCHES.length];
    const r = await timed(restUrl, { query });
    const g = await timed(gateway.graphqlUrl, { query: GRAPHQL_SEARCH, variables: { query } });
    if (i < 20) continue; // the first 20 warm both paths
    rest.push(r);
    graphql.push(g);
  }
  agent.destroy();

  const [parse, restSummary, graphqlSummary] = [summarize(parses), summarize(rest), summarize(graphql)];
  console.log(latencyTable([{ name: 'understandQuery rules, in process', summary: parse }], 'parse (ms)'));
  console.log(
    latencyTable(
      [
        { name: 'POST /api/query (plain search)', summary: restSummary },
        { name: 'GraphQL SearchAnime, same gateway', summary: graphqlSummary },
      ],
      'request (ms)',
    ),
  );
  const { text, misses } = targetTable([
    { metric: 'parse: p50', value: parse.p50, unit: 'ms', limit: 1 },
    { metric: 'REST / GraphQL, p50', value: restSummary.p50 / graphqlSummary.p50, unit: 'x', limit: 1.3 },
    { metric: 'REST / GraphQL, p95', value: restSummary.p95 / graphqlSummary.p95, unit: 'x' },
  ]);
  console.log(text);
  console.log(`targets missed: ${misses}`);
  return 0;
}

runMain('bench:rest', main, stopAllChildren);
