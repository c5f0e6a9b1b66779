// Where a webhook may point: http(s) URLs resolving to public addresses only, checked at registration
// and again on the address a delivery connects to (a name may resolve elsewhere later).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPublicUrl, isPublicAddress, publicOnlyLookup } from '../../lib/net/url-policy.js';
import { WEBHOOK_ADDRESS_RULE } from '../../lib/webhooks/events.js';
import { sendDelivery } from '../../webhooks/sender.js';

const SECRET = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
const resolvingTo =
  (...addresses: string[]) =>
  async () =>
    addresses;

describe('webhook URLs', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.8', 'private'],
    ['172.16.3.4', 'private'],
    ['192.168.1.10', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'an unspecified'],
    ['[::1]', 'loopback'],
    ['[fe80::1]', 'link-local'],
    ['[fd12:3456::1]', 'unique local'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['[::ffff:10.0.0.1]', 'private'],
    ['[::]', 'an unspecified'],
  ])('refuses http://%s/ (%s)', async (host, kind) => {
    await expect(checkPublicUrl(`http://${host}/hook`, { allowPrivate: false, rule: WEBHOOK_ADDRESS_RULE })).rejects.toThrow(
      new RegExp(kind.startsWith('an ') ? kind : kind.split(' ')[0]),
    );
  });

  it('refuses a name that resolves to a private address, or to a public and a private one', async () => {
    const refusal = checkPublicUrl('https://hooks.example.com/x', {
      allowPrivate: false,
      rule: WEBHOOK_ADDRESS_RULE,
      resolve: resolvingTo('10.1.2.3'),
    });
    await expect(refusal).rejects.toThrow(/resolves to a private address.*WEBHOOK_ALLOW_PRIVATE/);
    // What the name resolves to inside the operator's network is not told.
    await expect(refusal).rejects.not.toThrow(/10\.1\.2\.3/);
    await expect(
      checkPublicUrl('https://hooks.example.com/x', {
        allowPrivate: false,
        rule: WEBHOOK_ADDRESS_RULE,
        resolve: resolvingTo('93.184.216.34', '::1'),
      }),
    ).rejects.toThrow(/resolves to a loopback address/);
    await expect(checkPublicUrl('http://localhost:8080/x', { allowPrivate: false, rule: WEBHOOK_ADDRESS_RULE })).rejects.toThrow(
      /loopback/,
    );
  });

  it('accepts a name that resolves to public addresses only, and any address with WEBHOOK_ALLOW_PRIVATE', async () => {
    const url = await checkPublicUrl('https://hooks.example.com/x?a=1', {
      allowPrivate: false,
      rule: WEBHOOK_ADDRESS_RULE,
      resolve: resolvingTo('93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'),
    });
    expect(url.href).toBe('https://hooks.example.com/x?a=1');
    expect((await checkPublicUrl('http://127.0.0.1:9/x', { allowPrivate: true, rule: WEBHOOK_ADDRESS_RULE })).hostname).toBe('127.0.0.1');
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('::ffff:8.8.8.8')).toBe(true);
    expect(isPublicAddress('100.64.0.1')).toBe(false);
    // IPv4-compatible IPv6 addresses are judged as the IPv4 address they carry.
    expect(isPublicAddress('::7f00:1')).toBe(false);
    expect(isPublicAddress('::a9fe:a9fe')).toBe(false);
    expect(isPublicAddress('::808:808')).toBe(true);
  });

  it('refuses what is not an http(s) URL, or is too long, or does not resolve', async () => {
    await expect(checkPublicUrl('ftp://example.com/x', { allowPrivate: true, rule: WEBHOOK_ADDRESS_RULE })).rejects.toThrow(
      /http or https \(got ftp\)/,
    );
    await expect(checkPublicUrl('/relative', { allowPrivate: true, rule: WEBHOOK_ADDRESS_RULE })).rejects.toThrow(/not an absolute URL/);
    await expect(
      checkPublicUrl(`https://example.com/${'a'.repeat(2100)}`, { allowPrivate: true, rule: WEBHOOK_ADDRESS_RULE }),
    ).rejects.toThrow(/at most 2048/);
    await expect(
      checkPublicUrl('https://nowhere.invalid/x', {
        allowPrivate: false,
        rule: WEBHOOK_ADDRESS_RULE,
        resolve: () => Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' })),
      }),
    ).rejects.toThrow(/does not resolve \(ENOTFOUND\)/);
  });
});

describe('a delivery to an address that became private', () => {
  let server: Server;
  let hits = 0;
  let port: number;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits += 1;
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const message = (url: string) => ({ id: 'msg_1', url, secret: SECRET, payload: { type: 'test' } });

  it('is refused on the address the name resolves to when it connects, and sent when private addresses are allowed', async () => {
    const refused = await sendDelivery(message(`http://localhost:${port}/hook`), { timeoutMs: 2_000, allowPrivate: false });
    expect(refused).toMatchObject({ ok: false, statusCode: null, error: expect.stringMatching(/loopback address/) });
    const literal = await sendDelivery(message(`http://127.0.0.1:${port}/hook`), { timeoutMs: 2_000, allowPrivate: false });
    expect(literal).toMatchObject({ ok: false, error: expect.stringMatching(/^refused: 127\.0\.0\.1 is not a public address/) });
    expect(hits).toBe(0);
    expect(await sendDelivery(message(`http://localhost:${port}/hook`), { timeoutMs: 2_000, allowPrivate: true })).toEqual({
      ok: true,
      statusCode: 204,
    });
    expect(hits).toBe(1);
  });

  it('hands the connection the address it checked', async () => {
    const lookup = publicOnlyLookup(WEBHOOK_ADDRESS_RULE);
    const error = await new Promise<Error | null>((resolve) => lookup('localhost', { all: true }, (e) => resolve(e)));
    expect(error?.message).toMatch(/loopback/);
  });
});
