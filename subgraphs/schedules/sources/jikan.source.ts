// MyAnimeList's broadcast schedule through Jikan: the anime airing now, each with a weekly slot in
// Japan time ("Saturdays at 01:25 (JST)"), projected onto the days of the window. MyAnimeList does not
// number the episodes of its slots, and knows only the current season: its slots are used within a
// week either side of now.
import type { JikanClient } from '../../../lib/platforms/jikan.client.js';
import { JIKAN_MAX_LIMIT } from '../../../lib/platforms/jikan.client.js';
import type { JikanAnime } from '../../../lib/platforms/jikan.schemas.js';
import { instantOf, isTimeZone, wallClock } from '../../../lib/time-zones.js';
import type { SourceEpisode } from '../domain/airing.js';
import { DAY_MS, type Window } from '../domain/window.js';

/** How far from now a weekly slot is trusted to hold. */
const SLOT_HORIZON_MS = 7 * DAY_MS;
/** /schedules pages of 25: a season's airing anime fit in a few. */
const MAX_PAGES = 12;
const WEEKDAYS = ['sundays', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays'];

export async function jikanEpisodes(client: JikanClient, window: Window, now: Date): Promise<SourceEpisode[]> {
  const from = new Date(Math.max(window.from.getTime(), now.getTime() - SLOT_HORIZON_MS));
  const to = new Date(Math.min(window.to.getTime(), now.getTime() + SLOT_HORIZON_MS));
  if (from >= to) return [];
  const airing: JikanAnime[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await client.schedules({ page, limit: JIKAN_MAX_LIMIT });
    if (!answer.value) break;
    airing.push(...answer.value.items);
    if (!answer.value.pagination.has_next_page) break;
  }
  return airing.filter((a) => a.status === 'Currently Airing').flatMap((a) => slotsOf(a, { from, to }));
}

/** The broadcasts of an anime's weekly slot that fall in the window. */
function slotsOf(anime: JikanAnime, window: Window): SourceEpisode[] {
  const weekday = WEEKDAYS.indexOf(anime.broadcast?.day?.toLowerCase() ?? '');
  const time = /^(\d{1,2}):(\d{2})$/.exec(anime.broadcast?.time ?? '');
  const zone = anime.broadcast?.timezone && isTimeZone(anime.broadcast.timezone) ? anime.broadcast.timezone : 'Asia/Tokyo';
  if (weekday < 0 || !time) return [];
  const episodes: SourceEpisode[] = [];
  // Each local day of the zone from the day before the window to the day after it.
  for (let t = window.from.getTime() - DAY_MS; t < window.to.getTime() + DAY_MS; t += DAY_MS) {
    const day = wallClock(new Date(t), zone);
    if (day.weekday !== weekday) continue;
    const at = instantOf({ year: day.year, month: day.month, day: day.day, hour: Number(time[1]), minute: Number(time[2]) }, zone);
    if (at < window.from || at >= window.to) continue;
    episodes.push({
      source: 'MYANIMELIST',
      refs: { mal: anime.mal_id },
      titles: { title: anime.title, english: anime.title_english ?? null },
      airType: 'RAW',
      episode: null,
      airingAt: at,
    });
  }
  return episodes;
}
