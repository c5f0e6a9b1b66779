// The MCP resources and prompts through the SDK's own client, against the real gateway with the
// platforms faked locally: listed, read, completed, and refused with invalid params.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMcpWorld, type McpWorld } from './client.js';

let client: Client;

let world: McpWorld;
beforeAll(async () => {
  world = await startMcpWorld();
  ({ client } = world);
});
afterAll(() => world?.close());

const readJson = async (uri: string) => {
  const { contents } = await client.readResource({ uri });
  expect(contents).toHaveLength(1);
  expect(contents[0]).toMatchObject({ uri, mimeType: 'application/json' });
  return JSON.parse((contents[0] as { text: string }).text);
};

const rejection = async (promise: Promise<unknown>): Promise<McpError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(McpError);
  return error as McpError;
};

describe('MCP resources', () => {
  it('lists the fixed resources and the anime template, each titled, described and JSON', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(['anime://catalog/stats', 'anime://platforms/status', 'anime://schedule/today']);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((r) => r.uriTemplate)).toEqual(['anime://{id}']);
    for (const resource of [...resources, ...resourceTemplates]) {
      expect(resource.title, resource.name).toBeTruthy();
      expect(resource.description, resource.name).toBeTruthy();
      expect(resource.mimeType, resource.name).toBe('application/json');
    }
  });

  it('reads an anime by id as the JSON of AnimeById', async () => {
    const anime = await readJson('anime://mal-1');
    expect(anime).toMatchObject({ id: 'mal-1', title: 'Cowboy Bebop', type: 'TV', episodes: 26 });
    expect(anime.platformIds).toEqual(expect.arrayContaining([expect.objectContaining({ platform: 'MYANIMELIST', id: '1' })]));
    expect(anime.related).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'mal-5' })]));
  });

  it("answers an anime the catalog lacks with MCP's resource-not-found error", async () => {
    const error = await rejection(client.readResource({ uri: 'anime://mal-999999999' }));
    expect(error.code).toBe(-32002);
    expect(error.message).toContain('mal-999999999');
  });

  it('reads the catalog statistics', async () => {
    const stats = await readJson('anime://catalog/stats');
    expect(stats.total).toBe(30);
    expect(stats.byType.length).toBeGreaterThan(0);
    expect(stats.topTags.length).toBeGreaterThan(0);
  });

  it("reads the platforms' status and the platform cache", async () => {
    const status = await readJson('anime://platforms/status');
    expect(status.platformStatus.map((p: { platform: string }) => p.platform).sort()).toEqual([
      'ANIDB',
      'ANILIST',
      'ANIMESCHEDULE',
      'KITSU',
      'MYANIMELIST',
    ]);
    expect(status.platformCache).toHaveProperty('l1');
  });

  it("reads today's schedule, from midnight to midnight UTC", async () => {
    const schedule = await readJson('anime://schedule/today');
    const midnight = `${new Date().toISOString().slice(0, 10)}T00:00:00`;
    expect(schedule.from).toContain(midnight);
    expect(Date.parse(schedule.to) - Date.parse(schedule.from)).toBe(24 * 3600 * 1000);
    expect(schedule.timezone).toBe('UTC');
    expect(Array.isArray(schedule.days)).toBe(true);
    expect(schedule.dataSources.length).toBeGreaterThan(0);
  });

  it("completes an anime's id from part of its title, best match first", async () => {
    const { completion } = await client.complete({
      ref: { type: 'ref/resource', uri: 'anime://{id}' },
      argument: { name: 'id', value: 'cowboy beb' },
    });
    expect(completion.values[0]).toBe('mal-1');
    expect(completion.values).toContain('mal-5');
    expect(completion.values.length).toBeLessThanOrEqual(20);
    const blank = await client.complete({ ref: { type: 'ref/resource', uri: 'anime://{id}' }, argument: { name: 'id', value: '' } });
    expect(blank.completion.values).toEqual([]);
  });
});

