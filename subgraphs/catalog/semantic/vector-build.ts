// Which vectors a catalog needs, which of them the disk cache holds, and embedding the rest in two
// passes: each synopsis once, giving the doc vector and its sentences' vectors together (late
// chunking: a third of the model's work of embedding the sentences again on their own, and better
// on the dev set), then the texts embedded alone: titles, stand-ins for anime without a synopsis,
// and the sentences that lie past the model's token limit.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EmbedDocument, Embedder } from '../../../lib/embeddings/embedder.js';
import type { Anime } from '../catalog/anime.js';
import type { Catalog } from '../catalog/catalog.js';
import { semanticTexts, textsKey, type SemanticTexts } from './documents.js';
import type { Progress } from './progress.js';
import { textKey, type PlannedVectors, type TextPlan, type VectorCache } from './vector-cache.js';
import { filterPayload, type AnimeVectors } from './vector-store.js';

export interface VectorBuildHooks {
  /** Synopsis sentences get vectors (read in their document): only for a mean-pooled model. */
  sentenceVectors: boolean;
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
  /** Which vectors each anime used, by its texts key (textsKey in documents.ts). */
  plans: Map<string, TextPlan>;
  /** Some anime had texts the cache had no plan for: the plans on disk are out of date. */
  plansChanged: boolean;
}

/** An anime's texts with their cache keys, computed once (hashing 100k texts is not free). */
interface Keyed {
  texts: SemanticTexts;
  /** The doc's key: in context (read with its sentences) when it has a synopsis, else alone. */
  doc: string;
  /** Per sentence: its key in context, and its key alone (for a sentence past the token limit). */
  sentences: { inContext: string; alone: string; text: string }[];
  titles: { key: string; text: string }[];
}

// A vector read in its document differs from the same text read alone: its own keys. A sentence's
// key in context names its document by the document's key (hashing the whole text once per sentence
// made a warm start hash ten synopses' worth per anime).
function keyed(t: SemanticTexts): Keyed {
  const doc = t.document ? textKey(`doc in context\n${t.doc}`) : textKey(t.doc);
  return {
    texts: t,
    doc,
    sentences: t.sentences.map((text, i) => ({ inContext: textKey(`sentence ${i} of ${doc}`), alone: textKey(text), text })),
    titles: t.titles.map((text) => ({ key: textKey(text), text })),
  };
}

/** Anime whose texts are split and hashed between turns of the event loop (a second's work for the whole catalog). */
const PLAN_CHUNK = 1_000;

export async function buildVectors(catalog: Catalog, cache: VectorCache, hooks: VectorBuildHooks): Promise<VectorBuild> {
  // Per anime: the vectors it used last time when its texts are unchanged, else its texts made anew.
  const plan: { anime: Anime; input: string; known?: PlannedVectors; keys?: Keyed }[] = [];
  for (let start = 0; start < catalog.animes.length; start += PLAN_CHUNK) {
    for (const anime of catalog.animes.slice(start, start + PLAN_CHUNK)) {
      const input = textsKey(anime);
      // A plan with sentence vectors, made before a CLS model went without them, is made again.
      const known = cache.planned(input);
      if (known && !hooks.sentenceVectors && known.plan.sentences.length > 0) {
        plan.push({ anime, input, keys: keyed(semanticTexts(anime, false)) });
        continue;
      }
      plan.push(known ? { anime, input, known } : { anime, input, keys: keyed(semanticTexts(anime, hooks.sentenceVectors)) });
    }
    await nextTurn();
  }
  const fresh = plan.flatMap(({ keys }) => (keys ? [keys] : []));
  const documents = new Map(fresh.filter((k) => k.texts.document && !cache.get(k.doc)).map((k) => [k.doc, k]));
  const missingAlone = () => aloneTexts(fresh, cache);
  const before = cache.size;
  let embedder: Embedder | undefined;
  let progress: Progress | undefined;
  try {
    const planned = [...documents.values()].reduce((n, k) => n + 1 + k.sentences.length, 0) + missingAlone().size;
    const vectors = plan.reduce((n, { known, keys }) => n + 1 + (known ?? keys)!.sentences.length + (known ?? keys)!.titles.length, 0);
    hooks.onPlanned?.(planned, vectors);
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
  const plans = new Map<string, TextPlan>();
  const vector = (key: string) => (keep.add(key), cache.get(key)!);
  const animes = plan.map(({ anime, input, known, keys }): AnimeVectors => {
    const payload = filterPayload(anime);
    if (known) {
      const { plan: used, doc, sentences, titles } = known;
      plans.set(input, used);
      for (const key of [used.doc, ...used.sentences, ...used.titles]) keep.add(key);
      return { animeId: anime.id, doc, docWeight: used.docWeight, sentences, titles, payload };
    }
    const used = usedVectors(keys!, cache);
    plans.set(input, used);
    return {
      animeId: anime.id,
      doc: vector(used.doc),
      docWeight: used.docWeight,
      sentences: used.sentences.map(vector),
      titles: used.titles.map(vector),
      payload,
    };
  });
  const embedded = cache.size - before;
  return { animes, embedded, reused: keep.size - embedded, keep, plans, plansChanged: fresh.length > 0 };
}

/** The keys of an anime's vectors once embedded: a sentence past the token limit has only its vector alone. */
function usedVectors(k: Keyed, cache: VectorCache): TextPlan {
  return {
    doc: k.doc,
    docWeight: k.texts.docWeight,
    sentences: k.sentences.map((s) => (cache.get(s.inContext) ? s.inContext : s.alone)),
    titles: k.titles.map((title) => title.key),
  };
}

/** Texts embedded on their own that the cache lacks, by key. */
function aloneTexts(all: readonly Keyed[], cache: VectorCache): Map<string, string> {
  const missing = new Map<string, string>();
  const need = (key: string, text: string) => cache.get(key) || missing.set(key, text);
  for (const k of all) {
    for (const title of k.titles) need(title.key, title.text);
    if (!k.texts.document) need(k.doc, k.texts.doc);
    // Sentences past the token limit have no vector in context (once their document is embedded).
    else if (cache.get(k.doc)) for (const s of k.sentences) if (!cache.get(s.inContext)) need(s.alone, s.text);
  }
  return missing;
}

async function embedDocuments(embedder: Embedder, documents: Keyed[], cache: VectorCache, progress: Progress, signal: AbortSignal) {
  // Similar lengths in a batch waste less work on padding.
  const work = [...documents].sort((a, b) => a.texts.doc.length - b.texts.doc.length);
  const vectors = await embedder.embedDocuments(
    work.map((k) => k.texts.document as EmbedDocument),
    {
      onProgress: (count, first) => progress.advance(work.slice(first, first + count).reduce((n, k) => n + 1 + k.sentences.length, 0)),
      signal,
    },
  );
  work.forEach((k, i) => {
    cache.set(k.doc, vectors[i].doc);
    vectors[i].segments.forEach((vector, s) => vector && cache.set(k.sentences[s].inContext, vector));
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
