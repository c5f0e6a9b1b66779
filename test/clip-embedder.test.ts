// The CLIP encoder with the tiny test CLIP of ../shared/models (random weights: its vectors mean
// nothing, so this tests loading, decoding, preprocessing, sizes and normalization, and that an image
// maps to itself, never what a picture is of).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosine, EmbedderUnavailableError } from '../lib/embeddings/embedder.js';
import { loadClipEmbedder, type ClipEmbedder } from '../lib/embeddings/clip.embedder.js';
import { pngOf } from '../bench/image/png.js';
import { MODEL_DIR } from './helpers/model.js';

const CLIP = 'anigraph/tiny-random-clip';
const present = existsSync(join(MODEL_DIR, CLIP, 'onnx/vision_model.onnx'));

const norm = (v: Float32Array) => Math.hypot(...v);

describe.runIf(present)('CLIP encoder (tiny test model)', () => {
  let clip: ClipEmbedder;
  // Pictures of different sizes and content: the preprocessor resizes and crops each to 224 x 224.
  const posters = [
    pngOf(300, 420, (x, y) => [x % 256, y % 256, 90]),
    pngOf(420, 300, (x, y) => [(x * y) % 256, 30, 200]),
    pngOf(64, 64, (x) => (x < 32 ? [255, 0, 0] : [0, 0, 255])),
    pngOf(500, 500, (x, y) => [(x ^ y) & 255, (x + y) & 255, (3 * x) & 255]),
  ];

  beforeAll(async () => {
    clip = await loadClipEmbedder({ model: CLIP, modelDir: MODEL_DIR, workers: 2, batchSize: 3, maxPixels: 1_000_000 });
  });
  afterAll(() => clip?.close());

  it('loads its two towers and projects both into one space of its dimensions', async () => {
    expect(clip.dimensions).toBe(64);
    expect(clip.modelId).toBe(`${CLIP}@fp32`);
    const [image] = await clip.embedImages([posters[0]]);
    const [text] = await clip.embedTexts(['a photo of a cat']);
    expect(image).toHaveLength(64);
    expect(text).toHaveLength(64);
    expect(norm(image!)).toBeCloseTo(1, 5);
    expect(norm(text)).toBeCloseTo(1, 5);
  });

  it('loads the vision tower alone when told texts are not needed, with the same image vectors', async () => {
    const vision = await loadClipEmbedder({ model: CLIP, modelDir: MODEL_DIR, texts: false });
    try {
      const [alone] = await vision.embedImages([posters[1]]);
      const [both] = await clip.embedImages([posters[1]]);
      expect(cosine(alone!, both!)).toBeCloseTo(1, 5);
      await expect(vision.embedTexts(['a photo of a cat'])).rejects.toThrow(/without its text tower/);
    } finally {
      await vision.close();
    }
  });

  it('maps each picture nearest to itself, whatever batch it is embedded in', async () => {
    const together = await clip.embedImages(posters);
    const alone = await Promise.all(posters.map(async (png) => (await clip.embedImages([png]))[0]!));
    together.forEach((vector, i) => {
      const scores = alone.map((other) => cosine(vector!, other));
      expect(scores[i]).toBeCloseTo(1, 4);
      expect(scores.indexOf(Math.max(...scores))).toBe(i);
    });
  });

  it('gives no vector to a picture it cannot decode, and still embeds the rest of its batch', async () => {
    const damaged = Buffer.concat([posters[2].subarray(0, 40), Buffer.alloc(30, 7)]);
    const vectors = await clip.embedImages([posters[2], damaged, Buffer.from('not a picture')]);
    expect(vectors[0]).toHaveLength(64);
    expect(vectors[1]).toBeUndefined();
    expect(vectors[2]).toBeUndefined();
  });

  it('decodes straight to its square: a 1 x 40,000 strip costs no more than a poster, and more than maxPixels is not decoded', async () => {
    // Scaled by its shortest side, as CLIP's preprocessor does, the strip would take 224 x 8,960,000 pixels.
    const [strip, huge] = await clip.embedImages([pngOf(1, 40_000, (_, y) => [y & 255, 0, 0]), pngOf(1200, 1000, () => [9, 9, 9])]);
    expect(strip).toHaveLength(64);
    expect(huge).toBeUndefined();
  });

  it('says which model it could not load, and where it looked', async () => {
    const error = await loadClipEmbedder({ model: 'anigraph/no-such-clip', modelDir: MODEL_DIR }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbedderUnavailableError);
    expect((error as Error).message).toMatch(new RegExp(`Cannot load the CLIP model anigraph/no-such-clip in ${MODEL_DIR}`));
  });
});
