// A picture a user sends is untrusted: its size, its real type by its first bytes and its pixel
// count from its header are checked before anything decodes it. Headers are built here byte by byte,
// as each format's specification lays them out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImage, imageFromBase64, ImageRefused, type ImageLimits } from '../../lib/images/image-input.js';

const LIMITS: ImageLimits = { maxBytes: 5 * 1024 * 1024, maxPixels: 40_000_000 };

function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 2, 0, 0, 0], 16); // 8-bit RGB; the CRC after it is not read for the size
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), ihdr]);
}

function gif(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.write('GIF89a', 0, 'latin1');
  header.writeUInt16LE(width, 6);
  header.writeUInt16LE(height, 8);
  return header;
}

function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from('ffe000104a46494600010100000100010000', 'hex');
  const sof0 = Buffer.alloc(19);
  sof0.set([0xff, 0xc0, 0x00, 0x11, 0x08], 0);
  sof0.writeUInt16BE(height, 5);
  sof0.writeUInt16BE(width, 7);
  sof0.set([3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1], 9);
  return Buffer.concat([Buffer.from('ffd8', 'hex'), app0, sof0]);
}

function webp(width: number, height: number): Buffer {
  const chunk = Buffer.alloc(18);
  chunk.write('VP8X', 0, 'latin1');
  chunk.writeUInt32LE(10, 4);
  chunk.writeUIntLE(width - 1, 12, 3);
  chunk.writeUIntLE(height - 1, 15, 3);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + chunk.length, 4);
  riff.write('WEBP', 8, 'latin1');
  return Buffer.concat([riff, chunk]);
}

const refusal = (run: () => unknown): ImageRefused => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImageRefused);
    return error as ImageRefused;
  }
  throw new Error('not refused');
};

describe('an image a user sends', () => {
  it('is read as what its first bytes say, with its size from the header', () => {
    expect(checkImage(png(640, 480), LIMITS)).toMatchObject({ type: 'png', width: 640, height: 480 });
    expect(checkImage(gif(320, 200), LIMITS)).toMatchObject({ type: 'gif', width: 320, height: 200 });
    expect(checkImage(jpeg(1920, 1080), LIMITS)).toMatchObject({ type: 'jpeg', width: 1920, height: 1080 });
    expect(checkImage(webp(800, 600), LIMITS)).toMatchObject({ type: 'webp', width: 800, height: 600 });
  });

  it('comes as base64 or as a data URL, whatever type the data URL claims', () => {
    const base64 = png(64, 64).toString('base64');
    expect(imageFromBase64(base64, LIMITS)).toMatchObject({ type: 'png', width: 64 });
    expect(imageFromBase64(`data:image/jpeg;base64,${base64}`, LIMITS)).toMatchObject({ type: 'png' });
    expect(imageFromBase64(`  ${base64.slice(0, 20)}\n${base64.slice(20)}  `, LIMITS)).toMatchObject({ type: 'png' });
  });

  it('is refused, naming the rule, when it is not base64, not an image, too big or cut short', () => {
    expect(refusal(() => imageFromBase64('not base64 at all!', LIMITS)).message).toMatch(/not base64/);
    expect(refusal(() => imageFromBase64('data:image/png,rawbytes', LIMITS)).message).toMatch(/without ";base64"/);
    expect(refusal(() => imageFromBase64('', LIMITS)).message).toMatch(/empty/);
    const text = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    expect(refusal(() => imageFromBase64(text, LIMITS)).message).toMatch(/not a PNG, JPEG, WebP or GIF/);
    expect(refusal(() => checkImage(Buffer.from('BM6\0\0\0'), LIMITS)).message).toMatch(/not a PNG, JPEG, WebP or GIF/);
    // Cut short after its signature: no header to read a size from.
    expect(refusal(() => checkImage(png(10, 10).subarray(0, 12), LIMITS)).message).toMatch(/PNG whose header is truncated/);
    expect(refusal(() => checkImage(jpeg(10, 10).subarray(0, 24), LIMITS)).message).toMatch(/JPEG whose header is truncated/);
    // A WebP without its VP8 chunk, whose bytes hold an SVG's size, is no WebP; one cut in its VP8X header is truncated.
    const disguised = Buffer.concat([webp(10, 10).subarray(0, 12), Buffer.from('junk<svg width="7000" height="5000">')]);
    expect(refusal(() => checkImage(disguised, LIMITS)).message).toMatch(/not a PNG, JPEG, WebP or GIF/);
    expect(refusal(() => checkImage(webp(10, 10).subarray(0, 26), LIMITS)).message).toMatch(/WEBP whose header is truncated/);
  });

  it('is refused by its header before decoding when it declares more pixels than IMAGE_MAX_PIXELS', () => {
    const huge = refusal(() => checkImage(gif(65_535, 65_535), LIMITS));
    expect(huge.message).toMatch(/65535 x 65535 = 4294836225 pixels, more than IMAGE_MAX_PIXELS \(40000000\)/);
    expect(huge.tooLarge).toBe(true);
    expect(refusal(() => checkImage(png(100_000, 100_000), LIMITS)).message).toMatch(/IMAGE_MAX_PIXELS/);
    expect(checkImage(png(8000, 5000), LIMITS).width).toBe(8000);
  });

  it('is refused by its size, before a base64 text is decoded', () => {
    const small = { ...LIMITS, maxBytes: 100 };
    const refused = refusal(() => imageFromBase64(Buffer.alloc(300).toString('base64'), small));
    expect(refused.message).toMatch(/300 bytes, more than IMAGE_MAX_BYTES \(100\)/);
    expect(refused.tooLarge).toBe(true);
    expect(refusal(() => checkImage(Buffer.concat([png(10, 10), Buffer.alloc(200)]), small)).tooLarge).toBe(true);
  });
});

describe('hostile uploads', () => {
  // Valid headers cut anywhere, flipped bytes, declared sizes out of range, random bytes and text:
  // each is refused as ImageRefused (BAD_USER_INPUT for a caller) or accepted with a sane size, never
  // another error, and never a size outside the limits.
  it('refuses every one of 500 malformed images with a reason, or reads a sane size', () => {
    const small: ImageLimits = { maxBytes: 64 * 1024, maxPixels: 1_000_000 };
    const headers = [png(300, 200), gif(640, 480), jpeg(1024, 768), webp(512, 512), png(70_000, 70_000), gif(65_535, 1)];
    const hostile = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
      fc.tuple(fc.constantFrom(...headers), fc.nat()).map(([header, cut]) => header.subarray(0, cut % (header.length + 1))),
      fc
        .tuple(fc.constantFrom(...headers), fc.nat(), fc.integer({ min: 0, max: 255 }))
        .map(([header, at, value]) => Buffer.from(header).fill(value, at % header.length, (at % header.length) + 1)),
      fc.tuple(fc.constantFrom(...headers), fc.uint8Array({ maxLength: 100 })).map(([header, tail]) => Buffer.concat([header, tail])),
    );
    const cases = fc.sample(hostile, { seed: 17, numRuns: 500 });
    let refused = 0;
    for (const bytes of cases) {
      for (const attempt of [() => checkImage(bytes, small), () => imageFromBase64(bytes.toString('base64'), small)]) {
        try {
          const image = attempt();
          expect(image.width * image.height).toBeLessThanOrEqual(small.maxPixels);
          expect(image.width).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(ImageRefused);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(500);
  });
});
