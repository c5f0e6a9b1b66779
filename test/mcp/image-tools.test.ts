// search_by_image and search_multimodal through the SDK's own client over Streamable HTTP, against the
// real gateway with the tiny test CLIP and posters served on 127.0.0.1; the client checks every
// structuredContent against the tool's output schema.
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngOf } from '../../bench/image/png.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { MODEL_DIR } from '../helpers/model.js';
import { base64Of, clipPresent, imagesSettled, startPosterApp, type PosterApp } from '../helpers/poster-app.js';
import { connectMcp } from './client.js';

interface Called {
  isError?: boolean;
  data: any;
  text: string;
}

async function callTool(client: Client, name: string, args: Record<string, unknown>): Promise<Called> {
  const result = await client.callTool({ name, arguments: args });
  return { isError: result.isError as boolean | undefined, data: result.structuredContent, text: (result.content as any)[0].text };
}

/** A PNG whose header declares width x height pixels (its data is one pixel's: refused before any decoding). */
function declaredPng(width: number, height: number): Buffer {
  const png = pngOf(1, 1, () => [0, 0, 0]);
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

/** The failures of a tool error (the text is JSON: what failed, with the GraphQL codes). */
function failures(result: Called): { message: string; code: string }[] {
  expect(result.isError, result.text.slice(0, 300)).toBe(true);
  return JSON.parse(result.text).failures;
}

describe.runIf(clipPresent)('MCP picture tools', () => {
  let world: PosterApp;
  let client: Client;
  let call: (name: string, args: Record<string, unknown>) => Promise<Called>;
  beforeAll(async () => {
    world = await startPosterApp();
    client = await connectMcp(world.t);
    // From here on the client validates each structuredContent against the tool's output schema.
    await client.listTools();
    call = (name, args) => callTool(client, name, args);
  }, 60_000);
  afterAll(async () => {
    await client?.close();
    await world?.close();
  });

  it('lists search_by_image and search_multimodal, described, read-only and open-world', async () => {
    const { tools } = await client.listTools();
    for (const name of ['search_by_image', 'search_multimodal']) {
      const tool = tools.find((t) => t.name === name);
      expect(tool, name).toBeDefined();
      expect(tool!.annotations).toMatchObject({ readOnlyHint: true, openWorldHint: true });
      expect((tool!.inputSchema.properties as any).image.description).toMatch(/exactly one of base64 and url/);
    }
  });

  it('search_by_image finds an anime from its own poster first, by base64 or URL, with the criteria', async () => {
    const { animes, posters } = world;
    const found = await call('search_by_image', { image: { base64: base64Of(6) }, limit: 3 });
    expect(found.isError).toBeFalsy();
    expect(found.data.search_by_image.hits).toHaveLength(3);
    expect(found.data.search_by_image.hits[0].anime).toMatchObject({ id: animes[6].id, title: animes[6].title });
    expect(found.data.search_by_image.hits[0].components.image).toBeGreaterThan(0.99);
    expect(found.text).toMatch(new RegExp(`^Anime whose posters look most like the picture:\\n1\\. .*\\[${animes[6].id}\\]`));

    const byUrl = await call('search_by_image', { image: { url: `${posters}/poster/13.png` }, limit: 1 });
    expect(byUrl.data.search_by_image.hits[0].anime.id).toBe(animes[13].id);

    const n = animes.findIndex((anime, i) => i > 0 && anime.type === 'MOVIE');
    const tv = await call('search_by_image', { image: { base64: base64Of(n) }, filter: { types: ['TV'] }, limit: 50 });
    expect(tv.data.search_by_image.hits.every((hit: any) => hit.anime.type === 'TV')).toBe(true);
  });

  it('search_multimodal blends words and a picture by image_weight', async () => {
    const { animes } = world;
    const query = animes[3].title;
    const picture = await call('search_multimodal', { query, image: { base64: base64Of(8) }, image_weight: 1, limit: 5 });
    expect(picture.isError).toBeFalsy();
    expect(picture.data.search.hits[0].anime.id).toBe(animes[8].id);
    const words = await call('search_multimodal', { query, image: { base64: base64Of(8) }, image_weight: 0, limit: 5 });
    expect(words.data.search.hits[0].anime.id).toBe(animes[3].id);
    const both = await call('search_multimodal', { query, image: { base64: base64Of(8) } });
    expect(both.data.search.hits.slice(0, 2).map((hit: any) => hit.anime.id)).toEqual(expect.arrayContaining([animes[3].id, animes[8].id]));
  });

  it('answers a refused picture with a tool error naming the rule, and the session goes on', async () => {
    const [notBase64] = failures(await call('search_by_image', { image: { base64: 'not base64!' } }));
    expect(notBase64).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/not base64/) });
    const [loopback] = failures(await call('search_multimodal', { query: 'mecha', image: { url: 'http://localhost:9/a.png' } }));
    expect(loopback).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/loopback/) });
    const [tooMany] = failures(await call('search_by_image', { image: { base64: declaredPng(7000, 6000).toString('base64') } }));
    expect(tooMany).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/IMAGE_MAX_PIXELS/) });

    const both = await call('search_by_image', { image: { base64: base64Of(1), url: `${world.posters}/poster/1.png` } });
    expect(both.isError).toBe(true);
    expect(both.text).toMatch(/-32602.*exactly one of base64 and url/s);
    const weight = await call('search_multimodal', { query: 'x', image: { base64: base64Of(1) }, image_weight: 2 });
    expect(weight.text).toMatch(/-32602.*image_weight/s);

    expect((await call('search_by_image', { image: { base64: base64Of(2) }, limit: 1 })).isError).toBeFalsy();
  });

  it('takes a picture larger than the 4 MiB an MCP message may otherwise be', async () => {
    // Noise does not compress: about 4.4 MB of PNG, 5.9 MB in base64, within IMAGE_MAX_BYTES (5 MiB).
    const side = 1210;
    const noise = randomBytes(side * side * 3);
    const big = pngOf(side, side, (x, y) => {
      const at = (y * side + x) * 3;
      return [noise[at], noise[at + 1], noise[at + 2]];
    });
    expect(big.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(big.length).toBeLessThan(5 * 1024 * 1024);
    const found = await call('search_by_image', { image: { base64: big.toString('base64') }, limit: 1 });
    expect(found.isError, found.text.slice(0, 300)).toBeFalsy();
    expect(found.data.search_by_image.hits).toHaveLength(1);
  });
});

describe.runIf(clipPresent)('MCP picture tools without a CLIP model', () => {
  let t: TestApp;
  let client: Client;
  beforeAll(async () => {
    t = await startTestApp({ IMAGE_SEARCH: 'true', MODEL_DIR, CLIP_MODEL: 'nobody/no-such-clip' });
    expect((await imagesSettled(t)).imageState).toBe('UNAVAILABLE');
    client = await connectMcp(t);
    await client.listTools();
  }, 60_000);
  afterAll(async () => {
    await client?.close();
    await t?.close();
  });

  it('search_by_image fails as not ready; search_multimodal answers by the words with a warning', async () => {
    const [notReady] = failures(await callTool(client, 'search_by_image', { image: { base64: base64Of(1) } }));
    expect(notReady).toMatchObject({ code: 'SERVICE_NOT_READY', message: expect.stringMatching(/no CLIP model/) });
    const words = await callTool(client, 'search_multimodal', { query: 'Cowboy Bebop', image: { base64: base64Of(1) } });
    expect(words.isError).toBeFalsy();
    expect(words.data.search.hits[0].anime.title).toBe('Cowboy Bebop');
    expect(words.text).toMatch(/Warning: Image search is not available/);
  });
});
