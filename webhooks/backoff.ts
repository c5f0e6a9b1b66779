// When a failed delivery is tried again: the schedule Standard Webhooks suggests (and Svix follows),
// counted from each failed attempt — 5 s, 5 min, 30 min, 2 h, 5 h, then every 10 h — for as long as
// WEBHOOK_RETRY_FOR (24 h) from the event allows, with one last attempt when that ends; then FAILED.

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The wait after the 1st, 2nd, ... failed attempt; the last one repeats. */
export const RETRY_DELAYS_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR];

/**
 * The time of the next attempt after `attempts` failed ones, the last at `lastAttemptAt`, of an event
 * made at `createdAt`; null when the retry window (`retryForMs`) is over: the delivery has failed.
 */
export function nextAttemptAt(createdAt: Date, attempts: number, lastAttemptAt: Date, retryForMs: number): Date | null {
  const deadline = createdAt.getTime() + retryForMs;
  if (lastAttemptAt.getTime() >= deadline) return null;
  const delay = RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1];
  return new Date(Math.min(lastAttemptAt.getTime() + delay, deadline));
}
