// One schedule out of several sources: the broadcasts of the same episode become one entry, which
// keeps each source's best data (AniList's exact time, AnimeSchedule's delays and streams) and names
// the sources that listed it.
import type { ExternalPlatform } from '../../../lib/platforms/external-platforms.js';
import type { AiringEntry, PlatformRefs, SourceEpisode } from './airing.js';

/** Whose airing time wins when sources disagree: AniList gives the exact broadcast time. */
const TIME_PRIORITY: readonly ExternalPlatform[] = ['ANILIST', 'ANIMESCHEDULE', 'MYANIMELIST'];
/** A broadcast without an episode number (Jikan's weekly slot) is the same as one this close in time. */
const SAME_SLOT_MS = 3 * 3600_000;

/**
 * Merges the sources' episodes. `animeIdOf` gives the AniGraph id of an anime known by its platform
 * refs (null when the catalog does not have it); episodes of an anime without one are grouped by
 * the platform ids they carry, then by title.
 */
export function mergeEpisodes(
  episodes: readonly SourceEpisode[],
  animeIdOf: (refs: PlatformRefs, title: string) => string | null,
): AiringEntry[] {
  const groups = new Map<string, { animeId: string | null; episodes: SourceEpisode[] }>();
  for (const episode of episodes) {
    const animeId = animeIdOf(episode.refs, episode.titles.title);
    const key = `${animeId ?? fallbackKey(episode)}|${episode.airType}`;
    const group = groups.get(key) ?? { animeId, episodes: [] };
    group.episodes.push(episode);
    groups.set(key, group);
  }
  const entries: AiringEntry[] = [];
  for (const [key, group] of groups) {
    for (const broadcast of sameBroadcasts(group.episodes)) entries.push(entryOf(key.split('|')[0], group.animeId, broadcast));
  }
  return entries.sort((a, b) => a.airingAt.getTime() - b.airingAt.getTime() || a.id.localeCompare(b.id));
}

function fallbackKey(episode: SourceEpisode): string {
  const { mal, anilist, animeSchedule } = episode.refs;
  if (mal) return `mal-${mal}`;
  if (anilist) return `anilist-${anilist}`;
  if (animeSchedule) return `animeschedule-${animeSchedule}`;
  return `title-${episode.titles.title.toLowerCase()}`;
}

/** The episodes of one anime and air type, clustered by broadcast: same episode number, or the same slot. */
function sameBroadcasts(episodes: SourceEpisode[]): SourceEpisode[][] {
  const numbered = [...episodes].filter((e) => e.episode !== null).sort(byPriority);
  const clusters: SourceEpisode[][] = [];
  for (const episode of numbered) {
    const cluster = clusters.find((c) => c[0].episode === episode.episode);
    if (cluster) cluster.push(episode);
    else clusters.push([episode]);
  }
  for (const episode of episodes.filter((e) => e.episode === null)) {
    const near = clusters
      .map((c) => ({ c, gap: Math.abs(c[0].airingAt.getTime() - episode.airingAt.getTime()) }))
      .filter(({ c, gap }) => gap <= SAME_SLOT_MS && !c.some((e) => e.source === episode.source))
      .sort((x, y) => x.gap - y.gap)[0];
    if (near) near.c.push(episode);
    else clusters.push([episode]);
  }
  return clusters;
}

const byPriority = (a: SourceEpisode, b: SourceEpisode) => TIME_PRIORITY.indexOf(a.source) - TIME_PRIORITY.indexOf(b.source);

function entryOf(key: string, animeId: string | null, broadcast: SourceEpisode[]): AiringEntry {
  const ranked = [...broadcast].sort(byPriority);
  const timed = ranked[0];
  const scheduled = broadcast.find((e) => e.source === 'ANIMESCHEDULE');
  const episode = ranked.find((e) => e.episode !== null)?.episode ?? null;
  const refs = Object.assign({}, ...[...ranked].reverse().map((e) => e.refs)) as PlatformRefs;
  return {
    id: `${key}:${timed.airType}:${episode ?? timed.airingAt.toISOString()}`,
    animeId,
    refs,
    titles: (scheduled ?? timed).titles,
    airType: timed.airType,
    episode,
    airingAt: timed.airingAt,
    delayedFrom: scheduled?.delayedFrom ?? null,
    delayedUntil: scheduled?.delayedUntil ?? null,
    delayed: broadcast.some((e) => e.delayed),
    streams: scheduled?.streams ?? [],
    sources: [...new Set(broadcast.map((e) => e.source))].sort(),
  };
}
