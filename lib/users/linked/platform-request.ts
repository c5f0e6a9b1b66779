// The one request function of the linked-account clients (AniList, MyAnimeList API v2): a timeout
// (PLATFORM_TIMEOUT_MS), one retry with backoff for a platform that is unwell (5xx, timeout, refused
// connection, garbled answer), a 429 answered at once with its Retry-After. Linking is a user waiting
// on one account, so there is no queue or breaker to share as with the catalog's platform clients.
// Errors are classified here and never carry the request: its Authorization header holds a user's token.
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../../error-codes.js';
import { errorExtensions } from '../../errors.js';
import type { linkedPlatformEnum } from '../../db/schema.js';
import type { ListEntry } from './taste.js';

export type LinkedPlatform = (typeof linkedPlatformEnum.enumValues)[number];

/** An account on a platform as its token shows it. */
export interface PlatformAccount {
  accountId: string;
  accountName: string;
  entries: ListEntry[];
}

/** Reads the account a token belongs to, with its anime list; throws TokenRefusedError or LinkedPlatformError. */
export type AccountReader = (token: string) => Promise<PlatformAccount>;

export const LINKED_PLATFORM_NAMES: Record<LinkedPlatform, string> = { ANILIST: 'AniList', MYANIMELIST: 'MyAnimeList' };

type LinkedPlatformErrorCode = Extract<ErrorCode, 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_RATE_LIMITED' | 'UPSTREAM_TIMEOUT'>;

/** The platform failed, timed out or limited us: `extensions.source` names it. */
export class LinkedPlatformError extends GraphQLError {
  readonly transient: boolean;

  constructor(
    readonly platform: LinkedPlatform,
    code: LinkedPlatformErrorCode,
    message: string,
    details: { status?: number; retryAfterSeconds?: number; transient?: boolean } = {},
  ) {
    const { transient = false, ...more } = details;
    const defined = Object.fromEntries(Object.entries(more).filter(([, v]) => v !== undefined));
    super(`${LINKED_PLATFORM_NAMES[platform]}: ${message}`, { extensions: errorExtensions(code, { source: platform, ...defined }) });
    this.transient = transient;
  }
}

/** The platform refused the token itself (invalid, expired or revoked): BAD_USER_INPUT on `token`. */
export class TokenRefusedError extends GraphQLError {
  constructor(
    readonly platform: LinkedPlatform,
    status: number,
    why: string,
  ) {
    super(`${LINKED_PLATFORM_NAMES[platform]} refused the token (HTTP ${status}, ${why}): it is invalid, expired or revoked.`, {
      extensions: errorExtensions('BAD_USER_INPUT', { argument: 'token', source: platform, status }),
    });
  }
}

export interface PlatformRequestSettings {
  timeoutMs: number;
  /** Attempts after the first, for transient failures. */
  retries?: number;
  backoffMs?: number;
}

export interface PlatformAnswer {
  status: number;
  /** The body, parsed as JSON. */
  json: unknown;
}

/** One request to `platform`, with the retries above; a 4xx other than 429 is the caller's to read. */
export async function platformRequest(
  platform: LinkedPlatform,
  settings: PlatformRequestSettings,
  url: string,
  init: { method?: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
): Promise<PlatformAnswer> {
  const retries = settings.retries ?? 1;
  for (let attempt = 0; ; attempt++) {
    try {
      return await exchange(platform, settings.timeoutMs, url, init);
    } catch (error) {
      if (!(error instanceof LinkedPlatformError) || !error.transient || attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, (settings.backoffMs ?? 200) * 2 ** attempt));
    }
  }
}

async function exchange(
  platform: LinkedPlatform,
  timeoutMs: number,
  url: string,
  init: { method?: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
): Promise<PlatformAnswer> {
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new LinkedPlatformError(platform, 'UPSTREAM_TIMEOUT', `no answer within ${timeoutMs} ms`, { transient: true });
    }
    // Only the cause's code: a fetch error's message may quote what was sent (a header's value).
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    const why = typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : 'network error';
    throw new LinkedPlatformError(platform, 'UPSTREAM_UNAVAILABLE', `cannot be reached (${why})`, { transient: true });
  }
  if (response.status === 429) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new LinkedPlatformError(platform, 'UPSTREAM_RATE_LIMITED', 'rate limit reached (429); retry later', {
      status: 429,
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? Math.ceil(retryAfter) : 60,
    });
  }
  if (response.status >= 500) {
    throw new LinkedPlatformError(platform, 'UPSTREAM_UNAVAILABLE', `answered ${response.status}`, {
      status: response.status,
      transient: true,
    });
  }
  try {
    return { status: response.status, json: JSON.parse(body) as unknown };
  } catch {
    throw new LinkedPlatformError(platform, 'UPSTREAM_UNAVAILABLE', `answered ${response.status} with a body that is not JSON`, {
      status: response.status,
      transient: true,
    });
  }
}
