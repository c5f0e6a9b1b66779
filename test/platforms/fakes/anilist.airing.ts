// Page.airingSchedules: the raw (Japanese) broadcasts of the fixture's running shows, as AniList lists them.
// Synthetic anime have no airing slots, so `synthesize` adds nothing here.
import { broadcastsBetween, WEEK_MS, type Broadcast } from './fixture-airing.js';
import { FIXTURE_ANIME, type FixtureAnime } from './fixture-anime.js';
import { mediaModel, sortBy } from './anilist.model.js';

export interface AiringArgs {
  id?: number | null;
  mediaId?: number | null;
  episode?: number | null;
  airingAt?: number | null;
  notYetAired?: boolean | null;
  mediaId_in?: (number | null)[] | null;
  mediaId_not_in?: (number | null)[] | null;
  episode_greater?: number | null;
  episode_lesser?: number | null;
  airingAt_greater?: number | null;
  airingAt_lesser?: number | null;
  sort?: string[] | null;
}

/** AniList schedules a running show's episodes some weeks ahead; the fake lists this far past `now` when asked without an end. */
const HORIZON_MS = 12 * WEEK_MS;

export type AiringModel = ReturnType<typeof airingModel>;

/** Ids as mediaModel's nextAiringEpisode numbers them, so the two agree. */
export function airingModel(a: FixtureAnime, broadcast: Broadcast, now: Date) {
  const at = broadcast.at.getTime();
  return {
    id: a.ids.anilist * 10_000 + broadcast.episode,
    airingAt: Math.floor(at / 1000),
    timeUntilAiring: Math.floor((at - now.getTime()) / 1000),
    episode: broadcast.episode,
    mediaId: a.ids.anilist,
    media: () => mediaModel(a),
  };
}

const by =
  (pick: (s: AiringModel) => number) =>
  (a: AiringModel, b: AiringModel): number =>
    pick(a) - pick(b);
const AIRING_SORTS: Record<string, (a: AiringModel, b: AiringModel) => number> = Object.fromEntries(
  Object.entries({
    ID: by((s) => s.id),
    MEDIA_ID: by((s) => s.mediaId),
    TIME: by((s) => s.airingAt),
    EPISODE: by((s) => s.episode),
  }).flatMap(([key, compare]) => [
    [key, compare],
    [`${key}_DESC`, (a: AiringModel, b: AiringModel) => compare(b, a)],
  ]),
);

const has = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** Null arguments count as absent, as on AniList; `_greater` and `_lesser` are exclusive. */
export function findAiring(args: AiringArgs, now: Date): AiringModel[] {
  // Seconds to the [from, to) milliseconds broadcastsBetween takes.
  const from = new Date(has(args.airingAt_greater) ? (args.airingAt_greater + 1) * 1000 : 0);
  const to = new Date(has(args.airingAt_lesser) ? args.airingAt_lesser * 1000 : now.getTime() + HORIZON_MS);
  const schedules = FIXTURE_ANIME.flatMap((a) =>
    a.airing
      ? broadcastsBetween(a.airing, 'raw', from, to)
          .filter((b) => a.episodes === null || b.episode <= a.episodes)
          .map((b) => airingModel(a, b, now))
      : [],
  );
  const matches = schedules.filter(
    (s) =>
      (!has(args.id) || s.id === args.id) &&
      (!has(args.mediaId) || s.mediaId === args.mediaId) &&
      (!has(args.episode) || s.episode === args.episode) &&
      (!has(args.airingAt) || s.airingAt === args.airingAt) &&
      (!args.notYetAired || s.timeUntilAiring > 0) &&
      (!args.mediaId_in || args.mediaId_in.includes(s.mediaId)) &&
      (!args.mediaId_not_in || !args.mediaId_not_in.includes(s.mediaId)) &&
      (!has(args.episode_greater) || s.episode > args.episode_greater) &&
      (!has(args.episode_lesser) || s.episode < args.episode_lesser),
  );
  return sortBy(matches, args.sort?.length ? args.sort : ['ID'], AIRING_SORTS);
}
