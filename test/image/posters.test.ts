// Posters from the catalog's picture URLs, against a real HTTP server on 127.0.0.1: fetched once and
// kept on disk across restarts, missing ones remembered, a file a kill cut off fetched again, and
// the fetches bounded in number and per host.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { posterOf } from '../../subgraphs/catalog/catalog/anime.js';
import { Posters, type PosterOptions } from '../../subgraphs/catalog/image/posters.js';
import { pngOf } from '../../bench/image/png.js';

const POSTER = pngOf(30, 42, (x, y) => [x * 8, y * 6, 100]);

describe('posters', () => {
  let base: string;
  const requests: { path: string; at: number }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  let failNext = 0;

  const options = (overrides: Partial<PosterOptions> = {}): PosterOptions => ({
    cacheDir: mkdtempSync(join(tmpdir(), 'anigraph-posters-')),
    concurrency: 4,
    perHostPerSecond: 1000,
    maxBytes: 100_000,
    timeoutMs: 2_000,
    ...overrides,
  });

  // Four sites (servers on their own ports) with one handler: the limits are per site and overall.
  let servers: Server[] = [];
  let sites: string[] = [];
  const perSite = new Map<string, { now: number; most: number }>();

  beforeAll(async () => {
    servers = Array.from({ length: 4 }, () =>
      createServer((req, res) => {
        const site = req.headers.host!;
        const count = perSite.get(site) ?? { now: 0, most: 0 };
        perSite.set(site, count);
        count.most = Math.max(count.most, ++count.now);
        requests.push({ path: req.url!, at: performance.now() });
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        const answer = () => {
          inFlight--;
          count.now--;
          if (failNext > 0 && req.url!.startsWith('/flaky')) return (failNext--, res.writeHead(503).end());
          if (req.url!.startsWith('/poster') || req.url!.startsWith('/flaky'))
            return res.writeHead(200, { 'content-type': 'image/png' }).end(POSTER);
          if (req.url!.startsWith('/forbidden')) return res.writeHead(403).end();
          if (req.url!.startsWith('/to-metadata'))
            return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
          res.writeHead(404).end();
        };
        setTimeout(answer, 20);
      }),
    );
    sites = await Promise.all(
      servers.map(async (server) => {
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      }),
    );
    base = sites[0];
  });
  beforeEach(() => {
    requests.length = 0;
    mostInFlight = 0;
    perSite.clear();
  });
  afterAll(async () => {
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('fetches a poster once: later, and after a restart, it comes from the disk', async () => {
    const settings = options();
    const posters = new Posters(settings);
    expect(await posters.get(`${base}/poster/1.png`)).toEqual(POSTER);
    expect(await posters.get(`${base}/poster/1.png`)).toEqual(POSTER);
    await posters.close();
    const restarted = new Posters(settings);
    expect(await restarted.get(`${base}/poster/1.png`)).toEqual(POSTER);
    await restarted.close();
    expect(requests.map((r) => r.path)).toEqual(['/poster/1.png']);
  });

  it('remembers a poster the site does not have (404), but asks again after any other failure', async () => {
    const posters = new Posters(options());
    expect(await posters.get(`${base}/gone.png`)).toEqual({ missing: 'url answered HTTP 404.' });
    expect(await posters.get(`${base}/gone.png`)).toEqual({ missing: 'url answered HTTP 404.' });
    failNext = 1;
    expect(await posters.get(`${base}/flaky.png`)).toEqual({ missing: 'url answered HTTP 503.' });
    expect(await posters.get(`${base}/flaky.png`)).toEqual(POSTER);
    expect(await posters.get(`${base}/forbidden.png`)).toEqual({ missing: 'url answered HTTP 403.' });
    expect(await posters.get(`${base}/forbidden.png`)).toEqual({ missing: 'url answered HTTP 403.' });
    expect(requests.map((r) => r.path)).toEqual(['/gone.png', '/flaky.png', '/flaky.png', '/forbidden.png', '/forbidden.png']);
    await posters.close();
  });

  it("trusts the catalog's own host, not where it redirects", async () => {
    const posters = new Posters(options());
    expect(await posters.get(`${base}/to-metadata.png`)).toEqual({
      missing: expect.stringMatching(/169\.254\.169\.254" is a link-local address/),
    });
    await posters.close();
  });

  it('fetches again a poster whose file a kill cut off mid-write', async () => {
    const settings = options();
    const posters = new Posters(settings);
    await posters.get(`${base}/poster/2.png`);
    const [folder] = readdirSync(settings.cacheDir);
    const [file] = readdirSync(join(settings.cacheDir, folder));
    // What a kill before the rename leaves: the half-written file, and none under the poster's name.
    rmSync(join(settings.cacheDir, folder, file));
    writeFileSync(join(settings.cacheDir, folder, `${file}.partial`), POSTER.subarray(0, 10));
    await posters.close();
    const resumed = new Posters(settings);
    expect(await resumed.get(`${base}/poster/2.png`)).toEqual(POSTER);
    expect(requests).toHaveLength(2);
    await resumed.close();
  });

  it('keeps at most POSTER_CONCURRENCY fetches under way, one at a time to each site, spaced', async () => {
    const posters = new Posters(options({ concurrency: 3 }));
    const many = await Promise.all(Array.from({ length: 16 }, (_, i) => posters.get(`${sites[i % 4]}/poster/many-${i}.png`)));
    expect(many.every((p) => Buffer.isBuffer(p))).toBe(true);
    expect(mostInFlight).toBe(3);
    expect([...perSite.values()].map((site) => site.most)).toEqual([1, 1, 1, 1]);
    await posters.close();

    const paced = new Posters(options({ perHostPerSecond: 20 }));
    await Promise.all(Array.from({ length: 4 }, (_, i) => paced.get(`${base}/poster/paced-${i}.png`)));
    const starts = requests.slice(-4).map((r) => r.at);
    // At most 20 a second: three gaps of 50 ms at least between the first arrival and the last (less
    // what a connection's setup may shift one arrival by). A lower bound: a slow machine only widens it.
    expect(starts[3] - starts[0]).toBeGreaterThanOrEqual(130);
    await paced.close();
  });

  it('has no poster for the placeholder picture', () => {
    expect(
      posterOf({ picture: 'https://raw.githubusercontent.com/manami-project/anime-offline-database/master/pics/no_pic.png' }),
    ).toBeUndefined();
    expect(posterOf({ picture: '' })).toBeUndefined();
    expect(posterOf({ picture: 'https://cdn.myanimelist.net/images/anime/4/19644.jpg' })).toBe(
      'https://cdn.myanimelist.net/images/anime/4/19644.jpg',
    );
  });
});
