// What the sources say about episode broadcasts, and the merged entries the schedule serves.
import type { ExternalPlatform } from '../../../lib/platforms/external-platforms.js';

export const AIR_TYPES = ['RAW', 'SUB', 'DUB'] as const;
export type AirType = (typeof AIR_TYPES)[number];

export type AiringStatus = 'UPCOMING' | 'AIRED' | 'DELAYED';

/** An anime's ids on the platforms, as far as a source knows them. */
export interface PlatformRefs {
  mal?: number;
  anilist?: number;
  /** AnimeSchedule's route (slug). */
  animeSchedule?: string;
}

export interface Titles {
  title: string;
  english?: string | null;
  native?: string | null;
}

export interface Stream {
  platform: string;
  url: string;
}

/** One source's word on one broadcast of one episode. */
export interface SourceEpisode {
  source: ExternalPlatform;
  refs: PlatformRefs;
  titles: Titles;
  airType: AirType;
  /** Null when the source does not number episodes (Jikan's weekly slots). */
  episode: number | null;
  airingAt: Date;
  delayedFrom?: Date | null;
  delayedUntil?: Date | null;
  /** The source says the broadcast is delayed. */
  delayed?: boolean;
  streams?: Stream[];
}

/** One broadcast of one episode, merged from every source that lists it. */
export interface AiringEntry {
  id: string;
  /** The AniGraph id, or null when the catalog has no such anime. */
  animeId: string | null;
  refs: PlatformRefs;
  titles: Titles;
  airType: AirType;
  episode: number | null;
  airingAt: Date;
  delayedFrom: Date | null;
  delayedUntil: Date | null;
  delayed: boolean;
  streams: Stream[];
  sources: ExternalPlatform[];
}

export function statusOf(entry: AiringEntry, now: Date): AiringStatus {
  if (entry.airingAt.getTime() <= now.getTime()) return 'AIRED';
  return entry.delayed ? 'DELAYED' : 'UPCOMING';
}
