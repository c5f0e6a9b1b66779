// The parts of Jikan v4's answers AniGraph reads (https://docs.api.jikan.moe), as zod schemas:
// an answer missing them is a platform failure, extra fields are kept.
import { z } from 'zod';

const images = z.looseObject({ jpg: z.looseObject({ image_url: z.string().nullish() }).optional() }).nullish();
const malUrl = z.looseObject({ mal_id: z.number(), type: z.string().optional(), name: z.string(), url: z.string() });
const link = z.looseObject({ name: z.string(), url: z.string() });

export const jikanAnime = z.looseObject({
  mal_id: z.number(),
  url: z.string(),
  images,
  trailer: z.looseObject({ youtube_id: z.string().nullish(), url: z.string().nullish(), embed_url: z.string().nullish() }).nullish(),
  title: z.string(),
  title_english: z.string().nullish(),
  type: z.string().nullish(),
  episodes: z.number().nullish(),
  status: z.string().nullish(),
  score: z.number().nullish(),
  scored_by: z.number().nullish(),
  rank: z.number().nullish(),
  popularity: z.number().nullish(),
  members: z.number().nullish(),
  synopsis: z.string().nullish(),
  season: z.string().nullish(),
  year: z.number().nullish(),
  broadcast: z
    .looseObject({ day: z.string().nullish(), time: z.string().nullish(), timezone: z.string().nullish(), string: z.string().nullish() })
    .nullish(),
  studios: z.array(malUrl).default([]),
  genres: z.array(malUrl).default([]),
});

export const jikanAnimeFull = jikanAnime.extend({
  streaming: z.array(link).default([]),
  external: z.array(link).default([]),
});

const person = z.looseObject({ mal_id: z.number(), url: z.string(), name: z.string(), images });

export const jikanCharacters = z.array(
  z.looseObject({
    character: person,
    role: z.string(),
    favorites: z.number().nullish(),
    voice_actors: z.array(z.looseObject({ person, language: z.string() })).default([]),
  }),
);

export const jikanStaff = z.array(z.looseObject({ person, positions: z.array(z.string()).default([]) }));

const animeMeta = z.looseObject({ mal_id: z.number(), url: z.string(), title: z.string(), images });

export const jikanRecommendations = z.array(z.looseObject({ entry: animeMeta, url: z.string().nullish(), votes: z.number().default(0) }));

export const jikanRecentRecommendations = z.array(
  z.looseObject({
    mal_id: z.string(),
    entry: z.array(animeMeta),
    content: z.string().nullish(),
    date: z.string().nullish(),
    user: z.looseObject({ username: z.string(), url: z.string().nullish() }).nullish(),
  }),
);

export const jikanGenres = z.array(z.looseObject({ mal_id: z.number(), name: z.string(), url: z.string(), count: z.number().default(0) }));

export const pagination = z.looseObject({
  last_visible_page: z.number(),
  has_next_page: z.boolean(),
  current_page: z.number().optional(),
  items: z.looseObject({ count: z.number(), total: z.number(), per_page: z.number() }).optional(),
});

export const envelope = <S extends z.ZodType>(data: S) => z.looseObject({ data });
export const page = <S extends z.ZodType>(data: S) => z.looseObject({ data, pagination });

export type JikanAnime = z.infer<typeof jikanAnime>;
export type JikanAnimeFull = z.infer<typeof jikanAnimeFull>;
export type JikanCharacter = z.infer<typeof jikanCharacters>[number];
export type JikanStaffMember = z.infer<typeof jikanStaff>[number];
export type JikanRecommendation = z.infer<typeof jikanRecommendations>[number];
export type JikanRecentRecommendation = z.infer<typeof jikanRecentRecommendations>[number];
export type JikanGenre = z.infer<typeof jikanGenres>[number];
export type JikanPagination = z.infer<typeof pagination>;
