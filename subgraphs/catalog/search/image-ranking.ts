// Ranking by a picture: the posters closest to it (searchByImage), or a text ranking and the picture's
// blended (search with `image`): each side's scores spread over [0, 1] across the candidates, then
// weighed `imageWeight` to the picture and the rest to the text. At weight 1 the picture alone
// decides, at 0 the text.
import type { Catalog } from '../catalog/catalog.js';
import { catalogPrior } from '../catalog/prior.js';
import type { DenseHit } from '../semantic/vector-store.js';
import type { SearchHit } from './search-hit.js';

const POSTER_FIELD = 'poster (image)';

const NO_SIGNALS = { title: 0, titleWords: 0, lexical: 0, semantic: 0 };

/** The posters' hits as search hits, closest first: the score is the cosine. */
export function imageHits(catalog: Catalog, dense: readonly DenseHit[]): SearchHit[] {
  return dense.flatMap(({ animeId, doc }) => {
    const anime = catalog.get(animeId);
    return anime
      ? [
          {
            anime,
            score: doc,
            matchedName: null,
            matchedFields: [POSTER_FIELD],
            components: { ...NO_SIGNALS, prior: catalogPrior(anime), image: doc },
          },
        ]
      : [];
  });
}

/** `text`'s hits and the picture's (`dense`, which scored the text hits too) in one ranking. */
export function blendWithImage(catalog: Catalog, text: readonly SearchHit[], dense: readonly DenseHit[], imageWeight: number): SearchHit[] {
  const image = new Map(dense.map((hit) => [hit.animeId, hit.doc]));
  const textScale = spread(text.map((hit) => hit.score));
  const imageScale = spread([...image.values()]);
  const blended = (textScore: number | undefined, imageScore: number | undefined) =>
    (1 - imageWeight) * (textScore === undefined ? 0 : textScale(textScore)) +
    imageWeight * (imageScore === undefined ? 0 : imageScale(imageScore));
  const hits: SearchHit[] = text.map((hit) => {
    const cosine = image.get(hit.anime.id);
    return {
      ...hit,
      score: blended(hit.score, cosine),
      matchedFields: cosine === undefined ? hit.matchedFields : [...hit.matchedFields, POSTER_FIELD],
      components: { ...hit.components, image: cosine ?? 0 },
    };
  });
  const found = new Set(text.map((hit) => hit.anime.id));
  for (const hit of imageHits(
    catalog,
    dense.filter((d) => !found.has(d.animeId)),
  )) {
    hits.push({ ...hit, score: blended(undefined, hit.components.image) });
  }
  // Ties (hits a side given all the weight did not find) keep the text's order.
  const order = new Map(hits.map((hit, i) => [hit, i]));
  return hits.sort((a, b) => b.score - a.score || order.get(a)! - order.get(b)!);
}

/** Maps scores onto [0, 1]: the lowest to 0, the highest to 1 (all to 1 when they are equal). */
function spread(scores: readonly number[]): (score: number) => number {
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  return high > low ? (score) => (score - low) / (high - low) : () => 1;
}
