// MyAnimeList through Jikan: one tool per field of `jikan`, each running its named operation.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { z } from 'zod';
import {
  JikanCharactersDocument,
  JikanGenresDocument,
  type JikanAnimeType,
  type JikanDay,
  type JikanGenreFilter,
  JikanRandomAnimeDocument,
  type JikanRating,
  JikanRecentRecommendationsDocument,
  JikanRecommendationsDocument,
  JikanSchedulesDocument,
  JikanSeasonDocument,
  JikanStaffDocument,
  type JikanTopFilter,
  JikanTopAnimeDocument,
} from '../../lib/operations.generated.js';
import { type Page, pageText, pageVariables, paging, platformFieldTool } from './platform-field.js';
import { animeLine, numbered } from './text.js';

type Catalogued = { catalog: { anime: { id: string } | null } | null };
/** The catalog's id where it has the anime (for get_anime), else the MyAnimeList id. */
const idOf = (a: Catalogued & { mal_id: number }) => a.catalog?.anime?.id ?? `mal_id ${a.mal_id}`;

type JikanAnime = Catalogued & { mal_id: number; title: string; type: string | null; year: number | null; score: number | null };
const jikanAnimeLine = (a: JikanAnime) => animeLine({ ...a, id: idOf(a) });
const animePage = (heading: string) => (page: Page<JikanAnime>) => pageText(heading, page, jikanAnimeLine);

const TYPES = ['TV', 'MOVIE', 'OVA', 'SPECIAL', 'ONA', 'MUSIC'] as const satisfies readonly JikanAnimeType[];
const animeType = z.enum(TYPES).optional().describe('Only anime of this type.');
const DAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
  'UNKNOWN',
  'OTHER',
] as const satisfies readonly JikanDay[];
const sfw = z.boolean().optional().describe('true: leave out adult (hentai) entries.');
const unapproved = z.boolean().optional().describe('true: also the entries MyAnimeList has not approved yet.');
const jikan = { namespace: 'jikan' } as const;
const PAGED = "a page at a time: pass the answer's page_info.end_cursor as cursor for the next page.";

export const jikanTopAnimeTool = platformFieldTool({
  ...jikan,
  field: 'topAnime',
  document: JikanTopAnimeDocument,
  title: "MyAnimeList's top anime",
  description: "MyAnimeList's top anime by score, or another top list (filter: AIRING, UPCOMING, BYPOPULARITY, FAVORITE), " + PAGED,
  input: z.strictObject({
    type: animeType,
    filter: z
      .enum(['AIRING', 'UPCOMING', 'BYPOPULARITY', 'FAVORITE'] as const satisfies readonly JikanTopFilter[])
      .optional()
      .describe('Another top list than by score: airing now, upcoming, by popularity (members) or by favorites.'),
    rating: z
      .enum(['G', 'PG', 'PG13', 'R17', 'R', 'RX'] as const satisfies readonly JikanRating[])
      .optional()
      .describe('Only anime of this age rating.'),
    sfw,
    ...paging(25, 25),
  }),
  variables: pageVariables,
  missing: () => 'MyAnimeList has no such list.',
  text: animePage("MyAnimeList's top anime"),
});

export const jikanSeasonTool = platformFieldTool({
  ...jikan,
  field: 'season',
  document: JikanSeasonDocument,
  title: 'Anime of a season on MyAnimeList',
  description: 'The anime MyAnimeList files under a season of a year (such as SPRING 1998); ' + PAGED,
  input: z.strictObject({
    year: z.number().int().min(1917).max(2100).describe('The year.'),
    season: z.enum(['WINTER', 'SPRING', 'SUMMER', 'FALL']).describe('WINTER (January to March), SPRING, SUMMER or FALL.'),
    filter: animeType,
    sfw,
    continuing: z.boolean().optional().describe('true: also the anime continuing from earlier seasons.'),
    unapproved,
    ...paging(25, 25),
  }),
  variables: pageVariables,
  missing: ({ season, year }) => `MyAnimeList has no ${season} ${year} season.`,
  text: (page: Page<JikanAnime>, { season, year }) => animePage(`${season} ${year} on MyAnimeList`)(page),
});

export const jikanSchedulesTool = platformFieldTool({
  ...jikan,
  field: 'schedules',
  document: JikanSchedulesDocument,
  title: "MyAnimeList's broadcast schedule",
  description: "The anime airing on a day of the week in Japan time (JST), or every day without one, by MyAnimeList's schedule; " + PAGED,
  input: z.strictObject({
    day: z.enum(DAYS).optional().describe('The broadcast day in Japan time; every day without.'),
    kids: z.boolean().optional().describe('true: only the Kids demographic; false: none of it.'),
    sfw,
    unapproved,
    ...paging(25, 25),
  }),
  variables: pageVariables,
  missing: () => 'MyAnimeList has no such schedule.',
  text: (page: Page<JikanAnime>, { day }) => animePage(`Airing ${day ?? 'every day'} (JST)`)(page),
});

interface RecentRecommendation {
  user: string;
  date: string;
  content: string | null;
  entries: (Catalogued & { mal_id: number; title: string })[];
}

