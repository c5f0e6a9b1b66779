// How much each anime's tags look like the liked anime's (less the disliked ones'), for the whole
// catalog at once: the anime that carry each tag are listed once per catalog, and a profile's scores
// are summed over those lists in typed arrays (a map lookup per tag of every anime cost milliseconds).
import type { Anime } from '../catalog/anime.js';
import type { Catalog } from '../catalog/catalog.js';

export interface TagScores {
  /** Ordinals of the anime that have a tag of the profile. */
  touched: number[];
  /** By ordinal, in [0, 1]: the weighted overlap of the anime's tags with the profile (a Jaccard-like ratio). */
  score: Float64Array;
}

const ordinalsByTag = new WeakMap<Catalog, Map<string, number[]>>();

function tagIndex(catalog: Catalog): Map<string, number[]> {
  let index = ordinalsByTag.get(catalog);
  if (!index) {
    index = new Map();
    for (const anime of catalog.animes) {
      for (const tag of anime.tags) {
        const ordinals = index.get(tag);
        if (ordinals) ordinals.push(anime.ordinal);
        else index.set(tag, [anime.ordinal]);
      }
    }
    ordinalsByTag.set(catalog, index);
  }
  return index;
}

/** Per tag: the share of liked anime with it, less half the share of disliked ones. */
function weightsOf(liked: Anime[], disliked: Anime[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const anime of liked) for (const tag of anime.tags) weights.set(tag, (weights.get(tag) ?? 0) + 1 / liked.length);
  for (const anime of disliked) for (const tag of anime.tags) weights.set(tag, (weights.get(tag) ?? 0) - 0.5 / disliked.length);
  return weights;
}

export function tagScores(catalog: Catalog, liked: Anime[], disliked: Anime[]): TagScores {
  const weights = weightsOf(liked, disliked);
  const positive = [...weights.values()].reduce((sum, w) => sum + Math.max(0, w), 0);
  const index = tagIndex(catalog);
  const shared = new Float64Array(catalog.size);
  const matched = new Uint16Array(catalog.size);
  const touched: number[] = [];
  for (const [tag, weight] of weights) {
    for (const ordinal of index.get(tag) ?? []) {
      if (matched[ordinal]++ === 0) touched.push(ordinal);
      shared[ordinal] += weight;
    }
  }
  const score = new Float64Array(catalog.size);
  for (const ordinal of touched) {
    const union = positive + catalog.animes[ordinal].tags.length - matched[ordinal];
    score[ordinal] = union === 0 ? 0 : Math.max(0, shared[ordinal] / union);
  }
  return { touched, score };
}
