// Between runs: wait until the server has finished the requests that the previous run left in flight
// (autocannon drops its connections when a run ends, but the server still works through their requests).
// A run started on a busy server opens its connections while the event loop is saturated, and libuv
// accepts one connection per loop iteration: those connections can wait in the accept queue for
// seconds, which would be the previous run's doing, not this run's.
import { get } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const FAST_MS = 20;
const FAST_IN_A_ROW = 3;

/** Milliseconds waited until GET /health answered within 20 ms three times in a row (or `maxMs` passed). */
export async function waitUntilIdle(graphqlUrl: string, maxMs = 30_000): Promise<{ waitedMs: number; idle: boolean }> {
  const url = new URL('/health', graphqlUrl).toString();
  const started = performance.now();
  let fast = 0;
  while (performance.now() - started < maxMs) {
    const ms = await timedGet(url);
    fast = ms < FAST_MS ? fast + 1 : 0;
    if (fast >= FAST_IN_A_ROW) return { waitedMs: performance.now() - started, idle: true };
    await sleep(50);
  }
  return { waitedMs: performance.now() - started, idle: false };
}

function timedGet(url: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(performance.now() - started));
    });
    req.on('error', () => resolve(Infinity));
    req.setTimeout(5_000, () => req.destroy());
  });
}
