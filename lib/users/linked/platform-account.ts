// The reader of each platform's accounts, as configured.
import { readAniListAccount } from './anilist-account.js';
import { readMalAccount } from './mal-account.js';
import type { AccountReader, LinkedPlatform } from './platform-request.js';

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
