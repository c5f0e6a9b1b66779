// AniList's GraphQL API (POST https://graphql.anilist.co, no key; 90 requests/min, degraded to 30).
// One query per anime brings everything AniGraph reads of it; the airing schedule by window is paged (anilist.airing.ts).
import { z } from 'zod';
import type { TieredCache } from '../cache/index.js';
import {
  AIRING_MAX_PAGES,
  AIRING_PER_PAGE,
  AIRING_QUERY,
  airingWindow,
  inAiringOrder,
  readAiringPage,
  withDate,
  type AiringScheduleEntry,
  type CachedAiring,
} from './anilist.airing.js';
import type { AnswerRead, PlatformHttp } from './platform-http.js';
import { cached, jsonBody, peeked, shaped, type Sourced } from './sourced.js';

export const MEDIA_QUERY = `query AniGraphMedia($id: Int, $idMal: Int) {
  Media(id: $id, idMal: $idMal, type: ANIME) {
    id idMal siteUrl
    title { romaji english native }
    format episodes status startDate { year }
    description(asHtml: false)
    averageScore meanScore popularity favourites
    trailer { id site thumbnail }
    externalLinks { url site type language }
    streamingEpisodes { title thumbnail url site }
    characters(sort: [ROLE, RELEVANCE, ID], perPage: 25) {
      edges { role node { id name { full native } image { large } siteUrl } voiceActors(language: JAPANESE) { id name { full } siteUrl } }
    }
    staff(perPage: 25) { edges { role node { id name { full } siteUrl } } }
    recommendations(sort: RATING_DESC, perPage: 10) { nodes { rating mediaRecommendation { id idMal title { romaji english } siteUrl } } }
  }
}`;

const name = z.looseObject({ full: z.string().nullish() });
const title = z.looseObject({ romaji: z.string().nullish(), english: z.string().nullish(), native: z.string().nullish() });

const media = z.looseObject({
  id: z.number(),
  idMal: z.number().nullish(),
  siteUrl: z.string().nullish(),
  title,
  format: z.string().nullish(),
  episodes: z.number().nullish(),
  status: z.string().nullish(),
  startDate: z.looseObject({ year: z.number().nullish() }).nullish(),
  description: z.string().nullish(),
  averageScore: z.number().nullish(),
  meanScore: z.number().nullish(),
  popularity: z.number().nullish(),
  favourites: z.number().nullish(),
  trailer: z.looseObject({ id: z.string().nullish(), site: z.string().nullish(), thumbnail: z.string().nullish() }).nullish(),
  externalLinks: z
    .array(
      z.looseObject({ url: z.string().nullish(), site: z.string(), type: z.string().nullish(), language: z.string().nullish() }).nullable(),
    )
    .nullish(),
  streamingEpisodes: z
    .array(z.looseObject({ title: z.string().nullish(), url: z.string().nullish(), site: z.string().nullish() }).nullable())
    .nullish(),
  characters: z
    .looseObject({
      edges: z.array(
        z.looseObject({
          role: z.string().nullish(),
          node: z
            .looseObject({
              id: z.number(),
              name,
              image: z.looseObject({ large: z.string().nullish() }).nullish(),
              siteUrl: z.string().nullish(),
            })
            .nullish(),
          voiceActors: z.array(z.looseObject({ id: z.number(), name, siteUrl: z.string().nullish() }).nullable()).nullish(),
        }),
      ),
    })
    .nullish(),
  staff: z
    .looseObject({
      edges: z.array(
        z.looseObject({
          role: z.string().nullish(),
          node: z.looseObject({ id: z.number(), name, siteUrl: z.string().nullish() }).nullish(),
        }),
      ),
    })
    .nullish(),
  recommendations: z
    .looseObject({
      nodes: z.array(
        z.looseObject({
          rating: z.number().nullish(),
          mediaRecommendation: z
            .looseObject({ id: z.number(), idMal: z.number().nullish(), title, siteUrl: z.string().nullish() })
            .nullish(),
        }),
      ),
    })
    .nullish(),
});

export type AniListMedia = z.infer<typeof media>;

const answer = z.looseObject({
  data: z.looseObject({ Media: media.nullable() }).nullable(),
  errors: z.array(z.looseObject({ message: z.string(), status: z.number().optional() })).optional(),
});

export class AniListClient {
  readonly source = 'ANILIST' as const;

  constructor(
    private readonly http: PlatformHttp,
    private readonly cache: TieredCache,
  ) {}

  /** The anime by its AniList id, or else by its MyAnimeList id; null when AniList has no such anime. */
  media(ids: { anilistId?: number; malId?: number }): Promise<Sourced<AniListMedia | null>> {
    const variables = ids.anilistId !== undefined ? { id: ids.anilistId } : { idMal: ids.malId };
    return cached(this.cache, this.source, mediaKey(ids), 'animeDetails', () =>
      this.http.request({ path: '', method: 'POST', json: { query: MEDIA_QUERY, variables }, read: readMedia }),
    );
  }

  /** What `media(ids)` has cached; undefined when it has not been asked (never a request). */
  peekMedia(ids: { anilistId?: number; malId?: number }): Promise<Sourced<AniListMedia | null> | undefined> {
    return peeked(this.cache, this.source, mediaKey(ids), 'animeDetails');
  }

  /**
   * Every episode AniList has airing in [from, to) (Japanese broadcasts), in airing order. The window is
   * the cache key as given, so callers keep to whole hours to share entries.
   */
  async airingSchedules(from: Date, to: Date): Promise<Sourced<AiringScheduleEntry[]>> {
    const window = airingWindow(from, to);
    const key = `airing:${from.getTime() / 1000}-${to.getTime() / 1000}`;
    const answer = await cached(this.cache, this.source, key, 'schedules', async () => {
      const entries: CachedAiring[] = [];
      for (let page = 1; ; page++) {
        const variables = { page, perPage: AIRING_PER_PAGE, ...window };
        const read = (response: AnswerRead) => readAiringPage(response, page === AIRING_MAX_PAGES);
        const { entries: found, hasNextPage } = await this.http.request({
          path: '',
          method: 'POST',
          json: { query: AIRING_QUERY, variables },
          read,
        });
        entries.push(...found);
        if (!hasNextPage) return inAiringOrder(entries);
      }
    });
    return { ...answer, value: answer.value.map(withDate) };
  }
}

function mediaKey(ids: { anilistId?: number; malId?: number }): string {
  return ids.anilistId !== undefined ? `media:${ids.anilistId}` : `media-mal:${ids.malId}`;
}

// AniList answers a missing Media with HTTP 404 and `data: { Media: null }`; any other error is
// in `errors`, whatever the status.
function readMedia(response: AnswerRead): AniListMedia | null {
  const { data, errors } = shaped(response, answer, jsonBody(response));
  if (response.status === 404 || errors?.some((e) => e.status === 404)) return null;
  if (errors?.length || !data)
    throw response.fail('UPSTREAM_UNAVAILABLE', `refused the query (${errors?.[0]?.message ?? response.status})`);
  return data.Media;
}
