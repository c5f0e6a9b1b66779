// One operation as analytics records it (the analytics_events table), and who it is counted for.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { analyticsEvents } from '../db/schema.js';
import type { Viewer } from '../users/viewer-header.js';

export type AnalyticsEvent = typeof analyticsEvents.$inferInsert;

/** The transports an operation arrives by: GraphQL over HTTP or graphql-ws, a facade (REST, MCP), or the webhook dispatcher's own subscriptions. */
export type AnalyticsTransport = 'graphql-http' | 'graphql-ws' | 'rest' | 'mcp' | 'webhooks';

/**
 * A user's pseudonymous id in analytics: a hash of their id, never the id. Users' ids are random
 * UUIDs, so it cannot be reversed without the users table; the users subgraph finds a user's own
 * events by it (analyticsReport, deleteMyData).
 */
export function userSubject(userId: string): string {
  return `user:${createHash('sha256').update(`anigraph-analytics:${userId}`).digest('hex').slice(0, 32)}`;
}

/** An IP address could be found again from a hash by trying them all: a random key of this process, renewed daily, makes it unlinkable. */
let ipKey = { day: '', key: Buffer.alloc(0) };

export function anonymousSubject(ip: string, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  if (ipKey.day !== day) ipKey = { day, key: randomBytes(32) };
  return `anon:${createHmac('sha256', ipKey.key).update(ip).digest('hex').slice(0, 32)}`;
}

/** Who an operation is counted for: the user, or the anonymous caller's IP (pseudonymous either way). */
export function subjectOf(viewer: Viewer | undefined, ip: string | undefined): string {
  if (viewer?.userId) return userSubject(viewer.userId);
  if (viewer?.admin) return 'operator';
  return anonymousSubject(ip ?? 'unknown');
}
