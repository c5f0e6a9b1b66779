// The largest body /graphql reads (GRAPHQL_MAX_BODY): one declared larger is answered 413 before a
// byte of it is read, one whose size is not declared (chunked) 411, as a GraphQL error with the
// correlation id. (A picture in base64 is the largest thing a query carries; searchByImage itself
// refuses one over IMAGE_MAX_BYTES.)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORRELATION_HEADER } from '../lib/correlation.js';
import { errorExtensions } from '../lib/errors.js';

/**
 * Answers 413 when `req` declares a body over `maxBytes`, and 411 when it sends one without declaring
 * its size (chunked: the gateway would read it whole); returns true when it answered.
 */
export function refuseLargeBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): boolean {
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) {
    const message = `The request body is ${declared} bytes, larger than GRAPHQL_MAX_BODY (${maxBytes}).`;
    return refuse(req, res, 413, message, errorExtensions('PAYLOAD_TOO_LARGE', { status: 413, maxBytes }));
  }
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined) {
    const message = `A POST to /graphql must declare its Content-Length (at most GRAPHQL_MAX_BODY, ${maxBytes} bytes); a chunked body is not read.`;
    return refuse(req, res, 411, message, errorExtensions('LENGTH_REQUIRED', { status: 411, maxBytes }));
  }
  return false;
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): true {
  const body = { errors: [{ message, extensions: { ...extensions, correlationId: req.headers[CORRELATION_HEADER] } }] };
  // The body is not read: the connection closes rather than drain it.
  res
    .writeHead(status, { 'content-type': 'application/graphql-response+json; charset=utf-8', connection: 'close' })
    .end(JSON.stringify(body));
  return true;
}
