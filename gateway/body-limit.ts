// The largest body /graphql reads (GRAPHQL_MAX_BODY): one declared larger is answered 413 before a
// byte of it is read, as a GraphQL error with the correlation id. (A picture in base64 is the largest
// thing a query carries; searchByImage itself refuses one over IMAGE_MAX_BYTES.)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORRELATION_HEADER } from '../lib/correlation.js';
import { errorExtensions } from '../lib/errors.js';

/** Answers 413 and returns true when `req` declares a body over `maxBytes`. */
export function refuseLargeBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): boolean {
  const declared = Number(req.headers['content-length']);
  if (!(declared > maxBytes)) return false;
  const body = {
    errors: [
      {
        message: `The request body is ${declared} bytes, larger than GRAPHQL_MAX_BODY (${maxBytes}).`,
        extensions: errorExtensions('PAYLOAD_TOO_LARGE', { status: 413, maxBytes, correlationId: req.headers[CORRELATION_HEADER] }),
      },
    ],
  };
  // The body is not read: the connection closes rather than drain it.
  res.writeHead(413, { 'content-type': 'application/graphql-response+json; charset=utf-8', connection: 'close' }).end(JSON.stringify(body));
  return true;
}
