import { describe, expect, it } from 'vitest';
import { cosine, EmbedderUnavailableError, type Embedder } from '../lib/embeddings/embedder.js';
import { loadTransformersEmbedder } from '../lib/embeddings/transformers.embedder.js';
import { MODEL, MODEL_DIR, modelPresent } from './helpers/model.js';

const norm = (v: Float32Array) => Math.sqrt(cosine(v, v));

describe.runIf(modelPresent)('sentence embedder (all-MiniLM-L6-v2 from ../shared/models)', () => {
  // Loaded by the first test that needs it: vitest collects a skipped block's tests too, and a load
  // started here without the model would reject with nobody waiting for it.
  let loaded: Promise<Embedder> | undefined;
  const loading = () => (loaded ??= loadTransformersEmbedder({ model: MODEL, modelDir: MODEL_DIR, maxTokens: 256, batchSize: 2 }));

  it('gives one unit-length vector of the model dimension per text', async () => {
    const embedder = await loading();
    expect(embedder.dimensions).toBe(384);
    expect(embedder.modelId).toContain(MODEL);
    const vectors = await embedder.embed(['A man is eating food.', 'A girl rides a horse.', 'Space cowboys.']);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) {
      expect(v).toHaveLength(384);
      expect(norm(v)).toBeCloseTo(1, 4);
    }
  });

  it('gives the same vectors whether texts come in one batch or one by one', async () => {
    const embedder = await loading();
    const texts = ['Bounty hunters in space.', 'A quiet camping trip near a lake in winter with friends.', 'Alchemy.'];
    const together = await embedder.embed(texts);
    for (const [i, text] of texts.entries()) {
      const [alone] = await embedder.embed([text]);
      // int8 weights quantize activations per batch, so vectors match closely, not bit for bit.
      expect(cosine(alone, together[i])).toBeGreaterThan(0.98);
    }
  });

  it('gives the same vectors, in order, from several workers, and reports progress batch by batch', async () => {
    const texts = Array.from({ length: 21 }, (_, i) => `Episode ${i}: the crew of a spaceship hunts a bounty on planet number ${i}.`);
    const one = await (await loading()).embed(texts);
    const pool = await loadTransformersEmbedder({
      model: MODEL,
      modelDir: MODEL_DIR,
      maxTokens: 256,
      batchSize: 2,
      workers: 2,
      background: true,
    });
    try {
      expect(pool.modelId).toBe((await loading()).modelId);
      const progress: number[] = [];
      const many = await pool.embed(texts, { onProgress: (n) => progress.push(n) });
      expect(many).toHaveLength(texts.length);
      for (const [i, vector] of many.entries()) expect(cosine(vector, one[i])).toBeGreaterThan(0.98);
      expect(progress.reduce((a, b) => a + b, 0)).toBe(texts.length);
      expect(progress.length).toBe(11);

      const abort = new AbortController();
      abort.abort(new Error('stop'));
      await expect(pool.embed(texts, { signal: abort.signal })).rejects.toThrow('stop');
    } finally {
      await pool.close();
    }
  });

  it('puts a paraphrase closer than an unrelated sentence', async () => {
    const embedder = await loading();
    const [query, paraphrase, unrelated] = await embedder.embed([
      'A man is eating food.',
      'A man is eating a piece of bread.',
      'The stock market fell sharply on Monday.',
    ]);
    expect(cosine(query, paraphrase)).toBeGreaterThan(0.7);
    expect(cosine(query, paraphrase)).toBeGreaterThan(cosine(query, unrelated) + 0.3);
  });
});

describe('sentence embedder without a model', () => {
  it('fails with a message that says how to run offline', async () => {
    const failure = loadTransformersEmbedder({ model: 'no/such-model', modelDir: '/nonexistent/models', maxTokens: 128 });
    await expect(failure).rejects.toThrowError(EmbedderUnavailableError);
    await expect(failure).rejects.toThrow(/MODEL_DIR/);
  });
});
