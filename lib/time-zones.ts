// Time zones by IANA name through Intl: Node's ICU knows every zone and its daylight-saving rules, so
// no library is needed for offsets, local dates and wall-clock times.
import { BadUserInputError } from './errors.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The zone's canonical IANA name ("europe/berlin" -> "Europe/Berlin"), or undefined when Intl knows no such zone. */
export function canonicalZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export const isTimeZone = (zone: string): boolean => canonicalZone(zone) !== undefined;

/** A zone argument checked: its canonical name, or BAD_USER_INPUT naming the argument. */
export function checkedZone(zone: string, argument = 'timezone'): string {
  const canonical = canonicalZone(zone);
  if (!canonical) throw new BadUserInputError(`${argument} "${zone}" is not an IANA time zone (like Europe/Berlin or UTC).`, argument);
  return canonical;
}

/** `days` days after `at` on the zone's wall clock (across a daylight-saving change, 23 or 25 hours for one of them). */
export function addLocalDays(at: Date, days: number, zone: string): Date {
  const c = wallClock(at, zone);
  return instantOf({ year: c.year, month: c.month, day: c.day + days, hour: c.hour, minute: c.minute, second: c.second }, zone);
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** The wall clock of `at` in `zone`, with its weekday (0 Sunday ... 6 Saturday). */
export function wallClock(at: Date, zone: string): WallClock & { second: number; weekday: number } {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday as (typeof WEEKDAYS)[number]),
  };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Minutes `zone` is ahead of UTC at `at` (+540 for Asia/Tokyo, +60 or +120 for Europe/Berlin). */
export function offsetMinutes(at: Date, zone: string): number {
  const c = wallClock(at, zone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time in `zone` names. In the hour a daylight-saving change repeats, the
 * first one; in the hour it skips, the time as if the clock had not moved yet.
 */
export function instantOf(time: WallClock, zone: string): Date {
  const naive = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second ?? 0);
  // The zone's offsets a day before and a day after: the same unless its clock changes in between.
  const before = offsetMinutes(new Date(naive - 86_400_000), zone);
  const after = offsetMinutes(new Date(naive + 86_400_000), zone);
  const fits = (offset: number) => offsetMinutes(new Date(naive - offset * 60_000), zone) === offset;
  const candidates = [before, after].filter(fits).map((offset) => naive - offset * 60_000);
  return new Date(candidates.length ? Math.min(...candidates) : naive - before * 60_000);
}

/** YYYY-MM-DD of `at` in `zone`. */
export function localDate(at: Date, zone: string): string {
  const c = wallClock(at, zone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** ISO 8601 with the zone's offset, to the second: "2026-12-06T17:30:00+01:00" ("Z" for UTC). */
export function localDateTime(at: Date, zone: string): string {
  const c = wallClock(at, zone);
  const offset = offsetMinutes(at, zone);
  const sign = offset < 0 ? '-' : '+';
  const zoneText = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}${zoneText}`;
}

/** The ISO 8601 week of a date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: Date): { week: number; year: number } {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return { week: Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7), year: day.getUTCFullYear() };
}

const pad = (n: number) => String(n).padStart(2, '0');
