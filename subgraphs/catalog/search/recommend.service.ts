// "What to watch next": anime like one anime (similar) or like a set of liked ones and unlike the
// disliked (recommendations), by story (doc vectors) and tags, each result saying why.
import { normalize } from '../../../lib/embeddings/embedder.js';
import { BadUserInputError, NotFoundError } from '../../../lib/errors.js';
import type { Anime } from '../catalog/anime.js';
import { compileFilter, type AnimeFilter } from '../catalog/anime-filter.js';
import type { Catalog } from '../catalog/catalog.js';
import type { CatalogStore } from '../catalog/catalog.store.js';
import { catalogPrior } from '../catalog/prior.js';
import type { VectorIndex } from '../semantic/vector-store.js';
import { sameFranchise } from './franchise.js';
import { tagScores } from './tag-profile.js';
import type { SearchIndexes } from './search-indexes.js';

export interface Suggestion {
  anime: Anime;
  score: number;
  /** Cosine of the anime's story to the liked one(s); null without semantic vectors. */
  storySimilarity: number | null;
  sharedTags: string[];
  /** The liked anime this one is closest to. */
  because: Anime;
  reasons: string[];
}

const DENSE_CANDIDATES = 200;
const WEIGHTS = { story: 0.65, tags: 0.35, prior: 0.05 };

export class RecommendService {
  constructor(private readonly store: CatalogStore<SearchIndexes>) {}

  async similar(id: string, filter: AnimeFilter | null | undefined, first: number, excludeSameFranchise: boolean): Promise<Suggestion[]> {
    const { catalog, indexes } = this.store.snapshot();
    const anime = catalog.get(id);
    if (!anime) throw new NotFoundError(`No anime with id "${id}".`);
    return this.suggest(indexes, [anime], [], filter, first, excludeSameFranchise);
  }

  async recommendations(liked: string[], disliked: string[], filter: AnimeFilter | null | undefined, first: number): Promise<Suggestion[]> {
    const { catalog, indexes } = this.store.snapshot();
    if (liked.length === 0) throw new BadUserInputError('liked must name at least one anime.', 'liked');
    const resolve = (ids: string[], argument: string) => {
      const unknown = ids.filter((id) => !catalog.get(id));
      if (unknown.length)
        throw new BadUserInputError(`${argument}: no anime with id ${unknown.map((u) => `"${u}"`).join(', ')}.`, argument);
      return ids.map((id) => catalog.get(id)!);
    };
    return this.suggest(indexes, resolve(liked, 'liked'), resolve(disliked, 'disliked'), filter, first, false);
  }

