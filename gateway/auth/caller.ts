// Who is calling: ADMIN_API_KEY (an operator), a user's API key, or nobody (the anonymous free tier,
// told apart by IP address). A key that is given but not valid is refused, never treated as anonymous.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { ANONYMOUS, type Viewer } from '../../lib/users/viewer-header.js';
import type { KeyCache } from './key-cache.js';

export interface Caller {
  viewer: Viewer;
  /** Whose quota a request draws on: `user:<id>`, `admin`, or `ip:<address>` for an anonymous caller. */
  subject: string;
  /** The client's address (the burst bucket's key). */
  ip: string;
}

export interface CallerOptions {
  adminKey?: string;
  trustProxy: boolean;
  keys: KeyCache;
}

/** The key of `Authorization: Bearer <key>` or `x-api-key`; undefined when neither is sent. */
export function apiKeyOf(headers: IncomingHttpHeaders | Record<string, unknown>): string | undefined {
  const authorization = headers.authorization;
  if (typeof authorization === 'string' && authorization.trim() !== '') {
    const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match ? match[1] : authorization.trim();
  }
  const key = headers['x-api-key'];
  return typeof key === 'string' && key.trim() !== '' ? key.trim() : undefined;
}

/** The client's IP: the first X-Forwarded-For entry behind a trusted proxy, else the socket's. */
export function clientIp(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/** The caller of a request with `key` (or none), from `ip`; undefined when the key is not valid. */
export async function resolveCaller(key: string | undefined, ip: string, options: CallerOptions): Promise<Caller | undefined> {
  if (key === undefined) return { viewer: ANONYMOUS, subject: `ip:${ip}`, ip };
  if (options.adminKey && sameSecret(key, options.adminKey)) {
    return { viewer: { userId: null, tier: 'ENTERPRISE', keyId: null, admin: true }, subject: 'admin', ip };
  }
  const owner = await options.keys.owner(key);
  if (!owner) return undefined;
  return { viewer: { ...owner, admin: false }, subject: `user:${owner.userId}`, ip };
}

/** Constant time whatever the lengths: both sides are hashed first. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
