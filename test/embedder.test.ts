import { describe, expect, it } from 'vitest';
import { cosine, EmbedderUnavailableError } from '../lib/embeddings/embedder.js';
import { loadTransformersEmbedder } from '../lib/embeddings/transformers.embedder.js';
import { MODEL, MODEL_DIR, modelPresent } from './helpers/model.js';

const norm = (v: Float32Array) => Math.sqrt(cosine(v, v));

describe.runIf(modelPresent)('sentence embedder (all-MiniLM-L6-v2 from ../shared/models)', () => {
  const loading = loadTransformersEmbedder({ model: MODEL, modelDir: MODEL_DIR, maxTokens: 256, batchSize: 2 });

  it('gives one unit-length vector of the model dimension per text', async () => {
    const embedder = await loading;
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
    const embedder = await loading;
    const texts = ['Bounty hunters in space.', 'A quiet camping trip near a lake in winter with friends.', 'Alchemy.'];
    const together = await embedder.embed(texts);
    for (const [i, text] of texts.entries()) {
      const [alone] = await embedder.embed([text]);
      // int8 weights quantize activations per batch, so vectors match closely, not bit for bit.
      expect(cosine(alone, together[i])).toBeGreaterThan(0.98);
    }
  });

  it('puts a paraphrase closer than an unrelated sentence', async () => {
    const embedder = await loading;
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
