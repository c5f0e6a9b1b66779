// Image bytes that are no usable image: real PNG, JPEG, GIF and WebP files cut short, their headers
// damaged, or headers declaring far more pixels than IMAGE_MAX_PIXELS allows. The real files come from
// the benchmark's posters (JPEG, GIF and WebP encoded by sharp).
import sharp from 'sharp';
import { ihdr, pngChunk, PNG_SIGNATURE } from './png.js';
import { posterPng } from './poster-server.js';

export type Format = 'png' | 'jpeg' | 'gif' | 'webp';
export const FORMATS: readonly Format[] = ['png', 'jpeg', 'gif', 'webp'];

export type Samples = Record<Format, Buffer[]>;

/** `count` posters in each format. */
export async function sampleImages(count: number): Promise<Samples> {
  const pngs = Array.from({ length: count }, (_, i) => posterPng(100_000 + i));
  const encode = (format: Exclude<Format, 'png'>) => Promise.all(pngs.map((png) => sharp(png)[format]().toBuffer()));
  const [jpeg, gif, webp] = await Promise.all([encode('jpeg'), encode('gif'), encode('webp')]);
  return { png: pngs, jpeg, gif, webp };
}

const u16be = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const u16le = (n: number) => Buffer.from([n & 0xff, n >> 8]);
const u24le = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff]);

/** A header of `format` that declares `width` x `height` pixels, with a little of what would follow. */
export function declaring(format: Format, width: number, height: number): Buffer {
  switch (format) {
    case 'png':
      return Buffer.concat([
        PNG_SIGNATURE,
        ihdr(width, height),
        pngChunk('IDAT', Buffer.from('789c030000000001', 'hex')),
        pngChunk('IEND', Buffer.alloc(0)),
      ]);
    case 'jpeg': {
      // SOI, a JFIF APP0, then a baseline SOF0 of one 8-bit component (the size is 16 bits each way).
      const app0 = Buffer.from([0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
      const sof = Buffer.concat([Buffer.from([0xff, 0xc0, 0, 11, 8]), u16be(height), u16be(width), Buffer.from([1, 1, 0x11, 0])]);
      return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
    }
    case 'gif': {
      // A logical screen of that size (16 bits each way) and one 1 x 1 frame.
      const screen = Buffer.concat([Buffer.from('GIF89a', 'latin1'), u16le(width), u16le(height), Buffer.from([0, 0, 0])]);
      const frame = Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3b]);
      return Buffer.concat([screen, frame]);
    }
    case 'webp': {
      // An extended (VP8X) WebP: its canvas size is 24 bits each way, minus one.
      const vp8x = Buffer.concat([
        Buffer.from('VP8X', 'latin1'),
        Buffer.from([10, 0, 0, 0, 0, 0, 0, 0]),
        u24le(width - 1),
        u24le(height - 1),
      ]);
      return Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([vp8x.length + 4, 0, 0, 0]), Buffer.from('WEBP', 'latin1'), vp8x]);
    }
  }
}

/** Ways to damage a real file's header or data, each named. */
export const DAMAGES: readonly { name: string; apply: (samples: Samples, pick: number) => Buffer }[] = [
  { name: 'PNG, IHDR CRC wrong', apply: (s, i) => flip(s.png[i % s.png.length], 8 + 8 + 13) },
  { name: 'PNG, zero width', apply: (s, i) => withIhdr(s.png[i % s.png.length], ihdr(0, 96)) },
  { name: 'PNG, bit depth 3', apply: (s, i) => withIhdr(s.png[i % s.png.length], ihdrWith(3, 2)) },
  { name: 'PNG, colour type 5', apply: (s, i) => withIhdr(s.png[i % s.png.length], ihdrWith(8, 5)) },
  {
    name: 'PNG, IDAT of random bytes',
    apply: (_s, i) => Buffer.concat([PNG_SIGNATURE, ihdr(64, 96), pngChunk('IDAT', noise(i, 300)), pngChunk('IEND', Buffer.alloc(0))]),
  },
  { name: 'PNG, no IDAT', apply: () => Buffer.concat([PNG_SIGNATURE, ihdr(64, 96), pngChunk('IEND', Buffer.alloc(0))]) },
  { name: 'JPEG, SOI and EOI only', apply: () => Buffer.from([0xff, 0xd8, 0xff, 0xd9]) },
  { name: 'JPEG, zero height', apply: () => declaring('jpeg', 64, 0) },
  { name: 'GIF, 0 x 0 screen', apply: () => declaring('gif', 0, 0) },
  {
    name: 'WebP, RIFF size 0',
    apply: (s, i) => Buffer.concat([s.webp[i % s.webp.length].subarray(0, 4), Buffer.alloc(4), s.webp[i % s.webp.length].subarray(8, 40)]),
  },
];

/** Each format's signature followed by random bytes. */
export function signatureThenNoise(format: Format, seed: number, length: number): Buffer {
  const signature = {
    png: PNG_SIGNATURE,
    jpeg: Buffer.from([0xff, 0xd8, 0xff]),
    gif: Buffer.from('GIF89a', 'latin1'),
    webp: Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([200, 0, 0, 0]), Buffer.from('WEBPVP8 ', 'latin1')]),
  }[format];
  return Buffer.concat([signature, noise(seed, length)]);
}

/** `length` bytes of a PRNG seeded by `seed`. */
export function noise(seed: number, length: number): Buffer {
  let a = seed >>> 0;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] ^= 0xff;
  return copy;
}

/** The PNG with its IHDR chunk (bytes 8-32) replaced. */
const withIhdr = (png: Buffer, chunk: Buffer) => Buffer.concat([png.subarray(0, 8), chunk, png.subarray(33)]);

/** A 64 x 96 IHDR with this bit depth and colour type (not all pairs are valid). */
function ihdrWith(bitDepth: number, colourType: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(64, 0);
  data.writeUInt32BE(96, 4);
  data.set([bitDepth, colourType, 0, 0, 0], 8);
  return pngChunk('IHDR', data);
}
