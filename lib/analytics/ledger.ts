// What one subgraph execution did that the operation's analytics record needs and the answer does
// not show: the platform calls (which platform, which cache tier answered — L1, L2 or the platform
// itself —, how long, whether it failed) and the anime a search found first. The subgraph's executor
// collects them (an AsyncLocalStorage, like the correlation id) and answers them in
// `extensions.analytics`, which the gateway reads in-process and over HTTP alike.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface PlatformCall {
  platform: string;
  /** L1 (memory), L2 (Redis) or ORIGIN (the platform was asked). */
  tier: string;
  ms: number;
  failed: boolean;
}

export interface Ledger {
  platformCalls: PlatformCall[];
  /** AniGraph ids of the anime a search answered first, whatever the query selected of them. */
  foundAnime: string[];
}

const storage = new AsyncLocalStorage<Ledger>();

const empty = (): Ledger => ({ platformCalls: [], foundAnime: [] });

/** Runs `fn` with a fresh ledger, and hands back what it holds with the result. */
export function withLedger<T>(fn: () => T): { ledger: Ledger; result: T } {
  const ledger = empty();
  return { ledger, result: storage.run(ledger, fn) };
}

/** The ledger of the execution running (an empty one outside any). */
export function currentLedger(): Ledger {
  return storage.getStore() ?? empty();
}

export function notePlatformCall(call: PlatformCall): void {
  storage.getStore()?.platformCalls.push(call);
}

export function noteFoundAnime(ids: readonly string[]): void {
  storage.getStore()?.foundAnime.push(...ids);
}

/** `result` with the ledger in `extensions.analytics` (nothing noted: unchanged). */
export function withLedgerExtension<T extends { extensions?: { [key: string]: unknown } }>(result: T, ledger: Ledger): T {
  if (ledger.platformCalls.length === 0 && ledger.foundAnime.length === 0) return result;
  return { ...result, extensions: { ...result.extensions, analytics: ledger } };
}

/** The ledger a subgraph's answer reports (anything malformed is left out). */
export function ledgerOf(extensions: unknown): Ledger {
  const ledger = (extensions as { analytics?: Partial<Record<keyof Ledger, unknown>> } | null | undefined)?.analytics;
  const calls = Array.isArray(ledger?.platformCalls) ? ledger.platformCalls : [];
  const found = Array.isArray(ledger?.foundAnime) ? ledger.foundAnime : [];
  return {
    platformCalls: calls.filter(
      (c): c is PlatformCall =>
        typeof c?.platform === 'string' && typeof c.tier === 'string' && typeof c.ms === 'number' && typeof c.failed === 'boolean',
    ),
    foundAnime: found.filter((id): id is string => typeof id === 'string'),
  };
}
