// What a platform said, with where it came from: which platform, which cache tier, how old.
import { notePlatformCall } from '../analytics/ledger.js';
import type { Cached, DataClass, TieredCache } from '../cache/index.js';
import type { AnswerRead } from './platform-http.js';
import type { ExternalPlatform } from './external-platforms.js';
import type { z } from 'zod';

export interface Sourced<T> extends Cached<T> {
  source: ExternalPlatform;
}

/** `load` through the cache under the platform's key space (noted for the operation's analytics record). */
export async function cached<T>(
  cache: TieredCache,
  source: ExternalPlatform,
  key: string,
  dataClass: DataClass,
  load: () => Promise<T>,
): Promise<Sourced<T>> {
  const started = performance.now();
  try {
    const answer = await cache.fetch<T>(`${source}:${key}`, dataClass, load);
    notePlatformCall({ platform: source, tier: answer.tier, ms: performance.now() - started, failed: false });
    return { ...answer, source };
  } catch (error) {
    notePlatformCall({ platform: source, tier: 'ORIGIN', ms: performance.now() - started, failed: true });
    throw error;
  }
}

/** What the cache already holds under the platform's key (as `cached` keeps it); no request, no analytics note. */
export async function peeked<T>(
  cache: TieredCache,
  source: ExternalPlatform,
  key: string,
  dataClass: DataClass,
): Promise<Sourced<T> | undefined> {
  const answer = await cache.peek<T>(`${source}:${key}`, dataClass);
  return answer && { ...answer, source };
}

/** An answer that was not cached (it differs on every call); `started` is when it was asked for. */
export function fromOrigin<T>(source: ExternalPlatform, value: T, started?: number): Sourced<T> {
  notePlatformCall({ platform: source, tier: 'ORIGIN', ms: started === undefined ? 0 : performance.now() - started, failed: false });
  return { value, source, tier: 'ORIGIN', storedAt: new Date(), ageSeconds: 0, stale: false };
}

/**
 * Reads a JSON answer of the documented shape: 2xx parsed with `schema` (garbled or reshaped
 * answers are the platform failing), 404 as `null` (the platform does not have it), other 4xx as a
 * refusal with the platform's message.
 */
export function readJson<S extends z.ZodType>(schema: S) {
  return (answer: AnswerRead): z.infer<S> | null => {
    const body = jsonBody(answer);
    if (answer.status === 404) return null;
    if (answer.status >= 400)
      throw answer.fail('UPSTREAM_UNAVAILABLE', `refused the request (${answer.status}: ${messageOf(body) ?? 'no message'})`);
    return shaped(answer, schema, body);
  };
}

/** The answer's body as JSON; a body that is not JSON is the platform failing. */
export function jsonBody(answer: AnswerRead): unknown {
  try {
    return JSON.parse(answer.body);
  } catch {
    throw answer.fail('UPSTREAM_UNAVAILABLE', `answered ${answer.status} with a body that is not JSON`, true);
  }
}

/** `body` checked against the documented shape; an answer reshaped or garbled is the platform failing. */
export function shaped<S extends z.ZodType>(answer: AnswerRead, schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw answer.fail(
      'UPSTREAM_UNAVAILABLE',
      `answered in an unexpected shape (${issue.path.join('.') || 'body'}: ${issue.message})`,
      true,
    );
  }
  return parsed.data;
}

function messageOf(body: unknown): string | undefined {
  const b = body as { message?: unknown; error?: unknown; errors?: { message?: string; detail?: string; title?: string }[] } | null;
  if (typeof b?.message === 'string') return b.message;
  const first = Array.isArray(b?.errors) ? b.errors[0] : undefined;
  return first?.message ?? first?.detail ?? first?.title ?? (typeof b?.error === 'string' ? b.error : undefined);
}
