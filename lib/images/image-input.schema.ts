// The picture a facade takes (REST, MCP) as GraphQL's ImageInput: `{ base64 }` (or a data URL) or
// `{ url }`, exactly one, and the share it has when blended with words. Whether it is a picture
// AniGraph reads (its type, size, pixels, the URL's address) is the catalog's to say.
import { z } from 'zod';

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
