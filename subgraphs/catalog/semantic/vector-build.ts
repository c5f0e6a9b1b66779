// Which vectors a catalog needs, which of them the disk cache holds, and embedding the rest in two
// passes: each synopsis once, giving the doc vector and its sentences' vectors together (late
// chunking: a third of the model's work of embedding the sentences again on their own, and better
// on the dev set), then the texts embedded alone: titles, stand-ins for anime without a synopsis,
// and the sentences that lie past the model's token limit.
import type { EmbedDocument, Embedder } from '../../../lib/embeddings/embedder.js';
import type { Catalog } from '../domain/catalog.js';
import { semanticTexts, type SemanticTexts } from './documents.js';
import type { Progress } from './progress.js';
import { textKey, type VectorCache } from './vector-cache.js';
import { filterPayload, type AnimeVectors } from './vector-store.js';

export interface VectorBuildHooks {
  /** Opened only when something needs the model, closed when done. */
  loadEmbedder: () => Promise<Embedder>;
  /**
   * Hears how many vectors need the model of how many the catalog has, once the cache has been
   * consulted (the sentences past the token limit are not known yet).
   */
  onPlanned?: (toEmbed: number, vectors: number) => void;
  startProgress: (total: number) => Progress;
  signal: AbortSignal;
}

export interface VectorBuild {
  animes: AnimeVectors[];
  embedded: number;
  reused: number;
  /** The cache keys the catalog uses (the others can go). */
  keep: Set<string>;
}

// A vector read in its document differs from the same text read alone: its own keys.
const docKey = (doc: string) => textKey(`doc in context\n${doc}`);
const sentenceKey = (doc: string, i: number) => textKey(`sentence ${i} in context\n${doc}`);

export async function buildVectors(catalog: Catalog, cache: VectorCache, hooks: VectorBuildHooks): Promise<VectorBuild> {
  const texts = catalog.animes.map((anime) => ({ anime, texts: semanticTexts(anime) }));
  const documents = new Map(texts.filter(({ texts: t }) => t.document && !cache.get(docKey(t.doc))).map(({ texts: t }) => [t.doc, t]));
  const missingAlone = () => aloneTexts(texts.map(({ texts: t }) => t), cache);
  const before = cache.size;
  let embedder: Embedder | undefined;
  let progress: Progress | undefined;
  try {
    const planned = [...documents.values()].reduce((n, t) => n + 1 + t.sentences.length, 0) + missingAlone().size;
    hooks.onPlanned?.(planned, texts.reduce((n, { texts: t }) => n + 1 + t.sentences.length + t.titles.length, 0));
    if (planned > 0) {
      embedder = await hooks.loadEmbedder();
      progress = hooks.startProgress(planned);
      await embedDocuments(embedder, [...documents.values()], cache, progress, hooks.signal);
      const alone = missingAlone();
      progress.grow(alone.size - (planned - progress.done));
      await embedAlone(embedder, alone, cache, progress, hooks.signal);
    }
  } finally {
    progress?.stop();
    await embedder?.close();
  }

  const keep = new Set<string>();
  const vector = (key: string) => (keep.add(key), cache.get(key)!);
  const animes = texts.map(({ anime, texts: t }) => ({
    animeId: anime.id,
    doc: vector(t.document ? docKey(t.doc) : textKey(t.doc)),
    docWeight: t.docWeight,
    sentences: t.sentences.map((sentence, i) => (cache.get(sentenceKey(t.doc, i)) ? vector(sentenceKey(t.doc, i)) : vector(textKey(sentence)))),
    titles: t.titles.map((title) => vector(textKey(title))),
    payload: filterPayload(anime),
  }));
  const embedded = cache.size - before;
  return { animes, embedded, reused: keep.size - embedded, keep };
}

/** Texts embedded on their own that the cache lacks, by key. */
function aloneTexts(all: readonly SemanticTexts[], cache: VectorCache): Map<string, string> {
  const missing = new Map<string, string>();
  const need = (text: string) => {
    const key = textKey(text);
    if (!cache.get(key)) missing.set(key, text);
  };
  for (const t of all) {
    t.titles.forEach(need);
    if (!t.document) need(t.doc);
    // Sentences past the token limit have no vector in context (once their document is embedded).
    else if (cache.get(docKey(t.doc))) t.sentences.forEach((s, i) => cache.get(sentenceKey(t.doc, i)) || need(s));
  }
  return missing;
}

async function embedDocuments(embedder: Embedder, documents: SemanticTexts[], cache: VectorCache, progress: Progress, signal: AbortSignal) {
  // Similar lengths in a batch waste less work on padding.
  const work = [...documents].sort((a, b) => a.doc.length - b.doc.length);
  const vectors = await embedder.embedDocuments(
    work.map((t) => t.document as EmbedDocument),
    { onProgress: (count, first) => progress.advance(work.slice(first, first + count).reduce((n, t) => n + 1 + t.sentences.length, 0)), signal },
  );
  work.forEach((t, i) => {
    cache.set(docKey(t.doc), vectors[i].doc);
    vectors[i].segments.forEach((vector, s) => vector && cache.set(sentenceKey(t.doc, s), vector));
  });
}

async function embedAlone(embedder: Embedder, missing: Map<string, string>, cache: VectorCache, progress: Progress, signal: AbortSignal) {
  const work = [...missing].sort((a, b) => a[1].length - b[1].length);
  const vectors = await embedder.embed(
    work.map(([, text]) => text),
    { onProgress: (count) => progress.advance(count), signal },
  );
  work.forEach(([key], i) => cache.set(key, vectors[i]));
}
