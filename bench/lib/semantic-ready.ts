// Polls `searchStatus` until search is complete (the semantic index in a final state and the word
// index built), reporting build progress on the way.
import { setTimeout as sleep } from 'node:timers/promises';
import { GraphqlRequestError, type GraphqlClient } from './graphql-client.js';

export interface SearchStatusView {
  mode: string;
  wordIndexReady: boolean;
  semanticState: string;
  reason: string | null;
  model: string | null;
  dimensions: number | null;
  vectorStore: string;
  indexedAnime: number;
  progress: { done: number; total: number } | null;
  lastBuildEmbedded: number | null;
  lastBuildSeconds: number | null;
  models: { id: string; state: string; lastBuildSeconds: number | null }[];
}

const STATUS_QUERY = `{ searchStatus { mode wordIndexReady semanticState reason model dimensions vectorStore indexedAnime
  progress { done total } lastBuildEmbedded lastBuildSeconds models { id state lastBuildSeconds } } }`;

/** States a build never leaves on its own: waiting longer cannot make search semantic. */
const FINAL = new Set(['READY', 'DISABLED', 'FAILED']);

export async function searchStatus(client: GraphqlClient): Promise<SearchStatusView> {
  const { data } = await client.request<{ searchStatus: SearchStatusView }>(STATUS_QUERY);
  return data.searchStatus;
}

export interface WaitOptions {
  timeoutMs: number;
  pollMs?: number;
  /** Called with every status polled; may throw (or reject) to stop waiting. */
  onStatus?: (status: SearchStatusView) => void | Promise<void>;
}

/**
 * The first status with the word index built and the semantic index in a final state (READY,
 * DISABLED or FAILED): before the word index is built, hybrid answers lack its signal. Throws once
 * `timeoutMs` has passed.
 */
export async function waitForSearch(client: GraphqlClient, options: WaitOptions): Promise<SearchStatusView> {
  const deadline = performance.now() + options.timeoutMs;
  for (;;) {
    const status = await searchStatus(client).catch(catalogLoading);
    if (status) await options.onStatus?.(status);
    if (status && status.wordIndexReady && FINAL.has(status.semanticState)) return status;
    if (performance.now() > deadline) {
      throw new Error(
        `search is not complete after ${formatDuration(options.timeoutMs)} (${status ? `state ${describe(status)}` : 'the catalog is still loading'}); ` +
          'wait longer with --timeout <seconds>, or check the server log',
      );
    }
    await sleep(options.pollMs ?? 250);
  }
}

/** Undefined while the server answers that its catalog is still loading (a server given by URL may be). */
function catalogLoading(error: unknown): undefined {
  if (error instanceof GraphqlRequestError && error.codes.includes('SERVICE_NOT_READY')) return undefined;
  throw error;
}

/** An onStatus callback that prints state changes, and build progress at most every `everyMs`. */
export function progressPrinter(label: string, print: (line: string) => void, everyMs = 10_000): (s: SearchStatusView) => void {
  const started = performance.now();
  let lastState = '';
  let lastPrint = 0;
  return (status) => {
    const now = performance.now();
    const state = `${status.semanticState} ${status.wordIndexReady}`;
    if (state === lastState && now - lastPrint < everyMs) return;
    lastState = state;
    lastPrint = now;
    print(`${label}: ${describe(status)} after ${formatDuration(now - started)}`);
  };
}

function describe(status: SearchStatusView): string {
  const { semanticState, progress, reason } = status;
  if (FINAL.has(semanticState) && !status.wordIndexReady) return `${semanticState}, word index building`;
  if (progress && progress.total > 0) {
    return `${semanticState}, ${progress.done}/${progress.total} texts embedded (${Math.floor((100 * progress.done) / progress.total)}%)`;
  }
  return reason ? `${semanticState} (${reason})` : semanticState;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
