import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFixtureCatalog, VALID_COUNT } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp | undefined;
let releaseServer: Server | undefined;
afterEach(async () => {
  await t?.close();
  releaseServer?.close();
  t = releaseServer = undefined;
});

const total = async (app: TestApp) => (await app.gql('{ catalogStats { total } }')).body.data.catalogStats.total;

/** A local stand-in for the GitHub release download, serving `body`. */
async function serveRelease(body: string): Promise<string> {
  releaseServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  await new Promise<void>((resolve) => releaseServer!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(releaseServer!.address() as AddressInfo).port}/anime-offline-database-minified.json`;
}

describe('catalog updates', () => {
  it('keeps serving the old catalog when the new file is not a catalog', async () => {
    const { catalogPath } = writeFixtureCatalog();
    t = await startTestApp({ ANIME_DB_PATH: catalogPath });
    writeFileSync(catalogPath, '{"this is": "not a catalog"}');
    await expect(t.app.reload()).rejects.toThrow(/not an anime-offline-database release/);
    expect(await total(t)).toBe(VALID_COUNT);
    expect(t.logs.some((line) => line.msg === 'catalog reload failed; the previous catalog keeps serving')).toBe(true);
  });

  it('serves an updated file after a reload, with the same ids', async () => {
    const { catalogPath } = writeFixtureCatalog();
    t = await startTestApp({ ANIME_DB_PATH: catalogPath });
    const release = JSON.parse(readFileSync(catalogPath, 'utf8'));
    release.data = release.data.slice(0, 30).map((entry: any) => ({ ...entry, episodes: 1 }));
    writeFileSync(catalogPath, JSON.stringify(release));
    await t.app.reload();
    const { body } = await t.gql('{ catalogStats { total lastRefusal { reason } } anime(id: "mal-1") { title episodes } }');
    expect(body.data.anime).toEqual({ title: 'Cowboy Bebop', episodes: 1 });
    expect(body.data.catalogStats.total).toBeLessThan(VALID_COUNT);
    expect(body.data.catalogStats.lastRefusal).toBeNull();
  });

  it.each([
    ['an empty release', () => []],
    ['a release that lost half its anime', (data: unknown[]) => data.slice(0, 18)],
  ])('refuses %s on reload, keeps serving the old catalog and reports it', async (_name, shrink) => {
    const { catalogPath } = writeFixtureCatalog();
    t = await startTestApp({ ANIME_DB_PATH: catalogPath });
    const release = JSON.parse(readFileSync(catalogPath, 'utf8'));
    writeFileSync(catalogPath, JSON.stringify({ ...release, data: shrink(release.data) }));
    await expect(t.app.reload()).rejects.toThrow(/CATALOG_MAX_SHRINK|no valid anime/);
    const { body } = await t.gql('{ catalogStats { total lastRefusal { source reason entries servedEntries } } }');
    expect(body.data.catalogStats.total).toBe(VALID_COUNT);
    expect(body.data.catalogStats.lastRefusal).toMatchObject({ source: catalogPath, servedEntries: VALID_COUNT });
    expect(body.data.catalogStats.lastRefusal.reason).toMatch(/--allow-shrink|CATALOG_MAX_SHRINK/);
    expect(t.logs.some((line) => line.level === 50 && /Refused/.test(line.err?.message))).toBe(true);
  });

  it('serves a shrunken release when the operator allows it with CATALOG_MAX_SHRINK', async () => {
    const { catalogPath } = writeFixtureCatalog();
    t = await startTestApp({ ANIME_DB_PATH: catalogPath, CATALOG_MAX_SHRINK: '100%' });
    const release = JSON.parse(readFileSync(catalogPath, 'utf8'));
    writeFileSync(catalogPath, JSON.stringify({ ...release, data: release.data.slice(0, 5) }));
    await t.app.reload();
    expect(await total(t)).toBe(5);
  });

  it('serves the demo catalog, and says so, when there is no catalog and no download', async () => {
    const { dir } = writeFixtureCatalog();
    t = await startTestApp({ ANIME_DB_PATH: join(dir, 'missing.json'), CATALOG_AUTO_DOWNLOAD: 'false' });
    expect(await total(t)).toBeGreaterThan(30);
    const warning = t.logs.find((line) => /DEMO CATALOG/.test(line.msg));
    expect(warning?.msg).toMatch(/ANIME_DB_PATH/);
  });

  it('serves the configured file once it exists, on reload after starting on the demo catalog', async () => {
    const { dir, catalogPath: fixture } = writeFixtureCatalog();
    const configured = join(dir, 'later.json');
    t = await startTestApp({ ANIME_DB_PATH: configured, CATALOG_AUTO_DOWNLOAD: 'false' });
    expect(await total(t)).toBeGreaterThan(VALID_COUNT);
    writeFileSync(configured, readFileSync(fixture));
    await t.app.reload();
    expect(await total(t)).toBe(VALID_COUNT);
  });

  it('downloads the release on first start when none is on disk', async () => {
    const { dir, catalogPath: fixture } = writeFixtureCatalog();
    const target = join(dir, 'data', 'release.json');
    const url = await serveRelease(readFileSync(fixture, 'utf8'));
    t = await startTestApp({ ANIME_DB_PATH: target, ANIME_DB_URL: url, CATALOG_AUTO_DOWNLOAD: 'true' });
    expect(existsSync(target)).toBe(true);
    expect(await total(t)).toBe(VALID_COUNT);
  });

  it('falls back to the demo catalog with a clear message when the download fails', async () => {
    const { dir } = writeFixtureCatalog();
    t = await startTestApp({
      ANIME_DB_PATH: join(dir, 'release.json'),
      ANIME_DB_URL: 'http://127.0.0.1:9/unreachable.json',
      CATALOG_AUTO_DOWNLOAD: 'true',
      DOWNLOAD_TIMEOUT_MS: '2000',
    });
    const failure = t.logs.find((line) => line.msg === 'catalog download failed');
    expect(failure?.err).toMatch(/Could not download .* set ANIME_DB_PATH/);
    expect(existsSync(join(dir, 'release.json'))).toBe(false);
    expect(await total(t)).toBeGreaterThan(30);
  });

  it('does not replace the file on disk with a download that is not a catalog', async () => {
    const { catalogPath } = writeFixtureCatalog();
    const before = readFileSync(catalogPath, 'utf8');
    const url = await serveRelease('<html>rate limited</html>');
    const { downloadRelease } = await import('../subgraphs/catalog/catalog/release-download.js');
    await expect(downloadRelease(url, catalogPath, 2000)).rejects.toThrow(/not JSON/);
    expect(readFileSync(catalogPath, 'utf8')).toBe(before);
  });
});
