// The in-process catalog update and `npm run data:update`, against a local server that publishes
// releases as GitHub does: ETag and Last-Modified, 304 to a conditional request for the same bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateReleaseFile } from '../subgraphs/catalog/catalog/release-update-cli.js';
import type { CatalogSubgraph } from '../subgraphs/catalog/subgraph.js';
import { VALID_COUNT, writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

interface Publisher {
  url: string;
  /** What the release URL serves next. */
  publish(body: string): void;
  /** Conditional headers of every request, in order. */
  requests: { ifNoneMatch?: string }[];
  close(): void;
}

async function startPublisher(body: string): Promise<Publisher> {
  let current = body;
  const requests: Publisher['requests'] = [];
  const server: Server = createServer((req, res) => {
    const etag = `"${createHash('sha1').update(current).digest('hex')}"`;
    requests.push({ ifNoneMatch: req.headers['if-none-match'] });
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag, 'last-modified': new Date().toUTCString() }).end(current);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/anime-offline-database-minified.json`,
    publish: (next) => (current = next),
    requests,
    close: () => server.close(),
  };
}

let t: TestApp | undefined;
let publisher: Publisher | undefined;
afterEach(async () => {
  await t?.close();
  publisher?.close();
  t = publisher = undefined;
});

const release = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { lastUpdate: string; data: Record<string, unknown>[] };
const stats = async () =>
  (await t!.gql('{ catalogStats { total lastUpdate updates { enabled lastCheck { outcome message } nextCheckAt } } }')).body.data
    .catalogStats;

/** A server on the fixture, updating from the publisher; checks run when the test calls them. */
async function startUpdatingApp() {
  const { catalogPath } = writeFixtureCatalog();
  const original = readFileSync(catalogPath, 'utf8');
  publisher = await startPublisher(original);
  t = await startTestApp({ ANIME_DB_PATH: catalogPath, ANIME_DB_URL: publisher.url, CATALOG_UPDATE_INTERVAL: '7d' });
  const catalog = t.app.subgraphs.get('catalog') as CatalogSubgraph;
  return { catalogPath, original, updates: catalog.updates };
}

describe('the weekly catalog update', () => {
  it('downloads a new release, serves it and keeps it on disk; the next check is answered 304', async () => {
    const { catalogPath, original, updates } = await startUpdatingApp();
    const next = { ...release(catalogPath), lastUpdate: '2030-01-06' };
    const bebop = 'https://myanimelist.net/anime/1';
    next.data = next.data.map((entry) => ((entry?.sources as string[] | undefined)?.includes(bebop) ? { ...entry, episodes: 7 } : entry));
    publisher!.publish(JSON.stringify(next));

    expect((await updates.check()).outcome).toBe('UPDATED');
    const { body } = await t!.gql('{ anime(id: "mal-1") { episodes } }');
    expect(body.data.anime.episodes).toBe(7);
    expect(await stats()).toMatchObject({ total: VALID_COUNT, lastUpdate: '2030-01-06', updates: { lastCheck: { outcome: 'UPDATED' } } });
    expect(readFileSync(catalogPath, 'utf8')).not.toBe(original);

    expect((await updates.check()).outcome).toBe('UNCHANGED');
    expect(publisher!.requests.at(-1)?.ifNoneMatch).toMatch(/^"/);
    expect((await stats()).updates.lastCheck.outcome).toBe('UNCHANGED');
  });

  it('keeps serving, and the file on disk, when the new release is corrupt or shrunken', async () => {
    const { catalogPath, original, updates } = await startUpdatingApp();
    publisher!.publish('{"data": [ {"title": "cut off here');
    expect((await updates.check()).outcome).toBe('INVALID');
    publisher!.publish(JSON.stringify({ ...release(catalogPath), data: release(catalogPath).data.slice(0, 12) }));
    const refused = await updates.check();
    expect(refused.outcome).toBe('REFUSED');
    expect(refused.message).toMatch(/CATALOG_MAX_SHRINK/);
    expect((await stats()).total).toBe(VALID_COUNT);
    expect(readFileSync(catalogPath, 'utf8')).toBe(original);
  });

  it('asks about the release that serves, not the file on disk: one fetched by data:update without a reload is served by the next check', async () => {
    const { catalogPath, updates } = await startUpdatingApp();
    const next = { ...release(catalogPath), lastUpdate: '2030-02-03' };
    publisher!.publish(JSON.stringify(next));
    const request = { url: publisher!.url, path: catalogPath, timeoutMs: 5000, maxShrink: 0.2, allowShrink: false };
    expect(await updateReleaseFile(request)).toMatchObject({ changed: true, releaseDate: '2030-02-03' });
    expect((await stats()).lastUpdate).not.toBe('2030-02-03');
    expect((await updates.check()).outcome).toBe('UPDATED');
    expect((await stats()).lastUpdate).toBe('2030-02-03');
  });

  it('says the release is unreachable, once per check, and keeps serving', async () => {
    const { updates } = await startUpdatingApp();
    publisher!.close();
    expect((await updates.check()).outcome).toBe('UNREACHABLE');
    const warnings = t!.logs.filter((line) => /catalog update check/.test(line.msg));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].msg).toMatch(/set ANIME_DB_PATH/);
    expect(await stats()).toMatchObject({ total: VALID_COUNT, updates: { enabled: true, lastCheck: { outcome: 'UNREACHABLE' } } });
    expect((await stats()).updates.nextCheckAt).not.toBeNull();
  });

  it('is off with CATALOG_UPDATE_INTERVAL=0', async () => {
    const { catalogPath } = writeFixtureCatalog();
    t = await startTestApp({ ANIME_DB_PATH: catalogPath, CATALOG_UPDATE_INTERVAL: '0' });
    expect((await stats()).updates).toMatchObject({ enabled: false, lastCheck: null, nextCheckAt: null });
  });
});

describe('npm run data:update', () => {
  it('refuses a shrunken release unless --allow-shrink, which the running server then accepts on reload', async () => {
    const { catalogPath } = writeFixtureCatalog();
    const shrunk = { ...release(catalogPath), data: release(catalogPath).data.slice(0, 10) };
    publisher = await startPublisher(JSON.stringify(shrunk));
    t = await startTestApp({ ANIME_DB_PATH: catalogPath });
    const original = readFileSync(catalogPath, 'utf8');
    const request = { url: publisher.url, path: catalogPath, timeoutMs: 5000, maxShrink: 0.2 };

    await expect(updateReleaseFile({ ...request, allowShrink: false })).rejects.toThrow(/--allow-shrink/);
    expect(readFileSync(catalogPath, 'utf8')).toBe(original);
    await expect(t.app.reload()).resolves.toBeUndefined(); // the same file: nothing refused
    expect((await stats()).total).toBe(VALID_COUNT);

    const taken = await updateReleaseFile({ ...request, allowShrink: true });
    expect(taken).toMatchObject({ changed: true, entries: 10, shrinkAllowed: true });
    await t.app.reload();
    expect((await stats()).total).toBe(10);
  });

  it('leaves the file alone when the release has not changed', async () => {
    const { dir, catalogPath } = writeFixtureCatalog();
    publisher = await startPublisher(readFileSync(catalogPath, 'utf8'));
    const path = join(dir, 'release.json');
    const request = { url: publisher.url, path, timeoutMs: 5000, maxShrink: 0.2, allowShrink: false };
    expect(await updateReleaseFile(request)).toMatchObject({ changed: true, entries: VALID_COUNT });
    expect(await updateReleaseFile(request)).toEqual({ changed: false });
    expect(publisher.requests.map((r) => Boolean(r.ifNoneMatch))).toEqual([false, true]);
  });
});
