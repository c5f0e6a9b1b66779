// MCP sessions for benchmarks: the SDK's own client over Streamable HTTP, and one timed tool call.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** A session at `mcpUrl` that has listed the tools, as an assistant does (its results are then checked against their output schemas). */
export async function openMcpSession(mcpUrl: string, name = 'anigraph-bench'): Promise<Client> {
  const client = new Client({ name, version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)));
  await client.listTools();
  return client;
}

export interface TimedCall {
  result?: CallToolResult;
  /** The tool's error text, or why the call failed. */
  error?: string;
  ms: number;
}

/** A tool call's result and time; a tool error (isError) or a failed request is an `error`, never a throw. */
export async function timedToolCall(client: Client, name: string, args: Record<string, unknown>): Promise<TimedCall> {
  const started = performance.now();
  try {
    const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
    const ms = performance.now() - started;
    if (!result.isError) return { result, ms };
    const text = result.content.find((c) => c.type === 'text');
    return { result, error: text?.type === 'text' ? text.text.slice(0, 200) : 'isError', ms };
  } catch (error) {
    return { error: (error as Error).message.slice(0, 200), ms: performance.now() - started };
  }
}

/** The session id of a client connected by openMcpSession. */
export function sessionIdOf(client: Client): string {
  const id = (client.transport as StreamableHTTPClientTransport | undefined)?.sessionId;
  if (!id) throw new Error('the MCP session has no id');
  return id;
}

let rawIds = 0;

/**
 * A tools/call POSTed as it goes on the wire, its answer (an SSE stream) read whole: the server's and
 * the protocol's cost without the SDK client's own (stream parsing, output-schema validation).
 */
export async function rawToolCall(mcpUrl: string, sessionId: string, name: string, args: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(mcpUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-session-id': sessionId,
      'mcp-protocol-version': '2025-06-18',
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: `raw-${++rawIds}`, method: 'tools/call', params: { name, arguments: args } }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200 || !text.includes('"result"') || text.includes('"isError":true'))
    throw new Error(`tools/call ${name} answered ${response.status}: ${text.slice(0, 200)}`);
  return ms;
}
