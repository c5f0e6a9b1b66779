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

export function signViewer(viewer: Viewer, secret: string): string {
  const payload = Buffer.from(JSON.stringify(viewer)).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

/** The viewer of a header the gateway signed; undefined when it is missing, malformed or forged. */
export function verifyViewer(header: string | undefined, secret: string): Viewer | undefined {
  if (!header) return undefined;
  const [payload, signature] = header.split('.');
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(mac(payload, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Viewer;
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
