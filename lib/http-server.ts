// The HTTP front shared by the gateway and standalone subgraphs: liveness and readiness routes,
// and a correlation id for every request (taken from the caller or made), echoed in the response.
import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { CORRELATION_HEADER, correlationIdFrom, runWithCorrelationId } from './correlation.js';
import type { ErrorCode } from './error-codes.js';
import type { Logger } from './logger.js';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface HttpServerOptions {
  handler: RequestHandler;
  isReady: () => boolean;
  log: Logger;
}

export function createHttpServer({ handler, isReady, log }: HttpServerOptions): Server {
  const server = createServer((req, res) => {
    const correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    req.headers[CORRELATION_HEADER] = correlationId;
    res.setHeader(CORRELATION_HEADER, correlationId);
    runWithCorrelationId(correlationId, () => {
      const started = performance.now();
      res.on('finish', () =>
        log.debug({ method: req.method, url: req.url, status: res.statusCode, ms: +(performance.now() - started).toFixed(2) }, 'request'),
      );
      const path = req.url?.split('?')[0];
      if (path === '/health') return sendJson(res, 200, { status: 'ok' });
      if (path === '/ready') {
        const ready = isReady();
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'loading' });
      }
      return handler(req, res);
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => answerMalformed(error, socket, log));
  return server;
}

/**
 * A request Node's HTTP parser refused gets the JSON error body too, rather than Node's bare 400.
 * (No request exists yet: no correlation id came in, so a new one is made.)
 */
function answerMalformed(error: NodeJS.ErrnoException, socket: Duplex, log: Logger): void {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const correlationId = randomUUID();
  const body = JSON.stringify({
    error: {
      code: 'MALFORMED_HTTP_REQUEST' satisfies ErrorCode,
      message: `The request is not valid HTTP (${error.code ?? 'unreadable'}).`,
      correlation_id: correlationId,
    },
  });
  log.debug({ code: error.code, correlationId }, 'malformed HTTP request refused');
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n${CORRELATION_HEADER}: ${correlationId}\r\nconnection: close\r\n\r\n${body}`,
  );
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
