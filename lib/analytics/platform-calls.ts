// The platform calls of one subgraph execution, for the analytics record of the operation: which
// platform, which cache tier answered (L1, L2 or the platform itself), how long it took, whether it
// failed. The subgraph's executor collects them (an AsyncLocalStorage, like the correlation id) and
// answers them in `extensions.platformCalls`, which the gateway reads in-process and over HTTP alike.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface PlatformCall {
  platform: string;
  /** L1 (memory), L2 (Redis) or ORIGIN (the platform was asked). */
  tier: string;
  ms: number;
  failed: boolean;
}

const storage = new AsyncLocalStorage<PlatformCall[]>();

/** Runs `fn` with a fresh ledger, and hands back what it holds with the result. */
export function collectPlatformCalls<T>(fn: () => T): { calls: PlatformCall[]; result: T } {
  const calls: PlatformCall[] = [];
  return { calls, result: storage.run(calls, fn) };
}

/** The calls noted so far in the execution running. */
export function platformCallsSoFar(): PlatformCall[] {
  return storage.getStore() ?? [];
}

export function notePlatformCall(call: PlatformCall): void {
  storage.getStore()?.push(call);
}

/** `result` with the calls in `extensions.platformCalls` (none: unchanged). */
export function withPlatformCalls<T extends { extensions?: { [key: string]: unknown } }>(result: T, calls: readonly PlatformCall[]): T {
  if (calls.length === 0) return result;
  return { ...result, extensions: { ...result.extensions, platformCalls: calls } };
}

/** The calls a subgraph's answer reports (anything malformed is left out). */
export function platformCallsOf(extensions: unknown): PlatformCall[] {
  const calls = (extensions as { platformCalls?: unknown } | null | undefined)?.platformCalls;
  if (!Array.isArray(calls)) return [];
  return calls.filter(
    (c): c is PlatformCall =>
      typeof c?.platform === 'string' && typeof c.tier === 'string' && typeof c.ms === 'number' && typeof c.failed === 'boolean',
  );
}
