// The largest body /graphql reads (GRAPHQL_MAX_BODY): one declared larger is answered 413 before a
// byte of it is read; one whose size is not declared (chunked) is read here, counted, and answered
// 413 past the limit, as a GraphQL error with the correlation id. (A picture in base64 is the largest
// thing a query carries; searchByImage itself refuses one over IMAGE_MAX_BYTES.)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORRELATION_HEADER } from '../lib/correlation.js';
import { errorExtensions } from '../lib/errors.js';
import { readBody } from '../lib/read-body.js';

/** Hands `req` to `next` once its body is known to fit in `maxBytes`; else answers 413. */
export function withBodyLimit(req: IncomingMessage, res: ServerResponse, maxBytes: number, next: () => unknown): unknown {
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) return tooLarge(req, res, maxBytes, `The request body is ${declared} bytes`);
  if (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] === undefined) return next();
  // Chunked: read within the limit here. The gateway takes a body already read from `req.body`, as
  // body-parsing frameworks leave it (@whatwg-node/server).
  return readBody(req, maxBytes).then(
    (body) => {
      if (!body) return tooLarge(req, res, maxBytes, 'The request body is');
      Object.assign(req, { body });
      return next();
    },
    () => res.destroy(),
  );
}

function tooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number, what: string): void {
  const extensions = errorExtensions('PAYLOAD_TOO_LARGE', { status: 413, maxBytes, correlationId: req.headers[CORRELATION_HEADER] });
  const body = { errors: [{ message: `${what} larger than GRAPHQL_MAX_BODY (${maxBytes}).`, extensions }] };
  // What is left of the body is not read: the connection closes rather than drain it.
  res.writeHead(413, { 'content-type': 'application/graphql-response+json; charset=utf-8', connection: 'close' }).end(JSON.stringify(body));
}
