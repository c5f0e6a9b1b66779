// The picture the REST routes take (lib/images/image-input.schema.ts); /api/query's `image` is the
// same as one string. Whether it is a picture AniGraph reads is the catalog's to say, through the operation.
import type { ImageInput } from '../lib/operations.generated.js';

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
