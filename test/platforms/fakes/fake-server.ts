// The node:http plumbing every platform fake shares: request log, latency, failure injection, clean close.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export type FailureMode =
  | 'server-error' // HTTP 500 (503 for Jikan upstream failures) with the platform's documented error body
  | 'unavailable' // HTTP 503
  | 'slow' // answers correctly but only after `slowMs` (default 5000) — longer than a client timeout
  | 'rate-limited' // HTTP 429 with Retry-After and the platform's 429 body and rate-limit headers
  | 'malformed'; // HTTP 200 with a truncated/broken body (broken JSON, or broken XML for AniDB)

export interface RecordedRequest {
  method: string;
  /** The path as received, base path included (`/v4/anime/1/full`), without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface FakePlatform {
  /** Base URL to give the client, e.g. `http://127.0.0.1:PORT/v4` for Jikan. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Added before every answer (benchmarks use 50 ms). */
  latencyMs: number;
  /** The next `count` requests (default 1; Infinity = until heal()) fail this way. A new call replaces the old one. */
  fail(mode: FailureMode, count?: number, options?: { slowMs?: number; retryAfterSeconds?: number }): void;
  heal(): void;
  /** Stops listening and destroys open sockets, so a 'slow' answer in flight does not keep the server open. */
  close(): Promise<void>;
}

export interface FakeOptions {
  latencyMs?: number;
  port?: number;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string | number>;
  body: string;
  /** Compress the body and say so in Content-Encoding (AniDB always does). */
  gzip?: boolean;
}

export interface FailureContext {
  retryAfterSeconds: number;
  /** Headers the platform puts on every answer (rate-limit counters), already computed for this request. */
  headers: Record<string, string | number>;
  request: RecordedRequest;
}

/** What a platform plugs into the shared server. */
export interface FakeDefinition {
  /** Path prefix of the API, e.g. `/v4`; `url` ends with it. */
  basePath: string;
  /**
   * Runs first for every request, injected failure or not: counts it against rate limits and returns the
   * headers every answer carries, plus an answer that replaces the normal one when the platform refuses it.
   */
  admit?(request: RecordedRequest): { headers: Record<string, string | number>; reject?: FakeResponse };
  handle(request: RecordedRequest): FakeResponse | Promise<FakeResponse>;
  /** The platform's own answer for an injected failure ('slow' and 'malformed' are generic). */
  failure(mode: 'server-error' | 'unavailable' | 'rate-limited', context: FailureContext): FakeResponse;
}

interface ActiveFailure {
  mode: FailureMode;
  remaining: number;
  slowMs: number;
  retryAfterSeconds: number;
}

export function json(status: number, value: unknown, headers: Record<string, string | number> = {}): FakeResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(value) };
}

/** What a reverse proxy in front of any of these services sends when the app behind it is down. */
export function proxyUnavailable(headers: Record<string, string | number> = {}): FakeResponse {
  const body =
    '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n' +
    '<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n';
  return { status: 503, headers: { 'Content-Type': 'text/html', ...headers }, body };
}

export async function startFakeServer(definition: FakeDefinition, options: FakeOptions = {}): Promise<FakePlatform> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  let failure: ActiveFailure | undefined;
  let closed = false;

  // A timer close() can cut short, so a pending 'slow' answer never holds the process open.
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0 || closed) return resolve();
      const entry = { timer: setTimeout(() => entry.done(), ms), done: () => (timers.delete(entry), resolve()) };
      timers.add(entry);
    });

  const takeFailure = (): ActiveFailure | undefined => {
    if (!failure || failure.remaining <= 0) return undefined;
    const taken = failure;
    taken.remaining -= 1;
    if (taken.remaining <= 0) failure = undefined;
    return taken;
  };

  const answer = async (request: RecordedRequest): Promise<FakeResponse> => {
    const admitted = definition.admit?.(request) ?? { headers: {} };
    const withHeaders = (response: FakeResponse): FakeResponse => ({
      ...response,
      headers: { ...admitted.headers, ...response.headers },
    });
    const injected = takeFailure();
    await sleep(platform.latencyMs);
    if (injected?.mode === 'slow') await sleep(injected.slowMs);
    if (injected && injected.mode !== 'slow' && injected.mode !== 'malformed') {
      const context = { retryAfterSeconds: injected.retryAfterSeconds, headers: admitted.headers, request };
      return withHeaders(definition.failure(injected.mode, context));
    }
    if (admitted.reject) return withHeaders(admitted.reject);
    const response = withHeaders(await definition.handle(request));
    if (injected?.mode !== 'malformed') return response;
    // Cut the body mid-document: half of any JSON object or XML element tree is never well-formed.
    return { ...response, status: 200, body: response.body.slice(0, Math.max(1, Math.floor(response.body.length / 2))) };
  };

  const write = (res: ServerResponse, response: FakeResponse) => {
    if (closed || res.destroyed) return;
    const body = response.gzip ? gzipSync(response.body) : Buffer.from(response.body);
    const headers: Record<string, string | number> = { ...response.headers };
    if (response.gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(response.status, headers);
    res.end(response.status === 304 ? undefined : body);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(request);
      answer(request).then(
        (response) => write(res, response),
        (error: unknown) => write(res, { status: 500, headers: { 'Content-Type': 'text/plain' }, body: String(error) }),
      );
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  const platform: FakePlatform = {
    url: `http://127.0.0.1:${port}${definition.basePath}`,
    port,
    requests,
    latencyMs: options.latencyMs ?? 0,
    fail(mode, count = 1, failOptions = {}) {
      failure = {
        mode,
        remaining: count,
        slowMs: failOptions.slowMs ?? 5000,
        retryAfterSeconds: failOptions.retryAfterSeconds ?? 1,
      };
    },
    heal() {
      failure = undefined;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const entry of timers) {
        clearTimeout(entry.timer);
        entry.done();
      }
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await stopped;
    },
  };
  return platform;
}
