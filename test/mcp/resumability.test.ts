// Streamable HTTP keeps each session's messages (a bounded event store): a client that lost a stream
// asks again with Last-Event-ID and gets what followed that event, as the MCP transport specifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMcpWorld, type McpWorld } from './client.js';

let world: McpWorld;
let endpoint: string;
beforeAll(async () => {
  world = await startMcpWorld();
  endpoint = world.t.app.url.replace(/\/graphql$/, '/mcp');
});
afterAll(() => world?.close());

const HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'mcp-protocol-version': '2025-06-18' };

/** The SSE events of a response: id and parsed data. */
async function events(response: Response): Promise<{ id?: string; data: any }[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.includes('data:'))
    .map((block) => {
      const id = /^id: ?(.*)$/m.exec(block)?.[1];
      const data = JSON.parse(/^data: ?(.*)$/m.exec(block)![1]);
      return { id, data };
    });
}

describe('MCP resumability', () => {
  it('replays the messages after Last-Event-ID to a client that lost its stream', async () => {
    const init = await fetch(endpoint, {
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'resume-test', version: '1' } },
      }),
    });
    const session = init.headers.get('mcp-session-id')!;
    expect(session).toBeTruthy();
    await init.text();
    const headers = { ...HEADERS, 'mcp-session-id': session };
    await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) });

    const call = await fetch(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/call',
        params: { name: 'get_anime', arguments: { id: 'mal-1' }, _meta: { progressToken: 'p1' } },
      }),
    });
    const sent = await events(call);
    const result = sent.find((e) => e.data.id === 2)!;
    expect(result.data.result.structuredContent.anime.title).toBe('Cowboy Bebop');
    // Every message of the stream has an event id; the first one is a progress notification.
    expect(sent.every((e) => e.id)).toBe(true);
    expect(sent[0].data.method).toBe('notifications/progress');

    // The client saw only the first event: it asks for the rest.
    const resumed = await fetch(endpoint, { method: 'GET', headers: { ...headers, 'last-event-id': sent[0].id! } });
    expect(resumed.status).toBe(200);
    const reader = resumed.body!.getReader();
    let text = '';
    while (!text.includes('"id":2')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(text).toContain('Cowboy Bebop');
    expect(text).toContain(`id: ${result.id}`);
  });
});
