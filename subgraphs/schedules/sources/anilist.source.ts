// AniList's airing schedule: the exact time of each episode's Japanese broadcast.
import type { AniListClient } from '../../../lib/platforms/anilist.client.js';
import type { SourceEpisode } from '../domain/airing.js';
import type { Window } from '../domain/window.js';

export async function aniListEpisodes(client: AniListClient, window: Window): Promise<SourceEpisode[]> {
  const answer = await client.airingSchedules(window.from, window.to);
  return answer.value.map((a) => ({
    source: 'ANILIST' as const,
    refs: { anilist: a.mediaId, ...(a.idMal ? { mal: a.idMal } : {}) },
    titles: {
      title: a.title.romaji ?? a.title.english ?? a.title.native ?? `AniList ${a.mediaId}`,
      english: a.title.english,
      native: a.title.native,
    },
    airType: 'RAW' as const,
    episode: a.episode,
    airingAt: a.airingAt,
  }));
}
