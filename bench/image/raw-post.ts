// POST over a bare socket, for bodies a server may refuse before reading them. A server that answers
// 413 from Content-Length alone closes the connection with the body unread; a Node client still
// writing then fails with EPIPE and drops the socket with the answer unread (node:http does, in most
// tries with a 10+ MB body, whatever the server). So a large body goes as curl sends it: headers with
// `Expect: 100-continue`, then the body only if no final answer came first, a piece at a time, and no
// more once the server has answered.
import { connect } from 'node:net';

const WRITE_CHUNK = 64 * 1024;
/** Bodies from this size wait for the server's go-ahead. */
const EXPECT_FROM = 1024 * 1024;
/** How long to wait for 100 Continue (as curl), and after it for a final answer that may follow. */
const EXPECT_WAIT_MS = 1_000;
const AFTER_CONTINUE_MS = 250;

export interface RawAnswer {
  /** 0 when nothing (or no status line) came back. */
  status: number;
  text: string;
  /** The socket error, if there was one (a write after the server closed, a reset). */
  socketError?: string;
}

export function rawPost(url: string, body: string, timeoutMs: number): Promise<RawAnswer> {
  const { hostname, port, pathname } = new URL(url);
  const payload = Buffer.from(body);
  const expect = payload.length >= EXPECT_FROM;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let socketError: string | undefined;
    let sending = false;
    const received = () => Buffer.concat(chunks);
    const sendFrom = (at: number): void => {
      while (at < payload.length && !final(received()) && !socket.destroyed) {
        const part = payload.subarray(at, (at += WRITE_CHUNK));
        if (!socket.write(part)) return void socket.once('drain', () => sendFrom(at));
      }
    };
    const startBody = () => {
      if (sending) return;
      sending = true;
      sendFrom(0);
    };
    // Not end() after the body: a half-closed request is one Node's HTTP server aborts.
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nAccept: application/json\r\n` +
          `Content-Length: ${payload.length}\r\nConnection: close\r\n${expect ? 'Expect: 100-continue\r\n' : ''}\r\n`,
      );
      if (!expect) return startBody();
      setTimeout(startBody, EXPECT_WAIT_MS).unref();
    });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (expect && !sending && !final(received())) setTimeout(startBody, AFTER_CONTINUE_MS).unref();
    });
    socket.on('error', (error) => (socketError = error.message));
    socket.on('close', () => resolve({ ...parse(received()), socketError }));
  });
}

/** Whether `raw` holds the head of a final (not 1xx) answer. */
function final(raw: Buffer): boolean {
  return /HTTP\/1\.[01] [2-5]\d\d /.test(raw.toString('latin1', 0, Math.min(raw.length, 4096)));
}

function parse(raw: Buffer): { status: number; text: string } {
  // Interim answers (100 Continue) come first: the final one is the last head.
  const text = raw.toString('latin1');
  const start = text.search(/HTTP\/1\.[01] [2-5]\d\d /);
  if (start < 0) return { status: 0, text: text.slice(0, 200) };
  const end = raw.indexOf('\r\n\r\n', start);
  if (end < 0) return { status: 0, text: text.slice(0, 200) };
  const head = raw.subarray(start, end).toString('latin1');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  const rest = raw.subarray(end + 4);
  return { status, text: (/^transfer-encoding:\s*chunked/im.test(head) ? unchunk(rest) : rest).toString('utf8') };
}

function unchunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < data.length;) {
    const line = data.indexOf('\r\n', at);
    const size = parseInt(data.subarray(at, line).toString('latin1'), 16);
    if (line < 0 || !(size > 0)) break;
    parts.push(data.subarray(line + 2, line + 2 + size));
    at = line + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
