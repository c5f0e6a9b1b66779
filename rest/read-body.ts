// Reads a JSON request body within a byte limit: 415 when it is not declared JSON, 413 past the
// limit (declared or counted), 400 when it is not UTF-8 JSON. A route that takes a picture reads
// more: the picture's base64 on top of REST_MAX_BODY, while the rest of the body stays within it.
import type { IncomingMessage } from 'node:http';
import { readBody } from '../lib/read-body.js';
import { RestError } from './errors.js';

export interface BodyLimit {
  /** REST_MAX_BODY: the largest body, or all of a body but its picture. */
  maxBytes: number;
  /** Routes that take a picture: how many more bytes it may add, and where a parsed body has it. */
  picture?: { maxBytes: number; of(body: unknown): string | undefined };
}

export async function readJsonBody(req: IncomingMessage, limit: BodyLimit): Promise<unknown> {
  const contentType = req.headers['content-type'] ?? '';
  const [mediaType, ...params] = contentType.split(';').map((part) => part.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/^"(.*)"$/, '$1');
  if (mediaType !== 'application/json' || (charset && charset !== 'utf-8' && charset !== 'utf8')) {
    throw new RestError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Type must be application/json (got ${contentType.slice(0, 100) || 'none'}).`,
    );
  }
  const readable = limit.maxBytes + (limit.picture?.maxBytes ?? 0);
  const body = await readBody(req, readable);
  if (body === undefined) throw tooLarge(readable, limit.picture ? ' (REST_MAX_BODY and a picture of IMAGE_MAX_BYTES in base64)' : '');
  if (body.length <= limit.maxBytes) return parse(body);
  // Larger than REST_MAX_BODY: only its picture may make up the difference.
  let parsed: unknown;
  try {
    parsed = parse(body);
  } catch {
    throw tooLarge(limit.maxBytes, '');
  }
  const picture = limit.picture?.of(parsed) ?? '';
  if (body.length - Buffer.byteLength(picture) > limit.maxBytes) throw tooLarge(limit.maxBytes, ' besides its picture');
  return parsed;
}

function parse(body: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new RestError(400, 'INVALID_JSON', 'The request body is not UTF-8 text.');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RestError(400, 'INVALID_JSON', `The request body is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
  }
}

function tooLarge(maxBytes: number, what: string): RestError {
  return new RestError(
    413,
    'PAYLOAD_TOO_LARGE',
    `The request body is larger than ${maxBytes} bytes${what}.`,
    { maxBytes },
    { connection: 'close' },
  );
}
