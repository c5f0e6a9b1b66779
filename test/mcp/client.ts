// An MCP client of the SDK, connected to the test app over Streamable HTTP or SSE.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { TestApp } from '../helpers/app.js';

export async function connectMcp(t: TestApp, transport: 'streamable-http' | 'sse' = 'streamable-http'): Promise<Client> {
  const base = t.app.url.replace(/\/graphql$/, '');
  const client = new Client({ name: 'anigraph-test', version: '1.0.0' });
  await client.connect(
    transport === 'sse' ? new SSEClientTransport(new URL(`${base}/sse`)) : new StreamableHTTPClientTransport(new URL(`${base}/mcp`)),
  );
  return client;
}
