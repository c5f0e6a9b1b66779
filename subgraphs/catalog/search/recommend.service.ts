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
    const excluded = new Set([...liked, ...disliked].map((a) => a.id));
    const story = vectors && (await storyScores(vectors, catalog, liked, disliked, filter, [...excluded]));
    const profile = tagProfile(liked, disliked);
    const suggestions: Suggestion[] = [];
    for (const anime of catalog.animes) {
      if (excluded.has(anime.id) || (predicate && !predicate(anime))) continue;
      if (excludeSameFranchise && liked.some((l) => sameFranchise(l, anime))) continue;
      const storySimilarity = story?.get(anime.id) ?? null;
      const tags = tagScore(anime, profile);
      if (storySimilarity === null && tags === 0) continue;
      const because = closest(anime, liked);
      const sharedTags = anime.tags.filter((tag) => because.tags.includes(tag));
      const score = WEIGHTS.story * (storySimilarity ?? 0) + WEIGHTS.tags * tags + WEIGHTS.prior * catalogPrior(anime);
      suggestions.push({ anime, score, storySimilarity, sharedTags, because, reasons: reasonsFor(sharedTags, because, storySimilarity) });
    }
    return suggestions.sort((a, b) => b.score - a.score).slice(0, first);
  }
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
  });
  return new Map(hits.map((hit) => [hit.animeId, hit.doc]));
}

interface TagProfile {
  /** Per tag: the share of liked anime with it, less half the share of disliked ones. */
  weights: Map<string, number>;
  /** The sum of the positive weights. */
  positive: number;
}

function tagProfile(liked: Anime[], disliked: Anime[]): TagProfile {
  const weights = new Map<string, number>();
  for (const anime of liked) for (const tag of anime.tags) weights.set(tag, (weights.get(tag) ?? 0) + 1 / liked.length);
  for (const anime of disliked) for (const tag of anime.tags) weights.set(tag, (weights.get(tag) ?? 0) - 0.5 / disliked.length);
  const positive = [...weights.values()].reduce((sum, w) => sum + Math.max(0, w), 0);
  return { weights, positive };
}

/** Weighted overlap of the anime's tags with the profile, in [0, 1] (a Jaccard-like ratio). */
function tagScore(anime: Anime, { weights, positive }: TagProfile): number {
  let shared = 0;
  let unshared = 0;
  for (const tag of anime.tags) {
    const weight = weights.get(tag);
    if (weight === undefined) unshared++;
    else shared += weight;
  }
  const union = positive + unshared;
  return union === 0 ? 0 : Math.max(0, shared / union);
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
