// The picture a search is given (`ImageInput`: base64 or a URL, exactly one), read within the image
// limits: a URL through the fetch guard (public addresses only unless IMAGE_FETCH_ALLOW_HOSTS names
// the host, redirects checked, time and size bounded), the bytes checked by their magic bytes and
// header. Each refusal is a BAD_USER_INPUT that names the rule; a refusal for size alone says so
// (`tooLarge`), so that an HTTP facade may answer 413.
import { GraphQLError } from 'graphql';
import { errorExtensions } from '../../../lib/errors.js';
import { checkImage, imageFromBase64, ImageRefused, type CheckedImage, type ImageLimits } from '../../../lib/images/image-input.js';
import { guardedFetch, TooLarge } from '../../../lib/net/guarded-fetch.js';
import { parseHttpUrl, UrlRefused } from '../../../lib/net/url-policy.js';

export interface ImageInputValue {
  base64?: string | null;
  url?: string | null;
}

export interface ImageReadOptions extends ImageLimits {
  /** IMAGE_FETCH_ALLOW_HOSTS, lower-cased. */
  allowHosts: ReadonlySet<string>;
  timeoutMs: number;
}

const IMAGE_URL_RULE =
  'an image URL must lead to a public address (not loopback, private, link-local or cloud metadata) unless IMAGE_FETCH_ALLOW_HOSTS names its host';

/** A picture refused, as the GraphQL error its caller gets. */
export function imageInputError(message: string, tooLarge = false): GraphQLError {
  return new GraphQLError(message, {
    extensions: errorExtensions('BAD_USER_INPUT', { argument: 'image', ...(tooLarge ? { tooLarge } : {}) }),
  });
}

/**
 * Checks what can be checked of `input` without fetching anything: exactly one of base64 and url, the
 * picture in base64, the URL's form. For a search that will not read the picture (no image index),
 * so that bad input is still told.
 */
export function checkImageInput(input: ImageInputValue, options: ImageReadOptions): void {
  try {
    if (exactlyOne(input) === 'base64') imageFromBase64(input.base64!, options);
    else parseHttpUrl(input.url!);
  } catch (error) {
    throw asInputError(error);
  }
}

/** The picture `input` gives, checked; throws a BAD_USER_INPUT error naming the rule it broke. */
export async function readImageInput(input: ImageInputValue, options: ImageReadOptions): Promise<CheckedImage> {
  exactlyOne(input);
  try {
    if (input.base64 != null) return imageFromBase64(input.base64, options);
    const fetched = await guardedFetch(input.url!, {
      maxBytes: options.maxBytes,
      timeoutMs: options.timeoutMs,
      maxRedirects: 3,
      allowHosts: options.allowHosts,
      rule: IMAGE_URL_RULE,
      sizeLimitName: 'IMAGE_MAX_BYTES',
    });
    return checkImage(fetched.body, options);
  } catch (error) {
    throw asInputError(error);
  }
}

function exactlyOne(input: ImageInputValue): 'base64' | 'url' {
  const given = (['base64', 'url'] as const).filter((key) => input[key] !== undefined && input[key] !== null);
  if (given.length !== 1) {
    throw imageInputError(`image must have exactly one of base64 and url (got ${given.length ? given.join(' and ') : 'neither'}).`);
  }
  return given[0];
}

/** A refusal of the picture as the GraphQL error its caller gets; any other error as it is. */
function asInputError(error: unknown): unknown {
  if (error instanceof ImageRefused) return imageInputError(error.message, error.tooLarge);
  if (error instanceof UrlRefused) return imageInputError(`image.${error.message}`, error instanceof TooLarge);
  return error;
}
