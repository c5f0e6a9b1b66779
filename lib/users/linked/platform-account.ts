// An account on a platform as its token shows it, and the reader of each platform, as configured.
import { readAniListAccount } from './anilist-account.js';
import { readMalAccount } from './mal-account.js';
import type { LinkedPlatform } from './platform-request.js';
import type { ListEntry } from './taste.js';

export interface PlatformAccount {
  accountId: string;
  accountName: string;
  entries: ListEntry[];
}

/** Reads the account a token belongs to, with its anime list; throws TokenRefusedError or LinkedPlatformError. */
export type AccountReader = (token: string) => Promise<PlatformAccount>;

export interface AccountReadersConfig {
  ANILIST_URL: string;
  MAL_API_URL: string;
  MAL_CLIENT_ID?: string;
  PLATFORM_TIMEOUT_MS: number;
}

export function accountReaders(config: AccountReadersConfig): Record<LinkedPlatform, AccountReader> {
  const timeoutMs = config.PLATFORM_TIMEOUT_MS;
  return {
    ANILIST: (token) => readAniListAccount({ url: config.ANILIST_URL, timeoutMs }, token),
    MYANIMELIST: (token) => readMalAccount({ url: config.MAL_API_URL, clientId: config.MAL_CLIENT_ID, timeoutMs }, token),
  };
}
