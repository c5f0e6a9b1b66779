// The picture the REST routes take, as GraphQL's ImageInput: `{ base64 }` (or a data URL) or `{ url }`,
// exactly one; /api/query's `image` is the same as one string. Whether it is a picture AniGraph reads
// (its type, size, pixels, the URL's address) is the catalog's to say, through the operation.
import { z } from 'zod';
import type { ImageInput } from '../lib/operations.generated.js';

export const imageInputSchema = z
  .strictObject({
    base64: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The file in base64, or as a data URL ("data:image/png;base64,…"): PNG, JPEG, WebP or GIF, at most IMAGE_MAX_BYTES (5 MiB by default) and IMAGE_MAX_PIXELS.',
      ),
    url: z
      .string()
      .min(1)
      .max(2048)
      .optional()
      .describe(
        'An http(s) URL of the picture, which AniGraph fetches: public addresses only, unless IMAGE_FETCH_ALLOW_HOSTS names the host.',
      ),
  })
  .refine((image) => (image.base64 === undefined) !== (image.url === undefined), {
    message: 'Give exactly one of base64 and url.',
    path: ['base64'],
  })
  .describe('The picture: exactly one of base64 and url.');

export const imageWeightSchema = z
  .number()
  .min(0)
  .max(1)
  .describe("The picture's share of the ranking, 0 to 1: at 1 the picture alone decides, at 0 the words (0.5 when left out).");

/** A picture given as one string: an http(s) URL, else base64 or a data URL. */
export function imageFromText(text: string): ImageInput {
  return /^https?:\/\//i.test(text.trim()) ? { url: text.trim() } : { base64: text };
}

/** The picture's text in a parsed body (`image`, `image.base64` or `image.url`): what may exceed REST_MAX_BODY. */
export function pictureIn(body: unknown): string | undefined {
  const image = isRecord(body) ? body.image : undefined;
  if (typeof image === 'string') return image;
  if (!isRecord(image)) return undefined;
  return typeof image.base64 === 'string' ? image.base64 : typeof image.url === 'string' ? image.url : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
