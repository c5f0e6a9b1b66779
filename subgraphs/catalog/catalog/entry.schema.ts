// One entry of the anime-offline-database release, as its JSON schema describes it.
import { z } from 'zod';
import { AnimeStatus, AnimeType, Season } from './anime.js';

const text = z.string().trim().min(1);
const httpUrl = z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');

export const entrySchema = z.object({
  sources: z.array(httpUrl).min(1, 'needs at least one source URL'),
  title: text,
  type: z.enum(AnimeType),
  episodes: z.number().int().min(0),
  status: z.enum(AnimeStatus),
  animeSeason: z.object({
    season: z.enum(Season),
    year: z.number().int().min(1900).max(2100).optional(),
  }),
  picture: httpUrl,
  thumbnail: httpUrl,
  duration: z.object({ value: z.number().int().min(0), unit: z.literal('SECONDS') }).optional(),
  score: z
    .object({
      arithmeticGeometricMean: z.number().min(0).max(10),
      arithmeticMean: z.number().min(0).max(10),
      median: z.number().min(0).max(10),
    })
    .optional(),
  synonyms: z.array(z.string()).default([]),
  studios: z.array(z.string()).default([]),
  producers: z.array(z.string()).default([]),
  relatedAnime: z.array(httpUrl).default([]),
  tags: z.array(z.string()).default([]),
});

export type CatalogEntry = z.infer<typeof entrySchema>;

/** A short human reason for the first problems zod found in an entry. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`)
    .join('; ');
}
