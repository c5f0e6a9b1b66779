// AnimeSchedule timetables: the episodes of an ISO week, per air type, with times in the requested time zone.
import { broadcastsBetween, type AirKind, type Broadcast } from './fixture-airing.js';
import { FIXTURE_ANIME, type FixtureAnime } from './fixture-anime.js';
import { imageRoute, mediaType, schemeless, utc } from './animeschedule.render.js';

const DAY_MS = 86_400_000;

export type StreamsShape = 'map' | 'array';

export interface IsoWeek {
  year: number;
  week: number;
}

/** UTC offset of `timeZone` at `date`, in minutes; throws RangeError for an unknown zone. */
export function offsetMinutes(timeZone: string, date: Date): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(date).find((p) => p.type === 'timeZoneName')
      ?.value ?? 'GMT';
  const m = name.match(/GMT([+-])(\d{2}):(\d{2})/);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** RFC 3339 in the zone's offset ("2026-06-15T10:00:00-04:00"); UTC (or no zone) is written with Z. */
export function formatInZone(date: Date, timeZone: string | undefined): string {
  const offset = timeZone ? offsetMinutes(timeZone, date) : 0;
  if (offset === 0) return utc(date);
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 week of a wall-clock time held in a Date's UTC fields. */
export function isoWeekOf(wallClock: Date): IsoWeek {
  const thursday = new Date(Date.UTC(wallClock.getUTCFullYear(), wallClock.getUTCMonth(), wallClock.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 4 - (thursday.getUTCDay() || 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { year: thursday.getUTCFullYear(), week: Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / 7) };
}

function mondayOf({ year, week }: IsoWeek): number {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS;
}

export const localWeek = (now: Date, timeZone: string | undefined): IsoWeek =>
  isoWeekOf(new Date(now.getTime() + (timeZone ? offsetMinutes(timeZone, now) : 0) * 60_000));

function streams(a: FixtureAnime, kind: AirKind, shape: StreamsShape) {
  // Japanese TV airings carry no English streams; dubs only where an English dub exists.
  const list = kind === 'raw' ? [] : a.streaming.filter((s) => kind === 'sub' || s.dubs.includes('en'));
  if (shape === 'array') return list.map((s) => ({ platform: s.name.toLowerCase(), url: schemeless(s.url), name: s.name }));
  return Object.fromEntries(list.map((s) => [s.name.toLowerCase(), schemeless(s.url)]));
}

function entry(a: FixtureAnime, b: Broadcast, now: Date, timeZone: string | undefined, shape: StreamsShape, delays: Delays) {
  const delay = delays.get(`${a.route}:${b.kind}:${b.episode}`);
  const at = delay ? new Date(b.at.getTime() + delay * 60_000) : b.at;
  return {
    title: a.titles.romaji,
    route: a.route,
    romaji: a.titles.romaji,
    ...(a.titles.english ? { english: a.titles.english } : {}),
    native: a.titles.native,
    delayedFrom: delay ? utc(b.at) : '0001-01-01T00:00:00Z',
    delayedUntil: delay ? utc(at) : '0001-01-01T00:00:00Z',
    status: a.status === 'airing' ? 'Ongoing' : 'Finished',
    episodeDate: formatInZone(at, timeZone),
    episodeNumber: b.episode,
    // Optional keys are left out when unknown, as in the live data.
    ...(a.episodes ? { episodes: a.episodes } : {}),
    lengthMin: a.durationMin,
    donghua: false,
    airType: b.kind,
    mediaTypes: [mediaType(a)],
    imageVersionRoute: imageRoute(a),
    streams: streams(a, b.kind, shape),
    airingStatus: at.getTime() <= now.getTime() ? 'aired' : delay ? 'delayed-air' : 'unaired',
  };
}

/** Entries of one local ISO week, oldest first; an empty list means the API has no data for that week. */
/** Delays of single broadcasts, in minutes, by `${route}:${kind}:${episode}` (AnimeSchedule's delayedFrom/delayedUntil). */
export type Delays = ReadonlyMap<string, number>;

export function timetable(
  week: IsoWeek,
  airType: AirKind | 'all',
  timeZone: string | undefined,
  now: Date,
  shape: StreamsShape,
  delays: Delays = new Map(),
) {
  const start = mondayOf(week);
  // Search a day either side of the UTC week, then keep what falls in the week on the zone's wall clock.
  const from = new Date(start - DAY_MS - 14 * 3_600_000);
  const to = new Date(start + 8 * DAY_MS + 14 * 3_600_000);
  const kinds: AirKind[] = airType === 'all' ? ['raw', 'sub', 'dub'] : [airType];
  const found = FIXTURE_ANIME.flatMap((a) => {
    const airing = a.airing;
    return airing ? kinds.flatMap((kind) => broadcastsBetween(airing, kind, from, to).map((b) => ({ a, b }))) : [];
  }).filter(({ b }) => {
    const local = isoWeekOf(new Date(b.at.getTime() + (timeZone ? offsetMinutes(timeZone, b.at) : 0) * 60_000));
    return local.year === week.year && local.week === week.week;
  });
  return found.sort((x, y) => x.b.at.getTime() - y.b.at.getTime()).map(({ a, b }) => entry(a, b, now, timeZone, shape, delays));
}
