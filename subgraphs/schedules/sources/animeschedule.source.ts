// AnimeSchedule's timetables: every air type of each ISO week the window touches, with delays and
// streams. Timetable entries name an anime by its route; its MyAnimeList and AniList ids come from
// its page (`/anime/{route}`), read once per route and kept.
import {
  aniListIdOf,
  dateOf,
  malIdOf,
  streamsOf,
  type AnimeScheduleClient,
  type TimetableEntry,
} from '../../../lib/platforms/animeschedule.client.js';
import { isoWeek } from '../../../lib/time-zones.js';
import { AIR_TYPES, type AirType, type PlatformRefs, type SourceEpisode } from '../domain/airing.js';
import type { Window } from '../domain/window.js';

/** The timetables' episodes in `window`, each with the platform ids its route is known by so far. */
export async function animeScheduleEpisodes(client: AnimeScheduleClient, window: Window, routes: RouteRefs): Promise<SourceEpisode[]> {
  const weeks = weeksOf(window);
  const timetables = await Promise.all(weeks.map(({ week, year }) => client.timetables({ airType: 'all', week, year })));
  const entries = timetables.flatMap((t) => t.value).filter((e) => inWindow(new Date(e.episodeDate), window));
  return entries.flatMap((entry) => {
    const airType = entry.airType.toUpperCase() as AirType;
    if (!AIR_TYPES.includes(airType)) return [];
    return [
      {
        source: 'ANIMESCHEDULE' as const,
        refs: { animeSchedule: entry.route, ...routes.known(entry.route) },
        titles: { title: entry.romaji || entry.title, english: entry.english || null, native: entry.native || null },
        airType,
        episode: entry.episodeNumber ?? null,
        airingAt: new Date(entry.episodeDate),
        delayedFrom: dateOf(entry.delayedFrom),
        delayedUntil: dateOf(entry.delayedUntil),
        delayed: isDelayed(entry),
        streams: streamsOf(entry.streams).map(({ platform, url }) => ({ platform, url })),
      },
    ];
  });
}

/** The ISO weeks (UTC) that the window touches. */
function weeksOf(window: Window): { week: number; year: number }[] {
  const weeks = new Map<string, { week: number; year: number }>();
  for (let t = window.from.getTime(); t < window.to.getTime() + 86_400_000; t += 86_400_000) {
    const week = isoWeek(new Date(Math.min(t, window.to.getTime() - 1)));
    weeks.set(`${week.year}-${week.week}`, week);
  }
  return [...weeks.values()];
}

const inWindow = (at: Date, window: Window) => at >= window.from && at < window.to;

function isDelayed(entry: TimetableEntry): boolean {
  return entry.airingStatus === 'delayed-air' || Boolean(entry.delayedText) || dateOf(entry.delayedUntil) !== null;
}

/**
 * The platform ids behind AnimeSchedule's routes, from each route's page. Pages are read in the
 * background at AnimeSchedule's rate limit; until a route's page is read, its entries are matched
 * by title.
 */
export class RouteRefs {
  private readonly refs = new Map<string, PlatformRefs>();
  private readonly pending = new Set<string>();

  constructor(private readonly client: AnimeScheduleClient) {}

  known(route: string): PlatformRefs {
    return this.refs.get(route) ?? {};
  }

  /** Reads the pages of the routes not known yet; resolves when all have been tried. */
  async learn(routes: Iterable<string>): Promise<void> {
    const unknown = [...new Set(routes)].filter((r) => !this.refs.has(r) && !this.pending.has(r));
    await Promise.all(
      unknown.map(async (route) => {
        this.pending.add(route);
        try {
          const page = await this.client.anime(route);
          this.refs.set(route, refsOf(page.value?.websites));
        } catch {
          // Tried again the next time the route is seen.
        } finally {
          this.pending.delete(route);
        }
      }),
    );
  }
}

function refsOf(websites: { mal?: string | null; aniList?: string | null } | null | undefined): PlatformRefs {
  const mal = malIdOf(websites?.mal);
  const anilist = aniListIdOf(websites?.aniList);
  return { ...(mal ? { mal } : {}), ...(anilist ? { anilist } : {}) };
}
