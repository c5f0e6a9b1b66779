// A hostile image host on 127.0.0.2, the one host the benchmark lets the gateway fetch user URLs from
// (IMAGE_FETCH_ALLOW_HOSTS): bodies that trickle or never start, bodies over the size limit, redirects
// into the private network or in a loop, errors and things that are not images. It counts the
// sockets still open, so that the benchmark can tell whether the gateway let go of them.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ihdr, pngChunk, PNG_SIGNATURE } from './png.js';

export const TRAP_HOST = '127.0.0.2';
const TRICKLE_MS = 200;
const CHUNK = Buffer.alloc(64 * 1024);

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export class TrapServer {
  /** Each open socket, with the path it last asked for. */
  private readonly sockets = new Map<Socket, string>();
  private readonly server: Server;
  requests = 0;

  private constructor(routes: Record<string, Handler | undefined>) {
    this.server = createServer((req, res) => {
      this.requests++;
      this.sockets.set(req.socket, req.url ?? '');
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (route) route(req, res);
      else res.writeHead(404).end();
    });
    this.server.on('connection', (socket: Socket) => {
      this.sockets.set(socket, '(no request yet)');
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  /** `hugeBytes`: the size of the oversized bodies (more than IMAGE_MAX_BYTES); `loopbackUrl`: a redirect target. */
  static async start(hugeBytes: number, loopbackUrl: string): Promise<TrapServer> {
    const trap = new TrapServer(trapRoutes(hugeBytes, loopbackUrl));
    trap.server.listen(0, TRAP_HOST);
    await once(trap.server, 'listening');
    return trap;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  urlOf(path: string): string {
    return `http://${TRAP_HOST}:${this.port}${path}`;
  }

  /** The paths of the sockets still open. */
  openSockets(): string[] {
    return [...this.sockets.values()];
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    for (const socket of this.sockets.keys()) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** The paths the server answers, each a different way for a URL's answer to be no usable image. */
export const TRAP_PATHS = [
  '/slow.png',
  '/stall.png',
  '/huge.png',
  '/huge-chunked.png',
  '/redirect-loopback.png',
  '/redirect-metadata.png',
  '/redirect-loop.png',
  '/redirect-file.png',
  '/not-found.png',
  '/error.png',
  '/text.png',
  '/truncated.png',
  '/bomb.png',
] as const;

function trapRoutes(hugeBytes: number, loopbackUrl: string): Record<(typeof TRAP_PATHS)[number], Handler> {
  const header = Buffer.concat([PNG_SIGNATURE, ihdr(64, 96)]);
  const redirect =
    (location: string): Handler =>
    (_req, res) =>
      res.writeHead(302, { location }).end();
  return {
    // A valid start, then a byte every 200 ms for as long as the client listens.
    '/slow.png': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(header);
      const timer = setInterval(() => res.write(Buffer.alloc(1)), TRICKLE_MS);
      res.once('close', () => clearInterval(timer));
    },
    // Never a status line.
    '/stall.png': () => undefined,
    '/huge.png': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': hugeBytes });
      stream(res, header, hugeBytes);
    },
    // The same without a Content-Length: the limit must hold while the body is read.
    '/huge-chunked.png': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      stream(res, header, hugeBytes);
    },
    '/redirect-loopback.png': redirect(loopbackUrl),
    '/redirect-metadata.png': redirect('http://169.254.169.254/latest/meta-data/iam/security-credentials/'),
    '/redirect-loop.png': redirect('/redirect-loop.png'),
    '/redirect-file.png': redirect('file:///etc/passwd'),
    '/not-found.png': (_req, res) => res.writeHead(404).end(),
    '/error.png': (_req, res) => res.writeHead(500).end('internal error'),
    '/text.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end('this is not an image'),
    '/truncated.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(header.subarray(0, 20)),
    '/bomb.png': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'image/png' })
        .end(Buffer.concat([PNG_SIGNATURE, ihdr(70_000, 70_000), pngChunk('IEND', Buffer.alloc(0))])),
  };
}

/** `head`, then zeros up to `total` bytes, as fast as the client reads; stops when it goes away. */
function stream(res: ServerResponse, head: Buffer, total: number): void {
  let sent = head.length;
  res.write(head);
  const more = () => {
    while (sent < total && !res.destroyed) {
      const part = CHUNK.subarray(0, Math.min(CHUNK.length, total - sent));
      sent += part.length;
      if (!res.write(part)) return void res.once('drain', more);
    }
    if (!res.destroyed) res.end();
  };
  more();
}
