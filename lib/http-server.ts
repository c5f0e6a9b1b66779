// The HTTP front shared by the gateway and standalone subgraphs: liveness and readiness routes,
// and a correlation id for every request (taken from the caller or made), echoed in the response.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CORRELATION_HEADER, correlationIdFrom, runWithCorrelationId } from './correlation.js';
import type { Logger } from './logger.js';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface HttpServerOptions {
  handler: RequestHandler;
  isReady: () => boolean;
  log: Logger;
}

export function createHttpServer({ handler, isReady, log }: HttpServerOptions): Server {
  return createServer((req, res) => {
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
