// Where a webhook may point: an http(s) URL whose host resolves only to public unicast addresses, so
// that a webhook cannot make AniGraph call into its own network (loopback, private, link-local, ...).
// Checked at registration, and again at each delivery on the address actually connected to (a name
// that resolved to a public address once may resolve to a private one later: DNS rebinding).
// WEBHOOK_ALLOW_PRIVATE lifts the address rule (tests, a private network).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export const MAX_URL_LENGTH = 2048;

/** A URL AniGraph will not call; the message says why, in the caller's terms. */
export class WebhookUrlRefused extends Error {}

/** Whether `address` is a public unicast address (an IPv4-mapped IPv6 address is judged as its IPv4). */
export function isPublicAddress(address: string): boolean {
  return rangeOf(address) === 'unicast';
}

/** ipaddr.js's name for the range of `address` ("loopback", "private", "linkLocal", "uniqueLocal", ...). */
function rangeOf(address: string): string {
  if (!ipaddr.isValid(address)) return 'invalid';
  return ipaddr.process(address).range();
}

/** The URL if it is one a webhook may have (http or https, at most 2048 characters); throws WebhookUrlRefused. */
export function parseWebhookUrl(raw: string): URL {
  const text = raw.trim();
  if (!text) throw new WebhookUrlRefused('url must not be empty.');
  if (text.length > MAX_URL_LENGTH) throw new WebhookUrlRefused(`url must be at most ${MAX_URL_LENGTH} characters (got ${text.length}).`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookUrlRefused(`url is not an absolute URL ("${text.slice(0, 80)}").`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new WebhookUrlRefused(`url must be http or https (got ${url.protocol.replace(/:$/, '')}).`);
  }
  if (!url.hostname) throw new WebhookUrlRefused('url has no host.');
  return url;
}

/** The host of a URL as the resolver takes it (an IPv6 literal without its brackets). */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

export interface UrlCheckOptions {
  allowPrivate: boolean;
  /** The resolver (node:dns lookup by default). */
  resolve?: (host: string) => Promise<string[]>;
}

/**
 * The URL, checked: its form, and (unless `allowPrivate`) that every address its host resolves to is
 * public. Throws WebhookUrlRefused naming the address and its kind.
 */
export async function checkWebhookUrl(raw: string, options: UrlCheckOptions): Promise<URL> {
  const url = parseWebhookUrl(raw);
  if (options.allowPrivate) return url;
  const host = hostOf(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (options.resolve ?? resolveAll)(host);
    } catch (error) {
      throw new WebhookUrlRefused(
        `url's host "${host}" does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
      );
    }
  }
  refuseNonPublic(host, addresses);
  return url;
}

function refuseNonPublic(host: string, addresses: readonly string[]): void {
  if (!addresses.length) throw new WebhookUrlRefused(`url's host "${host}" resolves to no address.`);
  for (const address of addresses) {
    const range = rangeOf(address);
    if (range !== 'unicast') {
      // Never the address a name resolves to: the operator's network is not the caller's to map.
      const where = host === address || host === `[${address}]` ? 'is' : 'resolves to';
      throw new WebhookUrlRefused(
        `url's host "${host}" ${where} a ${describeRange(range)} address: webhooks may only call public addresses (an operator can allow private ones with WEBHOOK_ALLOW_PRIVATE).`,
      );
    }
  }
}

const RANGE_WORDS: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  uniqueLocal: 'private (unique local)',
  unspecified: 'unspecified',
  carrierGradeNat: 'carrier-grade NAT',
  multicast: 'multicast',
  broadcast: 'broadcast',
};
const describeRange = (range: string) => RANGE_WORDS[range] ?? `non-public (${range})`;

function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((a) => a.address)),
    ),
  );
}

/** The errno-style code of a lookup refused here (a socket error, not one of the API's error codes). */
const ADDRESS_REFUSED = 'EWEBHOOKADDRESS';

/**
 * A `lookup` for http.request that refuses a host resolving to any non-public address, so that the
 * address checked is the one connected to. (A literal IP in the URL is not looked up: check it with
 * checkWebhookUrl before the request.)
 */
export function publicOnlyLookup(): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      try {
        refuseNonPublic(
          hostname,
          found.map((a) => a.address),
        );
      } catch (refused) {
        return callback(Object.assign(refused as Error, { code: ADDRESS_REFUSED }) as NodeJS.ErrnoException, '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as (e: null, a: LookupAddress[]) => void)(null, found);
      callback(null, found[0].address, found[0].family);
    });
  };
}
