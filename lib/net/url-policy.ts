// Where a URL a user gave may take AniGraph: http(s) to a host that resolves only to public unicast
// addresses, so that a user cannot make AniGraph call into its own network (loopback, private,
// link-local, the cloud metadata address 169.254.169.254, ...). Checked before the request, and again
// on the address actually connected to (a name that resolved to a public address once may resolve to
// a private one later: DNS rebinding). Webhooks go through it (WEBHOOK_ALLOW_PRIVATE lifts the address
// rule), and every other URL a user supplies.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export const MAX_URL_LENGTH = 2048;

/** A URL AniGraph will not call; the message says why, in the caller's terms. */
export class UrlRefused extends Error {}

/** Whether `address` is a public unicast address (an IPv4-mapped IPv6 address is judged as its IPv4). */
export function isPublicAddress(address: string): boolean {
  return rangeOf(address) === 'unicast';
}

/** ipaddr.js's name for the range of `address` ("loopback", "private", "linkLocal", "uniqueLocal", ...). */
function rangeOf(address: string): string {
  if (!ipaddr.isValid(address)) return 'invalid';
  const parsed = ipaddr.process(address);
  // An IPv4-compatible IPv6 address (::7f00:1, deprecated) is judged as the IPv4 address it carries,
  // which ipaddr.js only does for the dotted form (::127.0.0.1).
  if (parsed.kind() === 'ipv6') {
    const parts = (parsed as ipaddr.IPv6).parts;
    if (parts.slice(0, 6).every((part) => part === 0) && (parts[6] !== 0 || parts[7] > 1)) {
      return ipaddr.fromByteArray([parts[6] >> 8, parts[6] & 255, parts[7] >> 8, parts[7] & 255]).range();
    }
  }
  return parsed.range();
}

/** The URL if it is absolute, http or https, and at most 2048 characters; throws UrlRefused. */
export function parseHttpUrl(raw: string): URL {
  const text = raw.trim();
  if (!text) throw new UrlRefused('url must not be empty.');
  if (text.length > MAX_URL_LENGTH) throw new UrlRefused(`url must be at most ${MAX_URL_LENGTH} characters (got ${text.length}).`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UrlRefused(`url is not an absolute URL ("${text.slice(0, 80)}").`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UrlRefused(`url must be http or https (got ${url.protocol.replace(/:$/, '')}).`);
  }
  if (!url.hostname) throw new UrlRefused('url has no host.');
  return url;
}

/** The host of a URL as the resolver takes it (an IPv6 literal without its brackets). */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

export interface UrlCheckOptions {
  allowPrivate: boolean;
  /** What a refused address is told: the rule and what lifts it. */
  rule: string;
  /** The resolver (node:dns lookup by default). */
  resolve?: (host: string) => Promise<string[]>;
}

/**
 * The URL, checked: its form, and (unless `allowPrivate`) that every address its host resolves to is
 * public. Throws UrlRefused naming the address and its kind.
 */
export async function checkPublicUrl(raw: string, options: UrlCheckOptions): Promise<URL> {
  const url = parseHttpUrl(raw);
  if (options.allowPrivate) return url;
  const host = hostOf(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (options.resolve ?? resolveAll)(host);
    } catch (error) {
      throw new UrlRefused(`url's host "${host}" does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }
  }
  refuseNonPublic(host, addresses, options.rule);
  return url;
}

function refuseNonPublic(host: string, addresses: readonly string[], rule: string): void {
  if (!addresses.length) throw new UrlRefused(`url's host "${host}" resolves to no address.`);
  for (const address of addresses) {
    const range = rangeOf(address);
    if (range !== 'unicast') {
      // Never the address a name resolves to: the operator's network is not the caller's to map.
      const where = host === address || host === `[${address}]` ? 'is' : 'resolves to';
      const kind = describeRange(range);
      throw new UrlRefused(`url's host "${host}" ${where} ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} address: ${rule}.`);
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
const ADDRESS_REFUSED = 'EADDRESSREFUSED';

/**
 * A `lookup` for http.request that refuses a host resolving to any non-public address, so that the
 * address checked is the one connected to. (A literal IP in the URL is not looked up: check it with
 * checkPublicUrl before the request.) `rule` is what a refusal says.
 */
export function publicOnlyLookup(rule: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      try {
        refuseNonPublic(
          hostname,
          found.map((a) => a.address),
          rule,
        );
      } catch (refused) {
        return callback(Object.assign(refused as Error, { code: ADDRESS_REFUSED }) as NodeJS.ErrnoException, '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as (e: null, a: LookupAddress[]) => void)(null, found);
      callback(null, found[0].address, found[0].family);
    });
  };
}
