// MCP over its HTTP transports and the protocol around a call: the legacy SSE transport, separate
// Streamable HTTP sessions, the Host guard, cancellation, progress and the correlation id.
import { request } from 'node:http';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { startFakes, type Fakes } from '../platforms/fakes/start-all.js';
import { connectMcp } from './client.js';

let fakes: Fakes;
let t: TestApp;
const clients: Client[] = [];

beforeAll(async () => {
  fakes = await startFakes();
  const fixture = writeFixtureCatalog();
  t = await startTestApp({
    ANIME_DB_PATH: fixture.catalogPath,
    ANIME_SYNOPSES_PATH: fixture.synopsesPath,
    ...fakes.env,
    // Slow platforms in the cancellation test must stay within the platform timeout.
    PLATFORM_TIMEOUT_MS: '5000',
  });
  await t.searchSettled();
});
afterEach(() => {
  for (const fake of fakes.all) fake.latencyMs = 0;
  fakes.reset();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await t?.close();
  await fakes?.close();
});

const connect = async (transport?: 'streamable-http' | 'sse') => {
  const client = await connectMcp(t, transport);
  clients.push(client);
  return client;
};
const sessionOf = (client: Client) => (client.transport as StreamableHTTPClientTransport).sessionId;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const firstHitId = (result: Awaited<ReturnType<Client['callTool']>>) => (result.structuredContent as any).search.hits[0].anime.id;
const searchCall = { name: 'search_anime', arguments: { query: 'cowboy bebopp', limit: 3 } };

/** A raw HTTP request to the app (fetch may not set Host). */
function raw(path: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: t.app.port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body: res.headers['content-type']?.includes('json') ? JSON.parse(text) : text });
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}
const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
};
const toolsList = { jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} };

describe('MCP transports', () => {
  it('answers the same tool call over the legacy HTTP+SSE transport', async () => {
    const sse = await connect('sse');
    const result = await sse.callTool(searchCall);
    expect(result.isError).toBeFalsy();
    expect(firstHitId(result)).toBe('mal-1');
  });

  it('keeps Streamable HTTP sessions apart: closing one leaves the other working, and its id is then unknown', async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    const [idA, idB] = [sessionOf(a), sessionOf(b)];
    expect(idA).toBeTruthy();
    expect(idB).toBeTruthy();
    expect(idA).not.toBe(idB);
    const [ra, rb] = await Promise.all([a.callTool(searchCall), b.callTool(searchCall)]);
    expect([firstHitId(ra), firstHitId(rb)]).toEqual(['mal-1', 'mal-1']);

    await (a.transport as StreamableHTTPClientTransport).terminateSession();
    expect(firstHitId(await b.callTool(searchCall))).toBe('mal-1');
    const closed = await raw('/mcp', { host: `127.0.0.1:${t.app.port}`, 'mcp-session-id': idA! }, toolsList);
    expect(closed.status).toBe(404);
    expect(closed.body.error.code).toBe(-32001);
    const unknown = await raw('/mcp', { host: `127.0.0.1:${t.app.port}`, 'mcp-session-id': crypto.randomUUID() }, toolsList);
    expect(unknown.status).toBe(404);
    const own = await raw('/mcp', { host: `127.0.0.1:${t.app.port}`, 'mcp-session-id': idB! }, toolsList);
    expect(own.status).toBe(200);
  });

  it('refuses a foreign Host or Origin with 403 (DNS rebinding), and answers its own host', async () => {
    const foreign = await raw('/mcp', { host: 'evil.example' }, initialize);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.message).toContain('MCP_ALLOWED_HOSTS');
    expect((await raw('/sse', { host: 'evil.example' }, {})).status).toBe(403);
    const foreignOrigin = await raw('/mcp', { host: `127.0.0.1:${t.app.port}`, origin: 'http://evil.example' }, initialize);
    expect(foreignOrigin.status).toBe(403);
    const own = await raw('/mcp', { host: `localhost:${t.app.port}` }, initialize);
    expect(own.status).toBe(200);
  });
});

describe('MCP protocol around a tool call', () => {
  it('cancels a slow call when the client aborts it: the call rejects, the server drops it, and stays usable', async () => {
    const client = await connect();
    for (const fake of fakes.all) fake.latencyMs = 1_000;
    const controller = new AbortController();
    const call = client.callTool(
      { name: 'get_anime', arguments: { id: 'mal-9253', enhance_level: 'detailed' }, _meta: { correlationId: 'test-cancel-1' } },
      undefined,
      { signal: controller.signal },
    );
    // Abort once the server is waiting on the platforms.
    while (!fakes.all.some((fake) => fake.requests.length > 0)) await sleep(10);
    const started = performance.now();
    controller.abort(new Error('the user gave up'));
    await expect(call).rejects.toThrow('the user gave up');
    expect(performance.now() - started).toBeLessThan(500);

    // Had the server gone on, the call would have finished (and logged) once the platforms answered.
    await sleep(1_500);
    const lines = t.logs.filter((line) => line.correlationId === 'test-cancel-1');
    expect(lines.length, 'the call reached the gateway').toBeGreaterThan(0);
    expect(lines.filter((line) => /^MCP tool/.test(line.msg))).toEqual([]);

    for (const fake of fakes.all) fake.latencyMs = 0;
    const after = await client.callTool({ name: 'get_anime', arguments: { id: 'mal-1' } });
    expect((after.structuredContent as any).anime.id).toBe('mal-1');
  });

  it('reports progress to a client that asked for it (a progress token)', async () => {
    const client = await connect();
    const progress: Progress[] = [];
    const result = await client.callTool({ name: 'get_anime', arguments: { id: 'mal-1' } }, undefined, {
      onprogress: (p) => progress.push(p),
    });
    expect(result.isError).toBeFalsy();
    expect(progress).toEqual([
      expect.objectContaining({ progress: 1, total: 2, message: 'anime found' }),
      expect.objectContaining({ progress: 2, total: 2, message: 'details fetched' }),
    ]);
  });

  it("carries the correlation id given in _meta to the gateway's log lines of the GraphQL request", async () => {
    const client = await connect();
    const result = await client.callTool({ name: 'get_catalog_stats', arguments: {}, _meta: { correlationId: 'test-corr-1' } });
    expect(result.isError).toBeFalsy();
    const gatewayLines = t.logs.filter((line) => line.correlationId === 'test-corr-1' && line.component === 'gateway');
    // The gateway's debug line of the subgraph call it made for the named operation.
    expect(gatewayLines.some((line) => /^query CatalogStats\b/.test(line.query ?? ''))).toBe(true);
  });
});
