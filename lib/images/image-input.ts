// A picture a user sends (base64, a data URL, or the body a URL gave): untrusted. Its size, its real
// type by its first bytes (PNG, JPEG, WebP or GIF, whatever it claims to be) and its pixel count, read
// from its header, are checked before anything decodes it: a few bytes can declare a 60,000 x 60,000
// image whose decoding takes gigabytes. Each refusal names the rule it broke.
import { imageSize } from 'image-size';

export type ImageType = 'png' | 'jpeg' | 'webp' | 'gif';

export interface ImageLimits {
  /** IMAGE_MAX_BYTES. */
  maxBytes: number;
  /** IMAGE_MAX_PIXELS. */
  maxPixels: number;
}

export interface CheckedImage {
  bytes: Buffer;
  type: ImageType;
  width: number;
  height: number;
}

export class ImageRefused extends Error {
  /** Refused for its size alone: an HTTP caller may answer 413. */
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w-]+=[^;,]*)*)(;base64)?,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The image in `text`: base64, or a data URL with base64 content. Checked before it is decoded. */
export function imageFromBase64(text: string, limits: ImageLimits): CheckedImage {
  let content = text.trim();
  const dataUrl = DATA_URL.exec(content);
  if (dataUrl) {
    if (!dataUrl[3]) throw new ImageRefused('image.base64 is a data URL without ";base64": only base64 content is read.');
    content = content.slice(dataUrl[0].length);
  } else if (/^data:/i.test(content)) {
    throw new ImageRefused('image.base64 is not a well-formed data URL ("data:image/png;base64,…").');
  }
  content = content.replace(/\s+/g, '');
  if (!BASE64.test(content) || content.length % 4 === 1) throw new ImageRefused('image.base64 is not base64 text.');
  // Its size is known before decoding: refuse a huge one without allocating it.
  const size = Math.floor((content.length * 3) / 4) - (content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0);
  if (size > limits.maxBytes) throw tooLarge(size, limits);
  return checkImage(Buffer.from(content, 'base64'), limits);
}

/** `bytes`, if they are a PNG, JPEG, WebP or GIF within the limits. */
export function checkImage(bytes: Buffer, limits: ImageLimits): CheckedImage {
  if (bytes.length === 0) throw new ImageRefused('image is empty.');
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits);
  const type = typeOf(bytes);
  if (!type) throw new ImageRefused('image is not a PNG, JPEG, WebP or GIF (judged by its first bytes, whatever its name or type says).');
  let width: number | undefined;
  let height: number | undefined;
  let read: string | undefined;
  try {
    // A copy of its own: image-size reads through a DataView of the whole underlying ArrayBuffer, so
    // on a view (a Buffer of Node's shared pool, a slice) it reads past the image's end into whatever
    // follows, and a header cut short would be completed by other bytes.
    ({ width, height, type: read } = imageSize(new Uint8Array(bytes)));
  } catch {
    // Reading the header failed: it is cut short or damaged.
  }
  // The header read must be the one the signature names, and whole (a WebP's size lies in its first 30 bytes).
  const sameType = read === type || (read === 'jpg' && type === 'jpeg');
  if (!width || !height || !sameType || (type === 'webp' && bytes.length < 30)) {
    throw new ImageRefused(`image is a ${type.toUpperCase()} whose header is truncated or damaged: its size cannot be read.`);
  }
  if (width * height > limits.maxPixels) {
    throw new ImageRefused(
      `image is ${width} x ${height} = ${width * height} pixels, more than IMAGE_MAX_PIXELS (${limits.maxPixels}).`,
      true,
    );
  }
  return { bytes, type, width, height };
}

const tooLarge = (size: number, limits: ImageLimits) =>
  new ImageRefused(`image is ${size} bytes, more than IMAGE_MAX_BYTES (${limits.maxBytes}).`, true);

/** The type its signature says. */
function typeOf(bytes: Buffer): ImageType | undefined {
  const ascii = (start: number, end: number) => bytes.toString('latin1', start, end);
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif';
  // A WebP is a RIFF file of WEBP whose first chunk is VP8, VP8L or VP8X (without it, image-size's
  // fallbacks read a size out of whatever follows).
  if (bytes.length >= 16 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP' && /^VP8[ LX]$/.test(ascii(12, 16))) return 'webp';
  return undefined;
}
