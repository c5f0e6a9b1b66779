// "What to watch next": anime like one anime (similar) or like a set of liked ones and unlike the
// disliked (recommendations), by story (doc vectors) and tags, each result saying why. For a signed-in
// caller without liked ones, their taste stands in: the anime their linked lists rate well are liked,
// their favourite tags and studios lift what has them, and nothing they have seen is suggested.
import { normalize } from '../../../lib/embeddings/embedder.js';
import { BadUserInputError, NotFoundError } from '../../../lib/errors.js';
import type { Anime } from '../catalog/anime.js';
import { compileFilter, type AnimeFilter } from '../catalog/anime-filter.js';
import type { Catalog } from '../catalog/catalog.js';
import { CatalogSite } from '../catalog/sites.js';
import type { CatalogStore } from '../catalog/catalog.store.js';
import { catalogPrior } from '../catalog/prior.js';
import type { VectorIndex } from '../semantic/vector-store.js';
import { franchisesOf } from './franchise.js';
import { tagScores } from './tag-profile.js';
import type { SearchIndexes } from './search-indexes.js';
import type { ViewerTaste } from './viewer-taste.js';

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
const WEIGHTS = { story: 0.65, tags: 0.35, prior: 0.05, favourites: 0.1 };
/** The most liked anime of a taste that recommendations start from (its best first). */
const MAX_TASTE_LIKED = 25;

/** What a caller's taste adds to a recommendation: what to leave out, and what to lift. */
interface TasteTerms {
  /** Anime never suggested (the ones seen). */
  exclude: Anime[];
  favouriteTags: ReadonlySet<string>;
  favouriteStudios: ReadonlySet<string>;
  excludedTags: ReadonlySet<string>;
}

const NO_TASTE: TasteTerms = { exclude: [], favouriteTags: new Set(), favouriteStudios: new Set(), excludedTags: new Set() };

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

  /** Recommendations from a caller's taste (their linked lists and preferences), and the anime they disliked here. */
  async forTaste(taste: ViewerTaste, disliked: string[], filter: AnimeFilter | null | undefined, first: number): Promise<Suggestion[]> {
    const { catalog, indexes } = this.store.snapshot();
    const unknown = disliked.filter((id) => !catalog.get(id));
    if (unknown.length) throw new BadUserInputError(`disliked: no anime with id ${unknown.map((u) => `"${u}"`).join(', ')}.`, 'disliked');
    const liked = unique(taste.likedAnime.flatMap((ref) => animeOf(catalog, ref))).slice(0, MAX_TASTE_LIKED);
    if (liked.length === 0) {
      throw new BadUserInputError(
        'Your linked lists name no anime you rated well that the catalog has: give liked, or link an AniList or MyAnimeList account (linkPlatformAccount).',
        'liked',
      );
    }
    const likedIds = new Set(liked.map((a) => a.id));
    const dislikedAnime = unique([
      ...taste.dislikedAnime.flatMap((ref) => animeOf(catalog, ref)),
      ...disliked.map((id) => catalog.get(id)!),
    ]).filter((a) => !likedIds.has(a.id));
    const lower = (list: string[]) => new Set(list.map((t) => t.toLowerCase()));
    const terms: TasteTerms = {
      exclude: taste.seenAnime.flatMap((ref) => animeOf(catalog, ref)),
      favouriteTags: lower(taste.favouriteTags),
      favouriteStudios: lower(taste.favouriteStudios),
      excludedTags: lower(taste.excludedTags),
    };
    return this.suggest(indexes, liked, dislikedAnime, filter, first, false, terms);
  }

  private async suggest(
    { catalog, vectors }: SearchIndexes,
    liked: Anime[],
    disliked: Anime[],
    filter: AnimeFilter | null | undefined,
    first: number,
    excludeSameFranchise: boolean,
    taste: TasteTerms = NO_TASTE,
  ): Promise<Suggestion[]> {
    const predicate = compileFilter(filter);
    const franchises = franchisesOf(catalog);
    const left = [...liked, ...disliked, ...taste.exclude];
    // Stories are compared by the first model's vectors: one vector space for a taste's mean.
    const story =
      vectors[0] &&
      (await storyScores(
        vectors[0].index,
        catalog,
        liked,
        disliked,
        filter,
        unique(left).map((a) => a.id),
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
    const excludedOrdinals = new Set(left.map((a) => a.ordinal));
    const lift = favouritesLift(taste);
    const scores = new Float64Array(catalog.size);
    /** The candidates whose score can reach `floor`, scored. */
    const score = (ordinals: readonly number[], floor: number): number[] => {
      const scored: number[] = [];
      for (const ordinal of ordinals) {
        const storySimilarity = storyOf[ordinal];
        const tagScore = tags.score[ordinal];
        if (Number.isNaN(storySimilarity) && (tagScore === 0 || WEIGHTS.tags * tagScore + WEIGHTS.prior + lift.max < floor)) continue;
        const anime = catalog.animes[ordinal];
        if (excludedOrdinals.has(ordinal) || (predicate && !predicate(anime)) || lift.excluded(anime)) continue;
        scores[ordinal] =
          WEIGHTS.story * (storySimilarity || 0) + WEIGHTS.tags * tagScore + WEIGHTS.prior * catalogPrior(anime) + lift.of(anime);
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
        if (excludeSameFranchise && liked.some((l) => franchises.same(l, anime))) continue;
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

const unique = (animes: Anime[]) => [...new Map(animes.map((a) => [a.id, a])).values()];

const REF_SITES: Record<string, CatalogSite> = { anilist: CatalogSite.ANILIST, mal: CatalogSite.MYANIMELIST };

/** The catalog's anime of a platform reference ("anilist:21", "mal:1535"), if it has it. */
function animeOf(catalog: Catalog, ref: string): Anime[] {
  const [prefix, id] = ref.split(':', 2);
  const anime = REF_SITES[prefix] && id ? catalog.bySource(REF_SITES[prefix], id) : undefined;
  return anime ? [anime] : [];
}

/** How much a taste's favourite tags (up to three of them) and studios lift an anime, and which tags leave it out. */
function favouritesLift({ favouriteTags, favouriteStudios, excludedTags }: TasteTerms) {
  const active = favouriteTags.size > 0 || favouriteStudios.size > 0;
  return {
    max: active ? WEIGHTS.favourites : 0,
    excluded: (anime: Anime) => excludedTags.size > 0 && anime.tags.some((tag) => excludedTags.has(tag)),
    of(anime: Anime): number {
      if (!active) return 0;
      const tags = Math.min(3, anime.tags.filter((tag) => favouriteTags.has(tag)).length) / 3;
      const studio = anime.studios.some((studio) => favouriteStudios.has(studio.toLowerCase())) ? 1 : 0;
      return WEIGHTS.favourites * (0.7 * tags + 0.3 * studio);
    },
  };
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
  const { hits } = await index.search({
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
