// Reads a JSON request body within a byte limit: 415 when it is not declared JSON, 413 past the
// limit (declared or counted), 400 when it is not UTF-8 JSON.
import type { IncomingMessage } from 'node:http';
import { readBody } from '../lib/read-body.js';
import { RestError } from './errors.js';

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
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
  const body = await readBody(req, maxBytes);
  if (body === undefined) {
    throw new RestError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than ${maxBytes} bytes.`,
      { maxBytes },
      { connection: 'close' },
    );
  }
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
