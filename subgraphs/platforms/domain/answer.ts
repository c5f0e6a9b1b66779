// What a platform answered for an anime: its data, or why there is none.
import type { ExternalPlatform } from '../../../lib/platforms/external-platforms.js';
import { isPlatformError, type PlatformError } from '../../../lib/platforms/platform-error.js';
import type { Sourced } from '../../../lib/platforms/sourced.js';
import type { PlatformCall } from './platform-resources.js';

export type Answer<T> =
  | { state: 'ANSWERED'; platform: ExternalPlatform; value: T; meta: Sourced<unknown> }
  | { state: 'NOT_LISTED' | 'NOT_CONFIGURED'; platform: ExternalPlatform }
  | { state: 'FAILED'; platform: ExternalPlatform; error: PlatformError };

/** One platform call of a request, for dataSources: what was asked, which fields it served, its answer. */
export interface LedgerEntry {
  platform: ExternalPlatform;
  resource: string;
  /** The fields this call served. */
  fields: Set<string>;
  answer: Promise<Answer<unknown>>;
}

/** Makes the call; a platform's failure becomes a FAILED answer, anything else is thrown. */
export async function settle<T>(platform: ExternalPlatform, call: PlatformCall<T>): Promise<Answer<T>> {
  if (call === 'NOT_LISTED' || call === 'NOT_CONFIGURED') return { state: call, platform };
  try {
    const answer = await call();
    return answer.value === null || answer.value === undefined
      ? { state: 'NOT_LISTED', platform }
      : { state: 'ANSWERED', platform, value: answer.value, meta: answer };
  } catch (error) {
    if (!isPlatformError(error)) throw error;
    return { state: 'FAILED', platform, error };
  }
}
