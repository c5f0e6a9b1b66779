// Builds of several models' vectors: one model at a time, a newer catalog stopping an older one's
// builds, and a reload that a model fails leaving the old vectors serving. Embedders here are fakes
// (deterministic vectors, a build that can be held or made to fail): what is tested is the order of
// the builds and what search is given, not the models.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Embedder, EmbeddingModelInfo } from '../lib/embeddings/embedder.js';
import { createLogger } from '../lib/logger.js';
import { buildCatalog, type Catalog } from '../subgraphs/catalog/catalog/catalog.js';
import { EmbeddedVectorStore } from '../subgraphs/catalog/semantic/embedded.store.js';
import { SupersededError } from '../subgraphs/catalog/semantic/build-queue.js';
import { SemanticIndex } from '../subgraphs/catalog/semantic/semantic-index.js';
import { SemanticModels } from '../subgraphs/catalog/semantic/semantic-models.js';
import { demoRelease } from './fixtures/catalog.fixture.js';

const DIMENSIONS = 16;

/** A vector from a text's characters: equal texts, equal vectors. */
function vectorOf(text: string): Float32Array {
  const v = new Float32Array(DIMENSIONS);
  for (let i = 0; i < text.length; i++) v[text.charCodeAt(i) % DIMENSIONS] += 1;
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

interface Probe {
  /** Builds running now, across every model. */
  running: number;
  most: number;
  /** Models whose next build fails. */
  failing: Set<string>;
  /** Builds of a model wait for its promise. */
  holds?: Map<string, Promise<void>>;
  /** The model whose build runs now. */
  building?: string;
}

function fakeEmbedder(model: string, probe: Probe, building: boolean): Embedder {
  const info: EmbeddingModelInfo = {
    model,
    modelId: `${model}@fake`,
    pooling: 'MEAN',
    queryPrefix: '',
    documentPrefix: '',
    dimensions: DIMENSIONS,
    maxTokens: 256,
  };
  const embed = async (texts: readonly string[]) => {
    if (building) {
      if (probe.failing.has(model)) throw new Error(`${model} broke`);
      await probe.holds?.get(model);
    }
    return texts.map(vectorOf);
  };
  if (building) {
    probe.most = Math.max(probe.most, ++probe.running);
    probe.building = model;
  }
  return {
    modelId: info.modelId,
    dimensions: DIMENSIONS,
    info,
    embed,
    embedQueries: embed,
    embedDocuments: async (documents) =>
      (await embed(documents.map((d) => d.segments.join(' ')))).map((doc, i) => ({
        doc,
        segments: documents[i].pooled.map((s) => vectorOf(documents[i].segments[s])),
      })),
    close: async () => void (building && probe.running--),
  };
}

function models(probe: Probe, names: string[]): SemanticModels {
  const log = createLogger('silent');
  const cacheDir = mkdtempSync(join(tmpdir(), 'anigraph-models-'));
  return new SemanticModels(
    names.map(
      (model) =>
        new SemanticIndex({
          model,
          loadEmbedder: async () => fakeEmbedder(model, probe, false),
          loadBuildEmbedder: async () => fakeEmbedder(model, probe, true),
          store: new EmbeddedVectorStore(),
          cacheDir,
          log,
        }),
    ),
    log,
  );
}

function catalogOf(synopsisSuffix: string): Catalog {
  const release = demoRelease();
  const entries = release.data.map((entry: Record<string, unknown>) => ({ ...entry, title: `${String(entry.title)}${synopsisSuffix}` }));
  return buildCatalog({ lastUpdate: release.lastUpdate, entries });
}

describe('several models, built in turn', () => {
  it('builds one model at a time, and a newer catalog stops the older one after the model under way', async () => {
    let release!: () => void;
    const holds = new Map([['b/two', new Promise<void>((resolve) => (release = resolve))]]);
    const probe: Probe = { running: 0, most: 0, failing: new Set(), holds };
    const set = models(probe, ['a/one', 'b/two', 'c/three']);
    await set.start();
    const older = set.vectorsFor(catalogOf(''));
    // The older catalog is past its first model, building the second, when the newer one comes.
    while (probe.building !== 'b/two') await new Promise((resolve) => setTimeout(resolve, 5));
    const newer = set.vectorsFor(catalogOf(' (new)'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await expect(older).rejects.toBeInstanceOf(SupersededError);
    const built = await newer;
    expect(built.map((part) => part.model)).toEqual(['a/one', 'b/two', 'c/three']);
    expect(probe.most).toBe(1);
    expect(set.status()).toMatchObject({ state: 'READY', reason: null, model: 'a/one@fake' });
    await set.close();
  });

  it('on the first catalog, serves without a model whose build fails, and says so', async () => {
    const probe: Probe = { running: 0, most: 0, failing: new Set(['b/two']) };
    const set = models(probe, ['a/one', 'b/two']);
    await set.start();
    const joined: string[] = [];
    await set.vectorsFor(catalogOf(''), (part) => joined.push(part.model));
    expect(joined).toEqual(['a/one']);
    const status = set.status();
    expect(status.state).toBe('READY');
    expect(status.reason).toMatch(/without b\/two: .*b\/two broke/);
    expect(status.models.map((m) => m.state)).toEqual(['READY', 'FAILED']);
    await set.close();
  });

  it('fails a reload that a model which served before cannot build: the old vectors of every model keep serving', async () => {
    const probe: Probe = { running: 0, most: 0, failing: new Set() };
    const set = models(probe, ['a/one', 'b/two']);
    await set.start();
    const first = await set.vectorsFor(catalogOf(''));
    probe.failing.add('b/two');
    await expect(set.vectorsFor(catalogOf(' (new)'))).rejects.toThrow(/b\/two broke/);
    // The first set still answers with both models.
    const hits = await Promise.all(
      first.map((part) => part.index.search({ vector: vectorOf('Cowboy Bebop'), limit: 3, lookup: () => ({}) as never })),
    );
    expect(hits.every((result) => result.hits.length === 3)).toBe(true);
    expect(set.status().models.map((m) => m.state)).toEqual(['READY', 'READY']);
    await set.close();
  });
});