describe('MCP prompts', () => {
  it('lists the prompts with their arguments, saying which are required', async () => {
    const { prompts } = await client.listPrompts();
    const byName = Object.fromEntries(prompts.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['compare_anime', 'discover_anime', 'whats_airing']);
    const required = (name: string) => Object.fromEntries(byName[name].arguments!.map((a) => [a.name, a.required]));
    expect(required('discover_anime')).toEqual({ likes: true, era: false, length: false });
    expect(required('compare_anime')).toEqual({ first: true, second: true, others: false });
    expect(required('whats_airing')).toEqual({ timezone: true, day: false });
    for (const prompt of prompts) {
      expect(prompt.title, prompt.name).toBeTruthy();
      expect(prompt.description, prompt.name).toBeTruthy();
      expect(prompt.arguments!.every((a) => a.description)).toBe(true);
    }
  });

  const promptText = async (name: string, args: Record<string, string>) => {
    const { messages } = await client.getPrompt({ name, arguments: args });
    expect(messages.length).toBeGreaterThan(0);
    return messages.map((m) => (m.content as { text: string }).text).join('\n');
  };

  it('discover_anime asks for anime of a taste, era and length, with search_anime and query_anime', async () => {
    const text = await promptText('discover_anime', { likes: 'cozy slice of life', era: '1990s', length: 'short' });
    expect(text).toContain('cozy slice of life');
    expect(text).toContain('1990s');
    expect(text).toContain('short');
    expect(text).toMatch(/\bsearch_anime\b/);
    expect(text).toMatch(/\bquery_anime\b/);
    const minimal = await promptText('discover_anime', { likes: 'mecha' });
    expect(minimal).not.toContain('Era:');
  });

  it('compare_anime names every title, and says to use search_anime then compare_ratings', async () => {
    const text = await promptText('compare_anime', { first: 'Cowboy Bebop', second: 'Steins;Gate', others: 'Mushishi, Naruto' });
    for (const title of ['Cowboy Bebop', 'Steins;Gate', 'Mushishi', 'Naruto']) expect(text).toContain(`"${title}"`);
    expect(text.indexOf('search_anime')).toBeLessThan(text.indexOf('compare_ratings'));
  });

  it('whats_airing uses the time zone and day with get_schedule and get_currently_airing', async () => {
    const text = await promptText('whats_airing', { timezone: 'Europe/Berlin', day: 'friday' });
    expect(text).toContain('Europe/Berlin');
    expect(text).toContain('friday');
    expect(text).toMatch(/\bget_schedule\b/);
    expect(text).toMatch(/\bget_currently_airing\b/);
  });

  it.each([
    ['discover_anime', { era: '1990s' }, 'likes'],
    ['compare_anime', { first: 'Cowboy Bebop' }, 'second'],
    ['whats_airing', { day: 'today' }, 'timezone'],
    ['whats_airing', { timezone: 'Mars/Olympus_Mons' }, 'timezone'],
  ])('%s without a valid required argument is refused with invalid params naming it (%j)', async (name, args, missing) => {
    const error = await rejection(client.getPrompt({ name, arguments: args }));
    expect(error.code).toBe(ErrorCode.InvalidParams);
    expect(error.message).toContain(missing);
  });

  it('completes the titles of compare_anime from the catalog, and the time zone of whats_airing', async () => {
    const first = await client.complete({
      ref: { type: 'ref/prompt', name: 'compare_anime' },
      argument: { name: 'first', value: 'steins' },
    });
    expect(first.completion.values[0]).toBe('Steins;Gate');
    const others = await client.complete({
      ref: { type: 'ref/prompt', name: 'compare_anime' },
      argument: { name: 'others', value: 'Mushishi, cowboy beb' },
    });
    expect(others.completion.values[0]).toBe('Mushishi, Cowboy Bebop');
    const zone = await client.complete({
      ref: { type: 'ref/prompt', name: 'whats_airing' },
      argument: { name: 'timezone', value: 'berl' },
    });
    expect(zone.completion.values).toContain('Europe/Berlin');
  });
});
