// GET /metrics (Prometheus), /status (a page that reads /status.json every few seconds) and its
// script: the gateway's observability routes, served when METRICS is on.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AppMetrics } from '../../lib/metrics/index.js';
import type { Logger } from '../../lib/logger.js';
import { PROJECT_ROOT } from '../../lib/paths.js';
import { statusData } from './status-data.js';

const DIRECTORY = join(PROJECT_ROOT, 'gateway', 'status');
// The page loads nothing from another host, and nothing inline but its style.
const PAGE_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:";

/** The handler of these paths: true when it answered the request. */
export function statusRoutes(metrics: AppMetrics, log: Logger): (req: IncomingMessage, res: ServerResponse) => boolean {
  const file = (name: string) => readFileSync(join(DIRECTORY, name), 'utf8');
  let page: string | undefined;
  let script: string | undefined;
  const answer = (res: ServerResponse, type: string, body: Promise<string> | string, headers: Record<string, string> = {}) =>
    void Promise.resolve(body).then(
      (text) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(text),
      (error: unknown) => {
        log.error({ err: error }, 'metrics could not be read');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics could not be read');
      },
    );
  return (req, res) => {
    if (req.method !== 'GET') return false;
    switch (req.url?.split('?')[0]) {
      case '/metrics':
        answer(res, metrics.registry.contentType, metrics.scrape());
        return true;
      case '/status':
        answer(res, 'text/html; charset=utf-8', (page ??= file('status.html')), { 'content-security-policy': PAGE_POLICY });
        return true;
      case '/status.js':
        answer(res, 'text/javascript; charset=utf-8', (script ??= file('status.js')));
        return true;
      case '/status.json':
        answer(
          res,
          'application/json',
          statusData(metrics).then((data) => JSON.stringify(data)),
        );
        return true;
      default:
        return false;
    }
  };
}
