// Wall clocks and instants across time zones, including the weeks daylight-saving time changes.
import { describe, expect, it } from 'vitest';
import { instantOf, isTimeZone, localDate, localDateTime, offsetMinutes, wallClock } from '../../lib/time-zones.js';

describe('time zones', () => {
  it('puts a Monday 00:30 JST broadcast on Sunday 15:30 UTC, and Sunday 16:30 in Berlin in winter, 17:30 in summer', () => {
    const winter = instantOf({ year: 2026, month: 12, day: 7, hour: 0, minute: 30 }, 'Asia/Tokyo');
    expect(winter.toISOString()).toBe('2026-12-06T15:30:00.000Z');
    expect(wallClock(winter, 'Asia/Tokyo').weekday).toBe(1);
    expect(localDateTime(winter, 'Europe/Berlin')).toBe('2026-12-06T16:30:00+01:00');
    expect(localDate(winter, 'Europe/Berlin')).toBe('2026-12-06');
    const summer = instantOf({ year: 2026, month: 7, day: 6, hour: 0, minute: 30 }, 'Asia/Tokyo');
    expect(localDateTime(summer, 'Europe/Berlin')).toBe('2026-07-05T17:30:00+02:00');
  });

  it('keeps a Tokyo slot at the same UTC time across the weeks Europe and America change their clocks', () => {
    // Europe/Berlin leaves summer time on 25 October 2026, America/New_York on 1 November 2026.
    const before = instantOf({ year: 2026, month: 10, day: 24, hour: 23, minute: 0 }, 'Asia/Tokyo');
    const after = instantOf({ year: 2026, month: 10, day: 31, hour: 23, minute: 0 }, 'Asia/Tokyo');
    expect(after.getTime() - before.getTime()).toBe(7 * 86_400_000);
    expect(localDateTime(before, 'Europe/Berlin')).toBe('2026-10-24T16:00:00+02:00');
    expect(localDateTime(after, 'Europe/Berlin')).toBe('2026-10-31T15:00:00+01:00');
    expect(offsetMinutes(new Date('2026-10-31T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutes(new Date('2026-11-02T12:00:00Z'), 'America/New_York')).toBe(-300);
  });

  it('reads a wall-clock time in the hour a clock change repeats as the first one, and one it skips as before the change', () => {
    // 2026-10-25 02:30 happens twice in Berlin; 2026-03-29 02:30 never does.
    expect(instantOf({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(instantOf({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('knows IANA zones and refuses others', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(localDateTime(new Date('2026-12-06T15:30:00Z'), 'UTC')).toBe('2026-12-06T15:30:00Z');
  });
});
