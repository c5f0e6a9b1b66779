// The anime's posters, from each picture URL of the operator's catalog, kept on disk (POSTER_CACHE_DIR):
// a poster is fetched once, whatever restarts and catalog updates follow, and one that a kill cut
// off mid-write is fetched again (files are written aside, then renamed). A poster the site says it
// does not have (404, 410) is remembered as missing, so that a resumed build does not ask again; any
// other failure is asked again next time. Fetches are bounded: so many at once (POSTER_CONCURRENCY),
// one at a time and at most so many per second on average to each site (host and port), limits on
// size and time. The catalog's own host
// is trusted; a redirect elsewhere goes through the public-address rule like any URL.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Bottleneck from 'bottleneck';
import { guardedFetch, type HttpRefusal } from '../../../lib/net/guarded-fetch.js';
import { hostOf, parseHttpUrl, UrlRefused } from '../../../lib/net/url-policy.js';

export interface PosterOptions {
  cacheDir: string;
  /** Fetches under way at once, over all hosts. */
  concurrency: number;
  /** Fetches started per second, per host. */
  perHostPerSecond: number;
  maxBytes: number;
  timeoutMs: number;
}

/** Why an anime has no poster bytes. */
export type NoPoster = { missing: string };

export class Posters {
  private readonly all: Bottleneck;
  private readonly hosts: Bottleneck.Group;

  constructor(private readonly options: PosterOptions) {
    this.all = new Bottleneck({ maxConcurrent: options.concurrency });
    // A host's turn first (one fetch at a time, spaced), then one of the slots all hosts share: a
    // host waiting its turn holds no slot that another host could use.
    this.hosts = new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.ceil(1000 / options.perHostPerSecond) });
    this.hosts.on('created', (limiter) => limiter.chain(this.all));
  }

  /** The poster at `url`: from disk, else fetched and kept; `{ missing }` with the reason when there is none. */
  async get(url: string): Promise<Buffer | NoPoster> {
    const file = this.fileOf(url);
    const cached = await readFile(file).catch(() => undefined);
    if (cached?.length) return cached;
    const known = await readFile(`${file}.missing`, 'utf8').catch(() => undefined);
    if (known !== undefined) return { missing: known };
    let host: string;
    let site: string;
    try {
      const parsed = parseHttpUrl(url);
      host = hostOf(parsed).toLowerCase();
      site = parsed.host.toLowerCase();
    } catch (error) {
      return this.remember(file, (error as Error).message);
    }
    const { maxBytes, timeoutMs } = this.options;
    try {
      const fetched = await this.hosts.key(site).schedule(() =>
        guardedFetch(url, {
          maxBytes,
          timeoutMs,
          maxRedirects: 3,
          allowHosts: new Set([host]),
          rule: 'a poster may only redirect to public addresses',
          sizeLimitName: 'the poster size limit',
        }),
      );
      await this.write(file, fetched.body);
      return fetched.body;
    } catch (error) {
      const status = (error as Partial<HttpRefusal>).status;
      if (error instanceof UrlRefused && (status === 404 || status === 410)) return this.remember(file, error.message);
      return { missing: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.all.stop({ dropWaitingJobs: true });
  }

  private fileOf(url: string): string {
    const hash = createHash('sha1').update(url).digest('hex');
    return join(this.options.cacheDir, hash.slice(0, 2), hash);
  }

  private async remember(file: string, reason: string): Promise<NoPoster> {
    await this.write(`${file}.missing`, reason);
    return { missing: reason };
  }

  private async write(file: string, data: Buffer | string): Promise<void> {
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(`${file}.partial`, data);
    await rename(`${file}.partial`, file);
  }
}
