// One delivery attempt: the body POSTed as JSON with the Standard Webhooks headers (webhook-id, the
// same on every attempt; webhook-timestamp; webhook-signature, HMAC-SHA256 by the `standardwebhooks`
// library), within WEBHOOK_TIMEOUT_MS, redirects not followed, the answer read only so far as an error
// message needs. The address is checked again here, on the address actually connected to.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { PROJECT_VERSION } from '../lib/paths.js';
import { hostOf, isPublicAddress, parseHttpUrl, publicOnlyLookup, UrlRefused } from '../lib/net/url-policy.js';
import { WEBHOOK_ADDRESS_RULE } from '../lib/webhooks/events.js';

export interface DeliveryMessage {
  /** The message id ("msg_..."). */
  id: string;
  url: string;
  secret: string;
  payload: Record<string, unknown>;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
  /** Aborts the attempt (the dispatcher closes). */
  signal?: AbortSignal;
}

export type SendOutcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/** How much of an answer's body an error message keeps. */
const ERROR_BODY_BYTES = 512;

export async function sendDelivery(message: DeliveryMessage, options: SendOptions): Promise<SendOutcome> {
  let url: URL;
  try {
    url = parseHttpUrl(message.url);
    const host = hostOf(url);
    if (!options.allowPrivate && isIP(host) && !isPublicAddress(host)) {
      throw new UrlRefused(`${host} is not a public address (WEBHOOK_ALLOW_PRIVATE is off).`);
    }
  } catch (error) {
    return { ok: false, statusCode: null, error: `refused: ${(error as Error).message}` };
  }
  const body = JSON.stringify(message.payload);
  // The receiver checks the timestamp against its own clock: always the wall clock's.
  const sentAt = new Date();
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'user-agent': `AniGraph-Webhooks/${PROJECT_VERSION}`,
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(message.secret).sign(message.id, sentAt, body),
  };
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const response = await post(url, headers, body, signal, options.allowPrivate);
    const statusCode = response.statusCode ?? 0;
    if (statusCode >= 200 && statusCode < 300) {
      response.resume(); // the answer's body is not needed
      return { ok: true, statusCode };
    }
    const excerpt = await readSome(response, ERROR_BODY_BYTES);
    const what = statusCode >= 300 && statusCode < 400 ? 'a redirect (not followed)' : `HTTP ${statusCode}`;
    return { ok: false, statusCode, error: excerpt ? `${what}: ${excerpt}` : what };
  } catch (error) {
    if (timeout.aborted) return { ok: false, statusCode: null, error: `no answer within ${options.timeoutMs} ms` };
    const { code, message: text } = error as NodeJS.ErrnoException;
    return { ok: false, statusCode: null, error: code && !text.includes(code) ? `${code}: ${text}` : text };
  }
}

function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
  allowPrivate: boolean,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      { method: 'POST', headers, signal, lookup: allowPrivate ? undefined : publicOnlyLookup(WEBHOOK_ADDRESS_RULE) },
      resolve,
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The first `limit` bytes of the answer's body as text (one line), then the connection is let go. */
async function readSome(response: IncomingMessage, limit: number): Promise<string> {
  let text = '';
  try {
    for await (const chunk of response) {
      text += String(chunk);
      if (text.length >= limit) break;
    }
  } catch {
    // the answer broke off: what came is enough
  } finally {
    response.destroy();
  }
  return text.slice(0, limit).replace(/\s+/g, ' ').trim();
}
