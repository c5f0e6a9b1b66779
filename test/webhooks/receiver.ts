// A webhook receiver on 127.0.0.1, as a subscriber would write one: it verifies each delivery's
// Standard Webhooks signature with the `standardwebhooks` library and answers what the test says.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  path: string;
  /** The webhook-id header: the message id. */
  id: string;
  timestamp: string;
  /** Whether the signature is valid for the path's secret. */
  verified: boolean;
  body: any;
  /** What the receiver answered. */
  status: number;
}

export interface Receiver {
  base: string;
  received: Received[];
  /** The signing secret of the webhook registered for `path`. */
  secrets: Map<string, string>;
  /** The status to answer the n-th attempt (1-based) of one message at `path`; 200 by default. */
  answer: (path: string, attempt: number) => number;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    base: '',
    received: [],
    secrets: new Map(),
    answer: () => 200,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const headers = {
        'webhook-id': String(req.headers['webhook-id']),
        'webhook-timestamp': String(req.headers['webhook-timestamp']),
        'webhook-signature': String(req.headers['webhook-signature']),
      };
      let verified: boolean;
      try {
        new Webhook(receiver.secrets.get(path) ?? 'whsec_').verify(text, headers);
        verified = true;
      } catch {
        verified = false;
      }
      const attempt = receiver.received.filter((r) => r.id === headers['webhook-id']).length + 1;
      const status = receiver.answer(path, attempt);
      receiver.received.push({
        path,
        id: headers['webhook-id'],
        timestamp: headers['webhook-timestamp'],
        verified,
        body: JSON.parse(text),
        status,
      });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : `not now (${status})`);
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}
