// `npm run bench:mcp [-- --requests 300 --sessions 50 --seconds 30]`: what the MCP facade costs, on
// one gateway with the full catalog and its synopses (the platforms are local fakes that answer at
// once: an anime the synopses lack gets its synopsis from them, never from the internet).
// (a) A `search_anime` tool call over Streamable HTTP, through the SDK's client and as a bare POST,
// against the same SearchAnime operation sent to /graphql, interleaved in one run; (b) concurrent MCP
// sessions calling a mix of tools for a while: calls, errors, latency.
import { parseArgs } from 'node:util';
import { print } from 'graphql';
import { SearchAnimeDocument } from '../lib/operations.generated.js';
import { startFakes, type Fakes } from '../test/platforms/fakes/start-all.js';
import { stopAllChildren } from './lib/child.js';
import { defaultFiles, startGateway } from './lib/gateway.js';
import { openMcpSession, rawToolCall, sessionIdOf, timedToolCall, type TimedCall } from './lib/mcp-client.js';
import { latencyTable, targetTable } from './lib/report.js';
import { runMain } from './lib/run-main.js';
import { summarize } from './lib/stats.js';

/** Titles and descriptions, as an assistant passes them on. */
const SEARCHES = ['cowboy bebop', 'fullmetal alchemist', 'girls camping in the mountains', 'detective solving murders', 'one piece'];
const WARM_UP = 20;

let fakes: Fakes | undefined;

/** The variables search_anime sends for `{ query }` (its defaults). */
const searchVariables = (query: string) => ({ query, mode: 'HYBRID', first: 10, enhance: false });

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { requests: { type: 'string' }, sessions: { type: 'string' }, seconds: { type: 'string' } } });
  const requests = Number(values.requests ?? 300);
  const sessions = Number(values.sessions ?? 50);
  const seconds = Number(values.seconds ?? 30);
  const files = { ...defaultFiles(), modelDir: undefined };
  fakes = await startFakes({ synthesize: true });
  const gateway = await startGateway('gateway', files, {
    ...fakes.env,
    SEMANTIC_SEARCH: 'false',
    IMAGE_SEARCH: 'false',
    RESPONSE_CACHE_TTL: '0',
    LOG_LEVEL: 'warn',
  });
  const mcpUrl = gateway.graphqlUrl.replace('/graphql', '/mcp');
  console.log(`catalog   ${files.catalogPath}, synopses ${files.synopsesPath ?? '(none)'}`);
  console.log(`gateway   ${gateway.baseUrl}: response cache off, lexical search, the platforms local fakes`);

  // (a) One session, and GraphQL requests through the same HTTP client (fetch, as the SDK's client
  // uses), one request at a time, alternating.
  const mcp = await openMcpSession(mcpUrl);
  const sessionId = sessionIdOf(mcp);
  const document = print(SearchAnimeDocument);
  const graphql = async (query: string) => {
    const started = performance.now();
    const response = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document, operationName: 'SearchAnime', variables: searchVariables(query) }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (response.status !== 200 || body.errors?.length) throw new Error(`SearchAnime "${query}": ${JSON.stringify(body).slice(0, 200)}`);
    return performance.now() - started;
  };
  const [toolTimes, rawTimes, graphqlTimes] = [[] as number[], [] as number[], [] as number[]];
  const ids = new Set<string>();
  for (let i = 0; i < requests + WARM_UP; i++) {
    const query = SEARCHES[i % SEARCHES.length];
    const call = await timedToolCall(mcp, 'search_anime', { query });
    if (call.error) throw new Error(`search_anime "${query}": ${call.error}`);
    const raw = await rawToolCall(mcpUrl, sessionId, 'search_anime', { query });
    const ms = await graphql(query);
    for (const hit of (call.result?.structuredContent as { search: { hits: { anime: { id: string } }[] } }).search.hits)
      ids.add(hit.anime.id);
    if (i < WARM_UP) continue;
    toolTimes.push(call.ms);
    rawTimes.push(raw);
    graphqlTimes.push(ms);
  }
  await mcp.close();

  // (b) `sessions` sessions, each calling the tools of the mix one after the other until the time is up.
  const animeIds = [...ids];
  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
  const MIX: { tool: string; args: () => Record<string, unknown> }[] = [
    { tool: 'search_anime', args: () => ({ query: pick(SEARCHES) }) },
    { tool: 'get_anime', args: () => ({ id: pick(animeIds) }) },
    { tool: 'find_similar_anime', args: () => ({ id: pick(animeIds), limit: 5 }) },
    { tool: 'get_catalog_stats', args: () => ({}) },
  ];
  const clients = await Promise.all(Array.from({ length: sessions }, (_, i) => openMcpSession(mcpUrl, `anigraph-bench-${i}`)));
  const calls = new Map<string, TimedCall[]>(MIX.map(({ tool }) => [tool, []]));
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client, c) => {
      for (let i = c; performance.now() < deadline; i++) {
        const { tool, args } = MIX[i % MIX.length];
        calls.get(tool)!.push(await timedToolCall(client, tool, args()));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(clients.map((client) => client.close()));

  const all = [...calls.values()].flat();
  const errors = all.filter((call) => call.error);
  const [tool, bare, direct] = [summarize(toolTimes), summarize(rawTimes), summarize(graphqlTimes)];
  console.log(
    latencyTable(
      [
        { name: 'MCP search_anime, SDK client', summary: tool },
        { name: 'MCP search_anime, bare POST', summary: bare },
        { name: 'GraphQL SearchAnime, same gateway', summary: direct },
      ],
      'request (ms)',
    ),
  );
  console.log(
    `\n${sessions} MCP sessions for ${elapsed.toFixed(1)} s: ${all.length} calls (${(all.length / elapsed).toFixed(0)}/s), ${errors.length} errors`,
  );
  console.log(
    latencyTable(
      [
        ...[...calls].map(([name, list]) => ({ name, summary: summarize(list.map((call) => call.ms)) })),
        { name: 'all tools', summary: summarize(all.map((call) => call.ms)) },
      ],
      'tool call (ms)',
    ),
  );
  for (const [message, count] of countBy(errors.map((call) => call.error!))) console.log(`  error x${count}: ${message}`);
  const { text, misses } = targetTable([
    { metric: 'MCP bare POST / GraphQL, p50', value: bare.p50 / direct.p50, unit: 'x', limit: 1.3 },
    { metric: 'MCP bare POST / GraphQL, p95', value: bare.p95 / direct.p95, unit: 'x' },
    { metric: 'MCP SDK client / GraphQL, p50', value: tool.p50 / direct.p50, unit: 'x' },
    { metric: 'MCP SDK client / GraphQL, p95', value: tool.p95 / direct.p95, unit: 'x' },
    { metric: `${sessions} sessions: errors`, value: all.length ? (100 * errors.length) / all.length : Number.NaN, unit: '%', limit: 0 },
    { metric: `${sessions} sessions: p50`, value: summarize(all.map((call) => call.ms)).p50, unit: 'ms' },
    { metric: `${sessions} sessions: p95`, value: summarize(all.map((call) => call.ms)).p95, unit: 'ms' },
  ]);
  console.log(`\n${text}`);
  console.log(`targets missed: ${misses}`);
  return 0;
}

function countBy(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

runMain('bench:mcp', main, async () => {
  await stopAllChildren();
  await fakes?.close();
});
