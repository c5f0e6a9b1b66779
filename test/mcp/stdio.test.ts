// The MCP server over stdio as an assistant runs it: `node bin/anigraph-mcp.js` (the package's bin,
// which builds dist/ when it is missing or stale) spawned by the SDK's own StdioClientTransport.
// stdout must carry the protocol only (the client reports anything else as an error), the logs go
// to stderr, and closing stdin ends the process.
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../lib/paths.js';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

/** The first start may build dist/ (tsc, ~15 s here) before it answers initialize. */
const START_TIMEOUT_MS = 150_000;

interface StdioServer {
  client: Client;
  transport: StdioClientTransport;
  /** Every line the server wrote to stderr. */
  stderr: string[];
  /** Errors the client met reading stdout: any line that is not a JSON-RPC message. */
  protocolErrors: Error[];
  /** stderr's JSON log lines. */
  logs(): Record<string, any>[];
}

async function startStdioServer(env: Record<string, string>): Promise<StdioServer> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(PROJECT_ROOT, 'bin', 'anigraph-mcp.js')],
    env: { LOG_LEVEL: 'debug', ...env },
    stderr: 'pipe',
  });
  const stderr: string[] = [];
  let partial = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    stderr.push(...lines);
  });
  const protocolErrors: Error[] = [];
  const client = new Client({ name: 'anigraph-stdio-test', version: '1.0.0' });
  client.onerror = (error) => protocolErrors.push(error);
  await client.connect(transport, { timeout: START_TIMEOUT_MS });
  const logs = () =>
    stderr.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, any>];
      } catch {
        return [];
      }
    });
  return { client, transport, stderr, protocolErrors, logs };
}

const EMBEDDED_ENV = {
  CATALOG_AUTO_DOWNLOAD: 'false',
  SEMANTIC_SEARCH: 'false',
  IMAGE_SEARCH: 'false',
  CATALOG_UPDATE_INTERVAL: '0',
  SCHEDULE_POLL_INTERVAL: '0',
};

describe('MCP over stdio, the whole graph in the process', () => {
  let server: StdioServer;
  beforeAll(async () => {
    const fixture = writeFixtureCatalog();
    server = await startStdioServer({ ...EMBEDDED_ENV, ANIME_DB_PATH: fixture.catalogPath, ANIME_SYNOPSES_PATH: fixture.synopsesPath });
  }, START_TIMEOUT_MS + 30_000);
  afterAll(async () => {
    await server?.client.close();
  });

  it('lists the tools and answers search_anime, with only JSON-RPC on stdout and the logs on stderr', async () => {
    const { tools } = await server.client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['search_anime', 'get_anime', 'get_catalog_stats']));

    const result = await server.client.callTool({
      name: 'search_anime',
      arguments: { query: 'cowboy bebopp', limit: 3 },
      _meta: { correlationId: 'stdio-embedded-1' },
    });
    expect(result.isError).toBeFalsy();
    expect((result.structuredContent as any).search.hits[0].anime).toMatchObject({ id: 'mal-1', title: 'Cowboy Bebop' });

    expect(server.protocolErrors).toEqual([]);
    const logs = server.logs();
    expect(logs.some((l) => /^catalog loaded/.test(l.msg))).toBe(true);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'MCP tool call', tool: 'search_anime', correlationId: 'stdio-embedded-1' }));
    // Its own gateway listens on a free port of 127.0.0.1, never on PORT's 4000.
    const listening = logs.find((l) => /gateway listening/.test(l.msg));
    expect(listening?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(listening?.url).not.toContain(':4000/');
  });

  it('shuts down when the client closes its stdin', async () => {
    const pid = server.transport.pid!;
    await server.client.close();
    expect(server.logs()).toContainEqual(expect.objectContaining({ msg: 'MCP over stdio: shutting down', reason: 'stdin closed' }));
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });
});

describe('MCP over stdio, asking a running gateway (ANIGRAPH_URL)', () => {
  let t: TestApp;
  let server: StdioServer;
  beforeAll(async () => {
    const fixture = writeFixtureCatalog();
    t = await startTestApp({ ANIME_DB_PATH: fixture.catalogPath });
    await t.searchSettled();
    // No catalog of its own: were it to start the graph, the demo catalog would answer instead.
    server = await startStdioServer({
      ...EMBEDDED_ENV,
      ANIGRAPH_URL: t.app.url.replace(/\/graphql$/, ''),
      ANIME_DB_PATH: '/nonexistent.json',
    });
  }, START_TIMEOUT_MS + 60_000);
  afterAll(async () => {
    await server?.client.close();
    await t?.close();
  });

  it("answers from that gateway's catalog, with the call's correlation id in its log", async () => {
    const result = await server.client.callTool({
      name: 'get_catalog_stats',
      arguments: {},
      _meta: { correlationId: 'stdio-remote-1' },
    });
    expect(result.isError).toBeFalsy();
    expect(JSON.stringify(result.structuredContent)).toContain('"total":30');
    expect(t.logs).toContainEqual(expect.objectContaining({ msg: 'request', url: '/graphql', correlationId: 'stdio-remote-1' }));
    const logs = server.logs();
    expect(logs.some((l) => /catalog loaded|gateway listening/.test(l.msg))).toBe(false);
    expect(server.protocolErrors).toEqual([]);
  });
});
