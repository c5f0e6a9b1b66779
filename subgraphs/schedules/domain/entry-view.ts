// A merged entry as the schema shows it, and the checks of the schedules' arguments.
import { BadUserInputError } from '../../../lib/errors.js';
import type { AiringEntry } from './airing.js';
import type { MergedSchedule } from './schedule.service.js';

export interface EntryView {
  id: string;
  anime: { id: string } | null;
  title: string;
  englishTitle: string | null;
  nativeTitle: string | null;
  episode: number | null;
  airingAt: Date;
  airType: string;
  delayedFrom: Date | null;
  delayedUntil: Date | null;
  delayed: boolean;
  streams: { platform: string; url: string }[];
  sources: string[];
  /** The zone its schedule was asked in: localTime's default. */
  zone: string;
}

export function viewOf(entry: AiringEntry, zone: string): EntryView {
  return {
    id: entry.id,
    anime: entry.animeId ? { id: entry.animeId } : null,
    title: entry.titles.title,
    englishTitle: entry.titles.english ?? null,
    nativeTitle: entry.titles.native ?? null,
    episode: entry.episode,
    airingAt: entry.airingAt,
    airType: entry.airType,
    delayedFrom: entry.delayedFrom,
    delayedUntil: entry.delayedUntil,
    delayed: entry.delayed,
    streams: entry.streams,
    sources: entry.sources,
    zone,
  };
}

/** Warnings for the sources that failed, and for what else the schedule lacks. */
export function sourceWarnings(schedule: MergedSchedule): string[] {
  const failed = schedule.sources
    .filter((s) => s.state === 'FAILED')
    .map((s) => `${s.platform} failed (${s.error?.code}): the schedule holds the other sources' broadcasts only.`);
  return [...failed, ...schedule.warnings];
}

/** A `withinMinutes` argument checked: 1 to 1440 minutes, or BAD_USER_INPUT. */
export function checkedMinutes(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440)
    throw new BadUserInputError(`withinMinutes must be between 1 and 1440 (got ${minutes}).`, 'withinMinutes');
  return minutes;
}
