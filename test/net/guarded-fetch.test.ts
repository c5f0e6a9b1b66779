// Fetching a URL a user gave: public addresses only (each redirect checked again), at most 3
// redirects, and limits on time and size that hold while the body is read. Against a real HTTP server
// on 127.0.0.1, which the tests allow by name where the fetch is meant to reach it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchFailed, guardedFetch, TooLarge, type GuardedFetchOptions } from '../../lib/net/guarded-fetch.js';
import { UrlRefused } from '../../lib/net/url-policy.js';

const RULE = 'image URLs may only reach public addresses (IMAGE_FETCH_ALLOW_HOSTS names exceptions)';
const BODY = Buffer.from('the poster bytes');

describe('guarded fetch', () => {
  let server: Server;
  let base: string;
  const options = (overrides: Partial<GuardedFetchOptions> = {}): GuardedFetchOptions => ({
    maxBytes: 1024,
    timeoutMs: 2_000,
    maxRedirects: 3,
    allowHosts: new Set(['127.0.0.1']),
    rule: RULE,
    sizeLimitName: 'IMAGE_MAX_BYTES',
    ...overrides,
  });

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      const hops = Number(url.searchParams.get('hops') ?? 0);
      if (url.pathname === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end(BODY);
      if (url.pathname === '/hop') return res.writeHead(302, { location: hops > 1 ? `/hop?hops=${hops - 1}` : '/image' }).end();
      if (url.pathname === '/to-private') return res.writeHead(307, { location: 'http://10.20.30.40/image' }).end();
      if (url.pathname === '/bad-location') return res.writeHead(302, { location: 'http://[::1' }).end();
      if (url.pathname === '/to-metadata') return res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (url.pathname === '/big') return res.writeHead(200, { 'content-length': '4096' }).end(Buffer.alloc(4096));
      if (url.pathname === '/big-chunked') {
        res.writeHead(200);
        for (let i = 0; i < 8; i++) res.write(Buffer.alloc(512));
        return res.end();
      }
      if (url.pathname === '/slow') {
        res.writeHead(200);
        res.write('a');
        return; // the rest never comes
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads a body from an allowed host, following up to 3 redirects', async () => {
    const fetched = await guardedFetch(`${base}/hop?hops=3`, options());
    expect(fetched.body).toEqual(BODY);
    expect(fetched.contentType).toBe('image/png');
    expect(fetched.url.pathname).toBe('/image');
  });

  it('refuses loopback, private and metadata addresses, also when a redirect leads there', async () => {
    const refusal = (url: string, allowHosts = new Set<string>()) => guardedFetch(url, options({ allowHosts }));
    await expect(refusal(`${base}/image`)).rejects.toThrow(
      /127\.0\.0\.1" is a loopback address: image URLs may only reach public addresses/,
    );
    await expect(refusal('http://localhost:9/image')).rejects.toThrow(/loopback/);
    await expect(refusal('http://192.168.1.10/image')).rejects.toThrow(/private/);
    await expect(refusal(`${base}/to-private`, new Set(['127.0.0.1']))).rejects.toThrow(/10\.20\.30\.40" is a private address/);
    await expect(refusal(`${base}/to-metadata`, new Set(['127.0.0.1']))).rejects.toThrow(/169\.254\.169\.254" is a link-local address/);
    await expect(refusal('file:///etc/passwd')).rejects.toThrow(/http or https/);
  });

  it('refuses a fourth redirect, an error status, a body over the size limit and one that never ends', async () => {
    await expect(guardedFetch(`${base}/hop?hops=4`, options())).rejects.toThrow(/redirected more than 3 times/);
    await expect(guardedFetch(`${base}/missing`, options())).rejects.toThrow(/answered HTTP 404/);
    const badLocation = await guardedFetch(`${base}/bad-location`, options()).catch((e: unknown) => e);
    expect(badLocation).toBeInstanceOf(UrlRefused);
    expect((badLocation as Error).message).toMatch(/redirected to "http:\/\/\[::1", which is not a URL/);
    for (const path of ['/big', '/big-chunked']) {
      const error = await guardedFetch(`${base}${path}`, options()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TooLarge);
      expect((error as Error).message).toMatch(/^url's body is larger than IMAGE_MAX_BYTES \(1024 bytes\)/);
    }
    const slow = await guardedFetch(`${base}/slow`, options({ timeoutMs: 300 })).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(UrlRefused);
    expect((slow as Error).message).toMatch(/did not answer in full within 300 ms/);
  });

  it('ends within its time limit when the name lookup never answers', async () => {
    const hanging = () => new Promise<string[]>(() => undefined);
    const error = await guardedFetch('http://images.example.org/a.png', options({ timeoutMs: 200, resolve: hanging })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchFailed);
    expect((error as Error).message).toMatch(/did not answer in full within 200 ms/);
  });
});