  private async suggest(
    { catalog, vectors }: SearchIndexes,
    liked: Anime[],
    disliked: Anime[],
    filter: AnimeFilter | null | undefined,
    first: number,
    excludeSameFranchise: boolean,
  ): Promise<Suggestion[]> {
    const predicate = compileFilter(filter);
    const story =
      vectors &&
      (await storyScores(
        vectors,
        catalog,
        liked,
        disliked,
        filter,
        [...liked, ...disliked].map((a) => a.id),
      ));
    const tags = tagScores(catalog, liked, disliked);
    // Scored by ordinal in typed arrays: a similar-titles query weighs thousands of candidates.
    const storyOf = new Float64Array(catalog.size).fill(NaN);
    const withStory: number[] = [];
    for (const [id, similarity] of story ?? []) {
      const ordinal = catalog.get(id)?.ordinal;
      if (ordinal === undefined) continue;
      storyOf[ordinal] = similarity;
      withStory.push(ordinal);
    }
    const excludedOrdinals = new Set([...liked, ...disliked].map((a) => a.ordinal));
    const scores = new Float64Array(catalog.size);
    /** The candidates whose score can reach `floor`, scored. */
    const score = (ordinals: readonly number[], floor: number): number[] => {
      const scored: number[] = [];
      for (const ordinal of ordinals) {
        const storySimilarity = storyOf[ordinal];
        const tagScore = tags.score[ordinal];
        if (Number.isNaN(storySimilarity) && (tagScore === 0 || WEIGHTS.tags * tagScore + WEIGHTS.prior < floor)) continue;
        const anime = catalog.animes[ordinal];
        if (excludedOrdinals.has(ordinal) || (predicate && !predicate(anime))) continue;
        scores[ordinal] = WEIGHTS.story * (storySimilarity || 0) + WEIGHTS.tags * tagScore + WEIGHTS.prior * catalogPrior(anime);
        scored.push(ordinal);
      }
      return scored;
    };
    const shortlist = 3 * first + 10;
    const storied = score(withStory, -Infinity);
    // An anime without a story score can reach no more than its tags allow: below the shortlist's
    // floor among the storied ones, most of them need no scoring at all.
    const floor = storied.length >= shortlist ? scores[best(storied, scores, shortlist).at(-1)!] : -Infinity;
    const tagged = tags.touched.filter((ordinal) => Number.isNaN(storyOf[ordinal]));
    const scored = [...storied, ...score(tagged, floor)];
    // Only the best are explained (which liked anime, which tags, why); a few more than asked for are
    // ranked, in case the franchise filter leaves some out (when it leaves too many out, all are).
    const explain = (ranked: number[]) => {
      const suggestions: Suggestion[] = [];
      for (const ordinal of ranked) {
        if (suggestions.length === first) break;
        const anime = catalog.animes[ordinal];
        if (excludeSameFranchise && liked.some((l) => sameFranchise(l, anime))) continue;
        const because = closest(anime, liked);
        const sharedTags = anime.tags.filter((tag) => because.tags.includes(tag));
        const storySimilarity = Number.isNaN(storyOf[ordinal]) ? null : storyOf[ordinal];
        const reasons = reasonsFor(sharedTags, because, storySimilarity);
        suggestions.push({ anime, score: scores[ordinal], storySimilarity, sharedTags, because, reasons });
      }
      return suggestions;
    };
    const suggestions = explain(best(scored, scores, shortlist));
    if (suggestions.length === first || scored.length <= shortlist) return suggestions;
    return explain(best([...storied, ...score(tagged, -Infinity)], scores, Infinity));
  }
}

/** The `k` best of the ordinals by their scores, best first (ties in catalog order). */
function best(ordinals: number[], scores: Float64Array, k: number): number[] {
  let top = ordinals;
  if (ordinals.length > k) {
    const threshold = Float64Array.from(ordinals, (o) => scores[o]).sort()[ordinals.length - k];
    top = ordinals.filter((o) => scores[o] >= threshold);
  }
  return [...top].sort((a, b) => scores[b] - scores[a] || a - b);
}

/** Cosine of each candidate's doc vector to the preference vector: liked minus half the disliked. */
async function storyScores(
  index: VectorIndex,
  catalog: Catalog,
  liked: Anime[],
  disliked: Anime[],
  filter: AnimeFilter | null | undefined,
  exclude: string[],
): Promise<Map<string, number> | undefined> {
  const vectors = async (animes: Anime[]) =>
    (await Promise.all(animes.map((a) => index.docVector(a.id)))).filter((v): v is Float32Array => v !== undefined);
  const [likes, dislikes] = await Promise.all([vectors(liked), vectors(disliked)]);
  if (likes.length === 0) return undefined;
  const preference = new Float32Array(likes[0].length);
  for (const v of likes) v.forEach((x, i) => (preference[i] += x / likes.length));
  for (const v of dislikes) v.forEach((x, i) => (preference[i] -= (0.5 * x) / dislikes.length));
  const hits = await index.search({
    vector: normalize(preference),
    limit: DENSE_CANDIDATES,
    filter,
    lookup: (id) => catalog.get(id),
    exclude,
    docsOnly: true,
  });
  return new Map(hits.map((hit) => [hit.animeId, hit.doc]));
}

function closest(anime: Anime, liked: Anime[]): Anime {
  let best = liked[0];
  let bestShared = -1;
  for (const candidate of liked) {
    const shared = candidate.tags.filter((tag) => anime.tags.includes(tag)).length;
    if (shared > bestShared) [best, bestShared] = [candidate, shared];
  }
  return best;
}

function reasonsFor(sharedTags: string[], because: Anime, story: number | null): string[] {
  const reasons: string[] = [];
  if (sharedTags.length) {
    const named = sharedTags.slice(0, 3).join(', ');
    reasons.push(`shares tags ${named}${sharedTags.length > 3 ? ` (+${sharedTags.length - 3} more)` : ''} with ${because.title}`);
  }
  if (story !== null && story >= 0.35) reasons.push(`its story is close to ${because.title}'s (similarity ${story.toFixed(2)})`);
  return reasons;
}