export const jikanRecentRecommendationsTool = platformFieldTool({
  ...jikan,
  field: 'recentRecommendations',
  document: JikanRecentRecommendationsDocument,
  title: "MyAnimeList users' latest recommendations",
  description: 'What MyAnimeList users recommended lately, newest first: pairs of anime said to be alike, with why; ' + PAGED,
  input: z.strictObject(paging(100, 25)),
  variables: pageVariables,
  missing: () => 'MyAnimeList has no recent recommendations.',
  text: (page: Page<RecentRecommendation>) =>
    pageText('Recently recommended on MyAnimeList', page, (r) => {
      const pair = r.entries.map((e) => `${e.title} [${idOf(e)}]`).join(' & ');
      return `${pair}, by ${r.user}: ${(r.content ?? '').slice(0, 160)}`;
    }),
});

const malId = z.number().int().min(1).max(2_147_483_647);
const byMalId = z.strictObject({
  mal_id: malId.describe("The anime's MyAnimeList id (myanimelist.net/anime/<id>), as the lists' mal_id."),
});

/** A list about one anime, `jikan.<field>(malId)`; NOT_FOUND for an id MyAnimeList does not have. */
function byMalIdTool<F extends string, S>(
  field: F,
  document: TypedDocumentNode<{ jikan: Record<F, unknown> }, { malId: number }>,
  about: { title: string; description: string; heading: string },
  line: (item: S) => string,
) {
  return platformFieldTool({
    ...jikan,
    field,
    document,
    title: about.title,
    description: about.description,
    input: byMalId,
    variables: ({ mal_id: malId }) => ({ malId }),
    missing: ({ mal_id: malId }) => `MyAnimeList has no anime ${malId}.`,
    text: (items: S[], { mal_id: malId }) => numbered(`${about.heading} MyAnimeList anime ${malId}`, items, line),
  });
}

export const jikanRecommendationsTool = byMalIdTool(
  'recommendations',
  JikanRecommendationsDocument,
  {
    title: 'Recommendations on MyAnimeList',
    description: "What MyAnimeList's users recommend to someone who liked an anime (by its mal_id), most votes first.",
    heading: 'Recommended with',
  },
  (r: { title: string; votes: number | null; catalog: Catalogued['catalog'] }) =>
    `${r.title}${r.catalog?.anime ? ` [${r.catalog.anime.id}]` : ''}${r.votes === null ? '' : `, ${r.votes} votes`}`,
);

export const jikanCharactersTool = byMalIdTool(
  'characters',
  JikanCharactersDocument,
  {
    title: "An anime's characters on MyAnimeList",
    description: "An anime's characters (by its mal_id), main ones first, with their voice actors and their languages.",
    heading: 'Characters of',
  },
  (c: { name: string; role: string | null; voice_actors: { name: string; language: string | null }[] }) => {
    const voices = c.voice_actors.map((v) => `${v.name} (${v.language ?? '?'})`).join(', ');
    return `${c.name}${c.role ? ` (${c.role})` : ''}${voices ? `: ${voices}` : ''}`;
  },
);

export const jikanStaffTool = byMalIdTool(
  'staff',
  JikanStaffDocument,
  {
    title: "An anime's staff on MyAnimeList",
    description: 'The people who made an anime (by its mal_id), with their positions: director, music, character design, ...',
    heading: 'Staff of',
  },
  (s: { name: string; roles: string[] }) => `${s.name}: ${s.roles.join(', ')}`,
);

export const jikanRandomAnimeTool = platformFieldTool({
  ...jikan,
  field: 'randomAnime',
  document: JikanRandomAnimeDocument,
  title: 'A random MyAnimeList anime',
  description: 'A random anime from MyAnimeList, another on every call: for a surprise pick.',
  input: z.strictObject({}),
  variables: () => ({}),
  missing: () => 'MyAnimeList gave no anime.',
  text: (a: JikanAnime & { synopsis: string | null }) => `${jikanAnimeLine(a)}\n${a.synopsis ?? ''}`.trim(),
});

export const jikanGenresTool = platformFieldTool({
  ...jikan,
  field: 'genres',
  document: JikanGenresDocument,
  title: "MyAnimeList's genres",
  description: "MyAnimeList's genres, themes or demographics (filter), with how many anime each has.",
  input: z.strictObject({
    filter: z
      .enum(['GENRES', 'EXPLICIT_GENRES', 'THEMES', 'DEMOGRAPHICS'] as const satisfies readonly JikanGenreFilter[])
      .optional()
      .describe('GENRES, EXPLICIT_GENRES, THEMES or DEMOGRAPHICS; all of them without.'),
  }),
  variables: (input) => input,
  missing: () => 'MyAnimeList gave no genres.',
  text: (genres: { name: string; count: number }[], { filter }) =>
    `MyAnimeList ${(filter ?? 'genres').toLowerCase().replace('_', ' ')}: ${genres.map((g) => `${g.name} (${g.count})`).join(', ')}`,
});

export const JIKAN_TOOLS = [
  jikanTopAnimeTool,
  jikanSeasonTool,
  jikanSchedulesTool,
  jikanRecentRecommendationsTool,
  jikanRecommendationsTool,
  jikanRandomAnimeTool,
  jikanGenresTool,
  jikanCharactersTool,
  jikanStaffTool,
];
