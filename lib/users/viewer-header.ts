// Who is asking, as the gateway tells the subgraphs: a header signed with GATEWAY_SECRET (HMAC-SHA256),
// so that a subgraph reached directly (distributed mode) cannot be told it is another user.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const VIEWER_HEADER = 'x-anigraph-viewer';

export type Tier = 'FREE' | 'PREMIUM' | 'ENTERPRISE';

export interface Viewer {
  /** A user's id; null for an anonymous caller (the free tier, counted by IP). */
  userId: string | null;
  tier: Tier;
  /** The API key used, when one was. */
  keyId: string | null;
  /** Whether the caller presented ADMIN_API_KEY. */
  admin: boolean;
}

export const ANONYMOUS: Viewer = { userId: null, tier: 'FREE', keyId: null, admin: false };

/**
 * How long a signed header is believed: long enough for a request's subgraph calls and some clock
 * skew between hosts, short enough that a header seen on the network is soon worth nothing.
 */
export const VIEWER_HEADER_MAX_AGE_MS = 5 * 60_000;

/** The header for `viewer`, stamped with when it was signed. */
export function signViewer(viewer: Viewer, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...viewer, signedAt: now })).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

/** The viewer of a header the gateway signed; undefined when it is missing, malformed, forged or too old. */
export function verifyViewer(header: string | undefined, secret: string, now = Date.now()): Viewer | undefined {
  if (!header) return undefined;
  const [payload, signature] = header.split('.');
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(mac(payload, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const { signedAt, ...viewer } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Viewer & { signedAt?: unknown };
    if (typeof signedAt !== 'number' || Math.abs(now - signedAt) > VIEWER_HEADER_MAX_AGE_MS) return undefined;
    return viewer;
  } catch {
    return undefined;
  }
}

const mac = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('hex');

const randomSecrets = new WeakMap<object, string>();

/**
 * GATEWAY_SECRET, or one made at random for this configuration: the gateway and the in-process
 * subgraphs built from it agree; a subgraph in another process needs the variable set.
 */
export function gatewaySecret(config: { GATEWAY_SECRET?: string }): string {
  if (config.GATEWAY_SECRET) return config.GATEWAY_SECRET;
  let secret = randomSecrets.get(config);
  if (!secret) randomSecrets.set(config, (secret = randomBytes(32).toString('hex')));
  return secret;
}
