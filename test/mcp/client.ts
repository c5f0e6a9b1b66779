// An MCP client of the SDK, connected to the test app over Streamable HTTP or SSE; and the world the
// MCP tests run in (the platform fakes, the app on the fixture catalog, a client).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { FixtureFiles } from '../fixtures/catalog.fixture.js';
import type { TestApp } from '../helpers/app.js';
import { startAppWithFakes } from '../helpers/app-with-fakes.js';
import type { Fakes } from '../platforms/fakes/start-all.js';

export async function connectMcp(t: TestApp, transport: 'streamable-http' | 'sse' = 'streamable-http'): Promise<Client> {
  const base = t.app.url.replace(/\/graphql$/, '');
  const client = new Client({ name: 'anigraph-test', version: '1.0.0' });
  await client.connect(
    transport === 'sse' ? new SSEClientTransport(new URL(`${base}/sse`)) : new StreamableHTTPClientTransport(new URL(`${base}/mcp`)),
  );
  return client;
}

export interface McpWorld {
  fakes: Fakes;
  fixture: FixtureFiles;
  t: TestApp;
  /** Connected over Streamable HTTP, with the tools listed (so it validates each structuredContent). */
  client: Client;
  close(): Promise<void>;
}

/** The platform fakes, the app on the fixture catalog, and an MCP client of it. */
export async function startMcpWorld(env: Record<string, string> = {}): Promise<McpWorld> {
  const { fakes, fixture, t, close } = await startAppWithFakes(env);
  const client = await connectMcp(t);
  // The client keeps the tools' output schemas and from then on checks every structuredContent.
  await client.listTools();
  return {
    fakes,
    fixture,
    t,
    client,
    async close() {
      await client.close();
      await close();
    },
  };
}
