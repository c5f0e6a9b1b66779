// The semantic signal of several embedding models as one: each model's best cosine of an anime (doc,
// sentence or title) is counted in standard deviations of that model's doc scores for the query (each
// model has a range of its own: bge's cosines crowd near 0.5, MiniLM's near 0.1), averaged, and put
// back on the first model's scale: the hybrid blend's weights were set on MiniLM's, so list it first.
// With one model this is that model's cosine, unchanged.
import type { DenseHit, DenseQuery, DenseResult, VectorIndex } from './vector-store.js';

/** One model's vectors of a catalog, as an index set serves them. */
export interface ModelVectors {
  /** The configured model ("Xenova/bge-small-en-v1.5"). */
  model: string;
  index: VectorIndex;
}

export type SemanticField = 'doc' | 'sentence' | 'title';

export interface FusedHit {
  animeId: string;
  /** On the first model's cosine scale. */
  semantic: number;
  /** Which of the anime's vectors came closest to the query, by the first model that found it. */
  field: SemanticField;
}

/** Searches every model's vectors with the query's vector of that model, and fuses the scores. */
export async function fusedSearch(
  runs: readonly { index: VectorIndex; vector: Float32Array }[],
  query: Omit<DenseQuery, 'vector'>,
): Promise<FusedHit[]> {
  const results = await Promise.all(runs.map(({ index, vector }) => index.search({ ...query, vector })));
  return fuse(results);
}

export function fuse(all: readonly DenseResult[]): FusedHit[] {
  // A model that returned nothing (a filter nothing passes, a store being refilled) has no say.
  const results = all.filter((result) => result.hits.length > 0);
  if (results.length === 0) return [];
  const [reference] = results;
  const perModel = results.map(({ hits, mean, deviation }) => {
    const best = new Map(hits.map((hit) => [hit.animeId, hit]));
    // An anime a model did not return scores below everything it did.
    const floor = hits.reduce((low, hit) => Math.min(low, bestOf(hit)), Infinity);
    const z = (animeId: string) => {
      const hit = best.get(animeId);
      return ((hit ? bestOf(hit) : floor) - mean) / (deviation || 1);
    };
    return { best, z };
  });
  const ids = new Set(results.flatMap((result) => result.hits.map((hit) => hit.animeId)));
  const fused = [...ids].map((animeId): FusedHit => {
    const meanZ = perModel.reduce((sum, model) => sum + model.z(animeId), 0) / perModel.length;
    const found = perModel.find((model) => model.best.has(animeId))!.best.get(animeId)!;
    return { animeId, semantic: reference.mean + (reference.deviation || 1) * meanZ, field: fieldOf(found) };
  });
  return fused.sort((a, b) => b.semantic - a.semantic);
}

const bestOf = (hit: DenseHit) => Math.max(hit.doc, hit.sentence, hit.title);

function fieldOf(hit: DenseHit): SemanticField {
  const best = bestOf(hit);
  if (best === hit.title) return 'title';
  if (best === hit.sentence) return 'sentence';
  return 'doc';
}
