// Reads a request body within a byte limit, for every server of the project.
import type { IncomingMessage } from 'node:http';

/**
 * The body, or undefined once it is (declared or counted) larger than `maxBytes`; what is left of it
 * is then discarded. Events rather than `for await`: leaving an async iterator early destroys the
 * socket, and the 413 answer with it.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length']) > maxBytes) {
    req.resume();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData).resume();
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', reject);
  });
}
