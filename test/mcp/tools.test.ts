// The MCP tools through the SDK's own client over Streamable HTTP, against the real gateway with the
// platforms faked locally: each answers structured content that its output schema accepts.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fakes } from '../platforms/fakes/start-all.js';
import { startMcpWorld, type McpWorld } from './client.js';

let fakes: Fakes;
let client: Client;

let world: McpWorld;
beforeAll(async () => {
  world = await startMcpWorld();
  ({ fakes, client } = world);
});
afterAll(() => world?.close());

describe('MCP tools over Streamable HTTP', () => {
  it('lists the tools, each described, read-only, with input and output schemas', async () => {
    const { tools } = await client.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['search_anime', 'get_anime', 'find_similar_anime', 'get_recommendations']));
    for (const tool of tools) {
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.title, tool.name).toBeTruthy();
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      const properties = Object.values((tool.inputSchema.properties ?? {}) as Record<string, { description?: string }>);
      expect(
        properties.every((p) => p.description),
        `${tool.name}: every input field described`,
      ).toBe(true);
    }
  });

  it('search_anime finds an anime by a misspelled title, with structured content and a readable text', async () => {
    const result = await client.callTool({ name: 'search_anime', arguments: { query: 'cowboy bebopp', limit: 3 } });
    expect(result.isError).toBeFalsy();
    const search = (result.structuredContent as any).search;
    expect(search.hits[0].anime).toMatchObject({ id: 'mal-1', title: 'Cowboy Bebop' });
    expect((result.content as any)[0].text).toContain('Cowboy Bebop');
  });

  it('get_anime takes a platform id, and fetches the platforms only when asked (enhance_level)', async () => {
    const basic = await client.callTool({ name: 'get_anime', arguments: { platform: 'MYANIMELIST', platform_id: '1' } });
    const anime = (basic.structuredContent as any).anime;
    expect(anime).toMatchObject({ id: 'mal-1', title: 'Cowboy Bebop' });
    expect(anime.platform_scores).toBeUndefined();
    expect(fakes.jikan.requests).toEqual([]);
    const detailed = await client.callTool({ name: 'get_anime', arguments: { id: 'mal-1', enhance_level: 'detailed' } });
    expect((detailed.structuredContent as any).anime.platform_scores.length).toBeGreaterThan(0);
  });

  it('refuses invalid input naming the field, and the session goes on', async () => {
    const bad = await client.callTool({ name: 'search_anime', arguments: { query: 'x', limit: 500 } });
    expect(bad.isError).toBe(true);
    expect((bad.content as any)[0].text).toMatch(/-32602.*limit/s);
    const neither = await client.callTool({ name: 'get_anime', arguments: {} });
    expect(neither.isError).toBe(true);
    expect((neither.content as any)[0].text).toContain('Give either id, or platform and platform_id');
    const ok = await client.callTool({ name: 'get_catalog_stats', arguments: {} });
    expect(ok.isError).toBeFalsy();
  });

  it('answers an anime the catalog lacks with isError and the GraphQL code', async () => {
    const result = await client.callTool({ name: 'find_similar_anime', arguments: { id: 'mal-999999999' } });
    expect(result.isError).toBe(true);
    expect(JSON.parse((result.content as any)[0].text).failures[0].code).toBe('NOT_FOUND');
  });
});
