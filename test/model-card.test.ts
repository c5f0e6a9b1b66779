// Each model pools and prefixes as its card (the sentence-transformers files beside it) says: the
// three text models of ../shared/models, overrides, and a folder without a card.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cosine, type Embedder } from '../lib/embeddings/embedder.js';
import { DEFAULT_CARD, readModelCard } from '../lib/embeddings/model-card.js';
import { loadTransformersEmbedder } from '../lib/embeddings/transformers.embedder.js';
import { MODEL_DIR, modelPresent } from './helpers/model.js';

const BGE = 'Xenova/bge-small-en-v1.5';
const E5 = 'Xenova/e5-small-v2';
const MINILM = 'Xenova/all-MiniLM-L6-v2';

describe.runIf(modelPresent)('model cards', () => {
  it('reads pooling, prefixes and length from the files of each model', async () => {
    expect(await readModelCard(MINILM, MODEL_DIR)).toEqual({ pooling: 'MEAN', queryPrefix: '', documentPrefix: '', maxTokens: 256 });
    expect(await readModelCard(BGE, MODEL_DIR)).toEqual({
      pooling: 'CLS',
      queryPrefix: 'Represent this sentence for searching relevant passages: ',
      documentPrefix: '',
      maxTokens: 512,
    });
    expect(await readModelCard(E5, MODEL_DIR)).toEqual({
      pooling: 'MEAN',
      queryPrefix: 'query: ',
      documentPrefix: 'passage: ',
      maxTokens: 512,
    });
  });

  it('takes overrides over the files, `none` removing a prefix, and falls back to mean pooling without a card', async () => {
    expect(await readModelCard(E5, MODEL_DIR, { pooling: 'CLS', queryPrefix: 'none', documentPrefix: 'doc: ' })).toMatchObject({
      pooling: 'CLS',
      queryPrefix: '',
      documentPrefix: 'doc: ',
    });
    expect(await readModelCard('some/model', mkdtempSync(join(tmpdir(), 'anigraph-no-card-')))).toEqual(DEFAULT_CARD);
  });
});

describe.runIf(modelPresent)('embedding as the card says', () => {
  const loaded: Embedder[] = [];
  const load = async (model: string, card = {}) => {
    const embedder = await loadTransformersEmbedder({ model, modelDir: MODEL_DIR, maxTokens: 256, card });
    loaded.push(embedder);
    return embedder;
  };
  afterAll(async () => {
    await Promise.all(loaded.map((e) => e.close()));
  });

  it('pools bge by its CLS token: the similarity its model card reports, which the mean of its tokens does not give', async () => {
    const cls = await load(BGE);
    expect(cls.info).toMatchObject({ pooling: 'CLS', maxTokens: 256, dimensions: 384 });
    const [hi, hello] = await cls.embed(['hi', 'hello']);
    expect(cosine(hi, hello)).toBeCloseTo(0.9175, 1);
    const mean = await load(BGE, { pooling: 'MEAN' });
    const [hiMean, helloMean] = await mean.embed(['hi', 'hello']);
    expect(Math.abs(cosine(hiMean, helloMean) - cosine(hi, hello))).toBeGreaterThan(0.005);
    // Vectors of another pooling are kept apart.
    expect(mean.modelId).not.toBe(cls.modelId);
  });

  it("puts e5's prefixes before queries and documents, and keys its vectors by them", async () => {
    const e5 = await load(E5);
    const bare = await load(E5, { queryPrefix: 'none', documentPrefix: 'none' });
    const [query] = await e5.embedQueries(['a girl rides a horse']);
    const [document] = await e5.embed(['a girl rides a horse']);
    const [queryByHand] = await bare.embedQueries(['query: a girl rides a horse']);
    const [documentByHand] = await bare.embed(['passage: a girl rides a horse']);
    expect(cosine(query, queryByHand)).toBeGreaterThan(0.999);
    expect(cosine(document, documentByHand)).toBeGreaterThan(0.999);
    expect(cosine(query, document)).toBeLessThan(0.99);
    expect(e5.modelId).toMatch(/prefixes-[0-9a-f]{8}$/);
    expect(bare.modelId).not.toBe(e5.modelId);
  });

  it('embeds a whole document as its text alone, prefix and pooling included; a CLS model gives no sentence vectors', async () => {
    for (const model of [E5, BGE]) {
      const embedder = await load(model);
      const text = 'A girl rides a horse across the plains. She finds a ruined castle.';
      const [alone] = await embedder.embed([text]);
      const [whole] = await embedder.embedDocuments([
        { segments: ['A girl rides a horse across the plains.', ' She finds a ruined castle.'], pooled: [0, 1] },
      ]);
      expect(cosine(whole.doc, alone)).toBeGreaterThan(0.99);
      if (model === BGE) expect(whole.segments).toEqual([undefined, undefined]);
      else expect(whole.segments.every((v) => v !== undefined)).toBe(true);
    }
  });

  it('keeps the id MiniLM always had: its cached vectors stay valid', async () => {
    expect((await load(MINILM)).modelId).toBe('Xenova/all-MiniLM-L6-v2@q8/mean/256');
  });
});
