// Fetching what a URL a user gave points at (an image, say): public addresses only (url-policy.ts),
// every redirect checked again, at most a few of them, and limits on time and size that hold while
// the body is read, so that a slow or endless answer costs a bounded amount. An operator's own hosts
// (`allowHosts`) skip the address rule, not the limits.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkPublicUrl, hostOf, parseHttpUrl, publicOnlyLookup, UrlRefused } from './url-policy.js';

export interface GuardedFetchOptions {
  /** Bytes of body read at most. */
  maxBytes: number;
  /** For the whole fetch, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Hosts (lower case, as in the URL) the address rule does not apply to. */
  allowHosts: ReadonlySet<string>;
  /** What a URL refused for its address is told (the rule, and what lifts it). */
  rule: string;
  /** Names the limit of `maxBytes` in a refusal ("IMAGE_MAX_BYTES"). */
  sizeLimitName: string;
  /** The resolver of the address check (node:dns lookup by default). */
  resolve?: (host: string) => Promise<string[]>;
}

export interface Fetched {
  body: Buffer;
  /** Where the body came from, after redirects. */
  url: URL;
  contentType: string | undefined;
}

/** A body larger than the size limit: a caller may answer 413. */
export class TooLarge extends UrlRefused {}

/** A URL whose server answered with an error status (`status`). */
export type HttpRefusal = UrlRefused & { status: number };

/** The URL's server failed or did not answer in time (a network error, a 5xx or 429): asking later may work. */
export class FetchFailed extends UrlRefused {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The body at `raw`; throws UrlRefused (or TooLarge) saying which rule the URL or its answer broke. */
export async function guardedFetch(raw: string, options: GuardedFetchOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = parseHttpUrl(raw);
  for (let redirects = 0; ; redirects++) {
    const allowed = options.allowHosts.has(hostOf(url).toLowerCase());
    // The name is looked up within the time limit too: a resolver that never answers ends the fetch.
    if (!allowed) {
      const checked = checkPublicUrl(url.href, { allowPrivate: false, rule: options.rule, resolve: options.resolve });
      url = await Promise.race([checked, timedOut(signal, options)]);
    }
    const response = await get(url, allowed, options, signal);
    const location = response.headers.location;
    const status = response.statusCode ?? 0;
    // A body not read is not downloaded: the socket goes.
    if (status < 200 || status >= 300) response.destroy();
    if (REDIRECTS.has(status) && location) {
      if (redirects === options.maxRedirects) throw new UrlRefused(`url redirected more than ${options.maxRedirects} times.`);
      url = redirectTarget(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      const Failure = status >= 500 || status === 429 ? FetchFailed : UrlRefused;
      throw Object.assign(new Failure(`url answered HTTP ${status}.`), { status });
    }
    const body = await readBody(response, options, signal);
    return { body, url, contentType: response.headers['content-type'] };
  }
}

/** Where a redirect leads, as a URL the guard can check; a Location that is no URL is refused. */
function redirectTarget(location: string, from: URL): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new UrlRefused(`url redirected to "${location.slice(0, 80)}", which is not a URL.`);
  }
  return parseHttpUrl(target.href);
}

function get(url: URL, allowed: boolean, options: GuardedFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { method: 'GET', signal, lookup: allowed ? undefined : publicOnlyLookup(options.rule) }, resolve);
    request.on('error', (error: NodeJS.ErrnoException) => reject(refusal(error, signal, options)));
    request.end();
  });
}

async function readBody(response: IncomingMessage, options: GuardedFetchOptions, signal: AbortSignal): Promise<Buffer> {
  const tooLarge = () => new TooLarge(`url's body is larger than ${options.sizeLimitName} (${options.maxBytes} bytes).`);
  const declared = Number(response.headers['content-length']);
  if (declared > options.maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > options.maxBytes) {
        response.destroy();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof UrlRefused ? error : refusal(error as NodeJS.ErrnoException, signal, options);
  }
  return Buffer.concat(chunks);
}

/** Rejects when `signal` (the fetch's time limit) fires. */
function timedOut(signal: AbortSignal, options: GuardedFetchOptions): Promise<never> {
  return new Promise((_, reject) =>
    signal.addEventListener('abort', () => reject(new FetchFailed(`url did not answer in full within ${options.timeoutMs} ms.`)), {
      once: true,
    }),
  );
}

/** A network failure said as the rule it broke, or what went wrong. */
function refusal(error: NodeJS.ErrnoException, signal: AbortSignal, options: GuardedFetchOptions): UrlRefused {
  if (error instanceof UrlRefused) return error;
  if (signal.aborted) return new FetchFailed(`url did not answer in full within ${options.timeoutMs} ms.`);
  return new FetchFailed(`url could not be fetched (${error.code ?? error.message}).`);
}
