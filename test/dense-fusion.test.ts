// Fusing the semantic scores of several embedding models: each model's cosines count as deviations
// from its own mean for the query, so a model whose cosines crowd near 0.8 does not outweigh one
// whose cosines spread from 0 to 0.6.
import { describe, expect, it } from 'vitest';
import { fuse } from '../subgraphs/catalog/semantic/dense-fusion.js';
import type { DenseHit, DenseResult } from '../subgraphs/catalog/semantic/vector-store.js';

const hit = (animeId: string, doc: number, sentence = -1, title = -1): DenseHit => ({ animeId, doc, sentence, title });
const result = (hits: DenseHit[], mean: number, deviation: number): DenseResult => ({ hits, mean, deviation });

describe('dense fusion', () => {
  it('with one model, keeps its cosines and its order', () => {
    const fused = fuse([result([hit('a', 0.6), hit('b', 0.2, 0.5), hit('c', 0.1, -1, 0.3)], 0.1, 0.05)]);
    expect(fused.map((h) => [h.animeId, h.field])).toEqual([
      ['a', 'doc'],
      ['b', 'sentence'],
      ['c', 'title'],
    ]);
    expect(fused.map((h) => h.semantic)).toEqual([0.6, 0.5, 0.3].map((x) => expect.closeTo(x, 10)));
  });

  it("weighs each model by how far a hit stands out from the query's other scores, not by its raw cosine", () => {
    // MiniLM-like: a spread-out scale; "a" stands out a little. bge-like: cosines crowded high; "b" stands out far.
    const spread = result([hit('a', 0.5), hit('b', 0.45)], 0.1, 0.1);
    const crowded = result([hit('b', 0.84), hit('a', 0.8)], 0.78, 0.01);
    const fused = fuse([spread, crowded]);
    expect(fused.map((h) => h.animeId)).toEqual(['b', 'a']);
    // On the first model's scale: b is (3.5 + 6) / 2 deviations above its mean.
    expect(fused[0].semantic).toBeCloseTo(0.1 + 0.1 * 4.75, 6);
  });

  it('scores an anime one model did not return as below everything that model returned', () => {
    const first = result([hit('a', 0.6), hit('b', 0.3)], 0.1, 0.1);
    const second = result([hit('c', 0.9), hit('a', 0.5)], 0.1, 0.1);
    const fused = fuse([first, second]);
    // c is missing from the first model: it gets that model's lowest returned score (0.3), b the second's (0.5).
    const score = Object.fromEntries(fused.map((h) => [h.animeId, h.semantic]));
    expect(score.c).toBeCloseTo(0.1 + 0.1 * ((2 + 8) / 2), 6);
    expect(score.b).toBeCloseTo(0.1 + 0.1 * ((2 + 4) / 2), 6);
    expect(fused.map((h) => h.animeId)).toEqual(['c', 'a', 'b']);
  });

  it('leaves out a model that returned nothing instead of scoring every anime against an empty list', () => {
    const fused = fuse([result([hit('a', 0.6), hit('b', 0.3)], 0.1, 0.1), result([], 0, 0)]);
    expect(fused.map((h) => [h.animeId, h.semantic])).toEqual([
      ['a', expect.closeTo(0.6, 10)],
      ['b', expect.closeTo(0.3, 10)],
    ]);
    expect(fuse([result([], 0, 0)])).toEqual([]);
  });
});
