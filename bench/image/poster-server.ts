// The posters of the benchmark's catalog, served on 127.0.0.1: poster n is a 64 x 96 PNG of 4 x 6
// blocks whose colours come from a PRNG seeded by n (every poster differs, also in the centre square
// CLIP crops to), made again on each request. One in 50 answers 404, as a poster a site lost. The
// server listens on several ports, "sites": the gateway fetches one poster at a time from each site,
// as it does from each of the real catalog's four poster hosts.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mulberry32 } from '../lib/queries.js';
import { pngOf } from './png.js';

const WIDTH = 64;
const HEIGHT = 96;
const BLOCK = 16;
const PATH = /^\/posters\/(\d+)\.png$/;

export interface PosterCounts {
  /** Every request, whatever its path. */
  requests: number;
  served: number;
  notFound: number;
}

/** Whether poster n answers 404 (2% of them). */
export const isMissing = (n: number): boolean => n % 50 === 49;

/** Poster n's bytes: the same on every call. */
export function posterPng(n: number): Buffer {
  const random = mulberry32(0x9e3779b9 ^ n);
  const columns = WIDTH / BLOCK;
  const colors = Array.from({ length: columns * (HEIGHT / BLOCK) }, () => {
    const c = Math.floor(random() * 0x1000000);
    return [c >> 16, (c >> 8) & 0xff, c & 0xff] as const;
  });
  return pngOf(WIDTH, HEIGHT, (x, y) => colors[Math.floor(y / BLOCK) * columns + Math.floor(x / BLOCK)]);
}

export class PosterServer {
  private constructor(
    readonly counts: PosterCounts,
    private readonly servers: Server[],
    private readonly ports: number[],
  ) {}

  static async start(sites: number): Promise<PosterServer> {
    const counts: PosterCounts = { requests: 0, served: 0, notFound: 0 };
    const servers = Array.from({ length: sites }, () =>
      createServer((req, res) => {
        counts.requests++;
        const match = PATH.exec(req.url ?? '');
        const n = match ? Number(match[1]) : NaN;
        if (!match || isMissing(n)) {
          counts.notFound++;
          res.writeHead(404, { 'content-type': 'text/plain' }).end('no such poster');
          return;
        }
        const body = posterPng(n);
        counts.served++;
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': body.length }).end(body);
      }),
    );
    await Promise.all(servers.map((s) => once(s.listen(0, '127.0.0.1'), 'listening')));
    return new PosterServer(
      counts,
      servers,
      servers.map((s) => (s.address() as AddressInfo).port),
    );
  }

  urlOf(n: number): string {
    return `http://127.0.0.1:${this.ports[n % this.ports.length]}/posters/${n}.png`;
  }

  async close(): Promise<void> {
    for (const s of this.servers) s.closeAllConnections();
    await Promise.all(this.servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}
