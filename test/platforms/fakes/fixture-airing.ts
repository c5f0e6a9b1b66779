// Weekly broadcast arithmetic for running fixture shows, relative to whatever clock the caller passes.
import type { FixtureAiring } from './fixture-types.js';

export const WEEK_MS = 7 * 86_400_000;

export type AirKind = 'raw' | 'sub' | 'dub';

export interface Broadcast {
  kind: AirKind;
  episode: number;
  at: Date;
}

function offsetMs(airing: FixtureAiring, kind: AirKind): number {
  const minutes = kind === 'raw' ? 0 : kind === 'sub' ? airing.subDelayMinutes : airing.dubOffsetMinutes;
  return minutes * 60_000;
}

/** The `kind` broadcast in the week `weeks` after the anchor's (negative = before). */
export function broadcastInWeek(airing: FixtureAiring, kind: AirKind, weeks: number): Broadcast {
  const lag = kind === 'dub' ? airing.dubLagEpisodes : 0;
  const at = new Date(Date.parse(airing.anchor.at) + weeks * WEEK_MS + offsetMs(airing, kind));
  return { kind, episode: airing.anchor.episode + weeks - lag, at };
}

/** Every broadcast of `kind` in [from, to); none before the show's first episode. */
export function broadcastsBetween(airing: FixtureAiring, kind: AirKind, from: Date, to: Date): Broadcast[] {
  const base = Date.parse(airing.anchor.at) + offsetMs(airing, kind);
  const first = Math.floor((from.getTime() - base) / WEEK_MS);
  const last = Math.ceil((to.getTime() - base) / WEEK_MS);
  const found: Broadcast[] = [];
  for (let weeks = first; weeks <= last; weeks++) {
    const broadcast = broadcastInWeek(airing, kind, weeks);
    if (broadcast.episode >= 1 && broadcast.at >= from && broadcast.at < to) found.push(broadcast);
  }
  return found;
}

/** The next raw broadcast strictly after `now`. */
export function nextBroadcast(airing: FixtureAiring, now: Date): Broadcast {
  const weeks = Math.floor((now.getTime() - Date.parse(airing.anchor.at)) / WEEK_MS) + 1;
  const candidate = broadcastInWeek(airing, 'raw', weeks - 1);
  return candidate.at > now ? candidate : broadcastInWeek(airing, 'raw', weeks);
}
