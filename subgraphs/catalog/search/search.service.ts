// Catalog search: lexical (titles with typo tolerance, tags and synopsis words), semantic (the
// query's vector by each model against each anime's synopsis, sentences and titles, fused) and their
// blend (hybrid). Search by a picture is picture-search.service.ts.
import { LRUCache } from 'lru-cache';
import { BadUserInputError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import type { Anime } from '../catalog/anime.js';
import { compileFilter, type AnimeFilter } from '../catalog/anime-filter.js';
import type { Catalog } from '../catalog/catalog.js';
import type { CatalogStore } from '../catalog/catalog.store.js';
import { catalogPrior } from '../catalog/prior.js';
import type { ContentMatch } from '../lexical/content-index.js';
import type { TitleMatch } from '../lexical/title-index.js';
import { fusedSearch, type FusedHit } from '../semantic/dense-fusion.js';
import type { SemanticModels, SemanticStatus } from '../semantic/semantic-models.js';
import type { VectorIndex } from '../semantic/vector-store.js';
import { franchisesOf } from './franchise.js';
import { collapseFranchises, mainEntriesFirst } from './main-entry-first.js';
import { blend, type Signals } from './ranking.js';
import type { SearchHit } from './search-hit.js';
import type { SearchIndexes } from './search-indexes.js';
import { SearchMode } from './search-mode.js';

export const MAX_QUERY_LENGTH = 500;

export interface SearchRequest {
  query: string;
  filter?: AnimeFilter | null;
  mode?: SearchMode;
  /** One hit per franchise, the other entries that matched under it. */
  collapseFranchise?: boolean;
}

export interface SearchResult {
  /** Every hit the ranking found, best first; a page is a slice of them. */
  hits: SearchHit[];
  /** The mode the hits were ranked in: lexical when semantic search was asked but is not available. */
  mode: SearchMode;
  warnings: string[];
}

const TITLE_CANDIDATES = 60;
const CONTENT_CANDIDATES = 100;
const DENSE_CANDIDATES = 100;
/** Lexical candidates whose vectors are scored even when the vector search did not rank them. */
const CROSS_SCORED = 30;

/** Rejects text no search can answer (`argument` names it), with a message that says what to change. */
export function validateQuery(query: string, argument = 'query'): string {
  const trimmed = query.trim();
  if (!trimmed) throw new BadUserInputError(`${argument} must not be empty.`, argument);
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(`${argument} must be at most ${MAX_QUERY_LENGTH} characters (got ${trimmed.length}).`, argument);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(trimmed)) {
    throw new BadUserInputError(`${argument} must not contain control characters.`, argument);
  }
  return trimmed;
}

export interface SearchStatus extends SemanticStatus {
  /** The best mode available now. */
  mode: SearchMode;
  wordIndexReady: boolean;
}

export class SearchService {
  private readonly results = new LRUCache<string, SearchResult>({ max: 1_000 });
  private readonly changeListeners: (() => void)[] = [];

  constructor(
    private readonly store: CatalogStore<SearchIndexes>,
    private readonly semantic: SemanticModels,
    private readonly log: Logger,
  ) {}

  /** `listener` hears whenever search answers may have changed (a catalog or an index swapped in). */
  onAnswersChanged(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /** A new index set serves, or a part joined the serving one. */
  answersChanged(): void {
    this.results.clear();
    for (const listener of this.changeListeners) listener();
  }

  /** What search can do now, and why not more. */
  async status(): Promise<SearchStatus> {
    const { indexes } = this.store.snapshot();
    const [first] = indexes.vectors;
    const semantic = this.semantic.status();
    const hybrid = first !== undefined && this.semantic.canEmbed;
    return {
      ...semantic,
      mode: hybrid ? SearchMode.HYBRID : SearchMode.LEXICAL,
      wordIndexReady: indexes.words !== undefined,
      animes: first ? await first.index.count() : 0,
    };
  }

  /** The whole ranking of a query (cached per catalog and index set): the caller pages through it. */
  async search(request: SearchRequest): Promise<SearchResult> {
    const query = validateQuery(request.query);
    const mode = request.mode ?? SearchMode.HYBRID;
    const { catalog, indexes } = this.store.snapshot();
    const collapse = request.collapseFranchise ?? false;
    const key = JSON.stringify([catalog.loadedAt.getTime(), query, request.filter ?? null, mode, collapse]);
    let ranked = this.results.get(key);
    if (!ranked) {
      ranked = await this.rank(indexes, query, request.filter, mode);
      // A newer index set was swapped in meanwhile and retired the vectors this query held: ask the new one.
      if (ranked.warnings.length > 0 && this.store.snapshot().indexes !== indexes) return this.search(request);
      if (collapse) ranked = { ...ranked, hits: collapseFranchises(ranked.hits, franchisesOf(catalog)) };
      // A lexical answer given while the vectors build would outlive them in the cache.
      if (ranked.warnings.length === 0) this.results.set(key, ranked);
    }
    return ranked;
  }

  private async rank(
    indexes: SearchIndexes,
    query: string,
    filter: AnimeFilter | null | undefined,
    mode: SearchMode,
  ): Promise<SearchResult> {
    const { catalog, titles, words, vectors: models } = indexes;
    const predicate = compileFilter(filter);
    const warnings: string[] = [];
    let used = mode;
    const fallBack = (why: string) => {
      used = SearchMode.LEXICAL;
      warnings.push(`Semantic search is not available (${why}); these are lexical results.`);
    };

    // Each model's vector of the query, paired with that model's vectors of the catalog.
    let embedding: Promise<{ index: VectorIndex; vector: Float32Array }[] | undefined> = Promise.resolve(undefined);
    if (mode !== SearchMode.LEXICAL) {
      if (models.length === 0 || !this.semantic.canEmbed) fallBack(this.semantic.status().reason ?? 'the semantic index is building');
      else
        embedding = this.semantic
          .embedQuery(
            query,
            models.map((m) => m.model),
          )
          .then(({ vectors, failures }) => {
            const runs = models.flatMap((m, i) => (vectors[i] ? [{ index: m.index, vector: vectors[i] }] : []));
            if (runs.length === 0) return void fallBack(`the query could not be embedded: ${failures.join('; ')}`);
            if (failures.length) warnings.push(`Semantic search went without some of its models (${failures.join('; ')}).`);
            return runs;
          });
    }
    const lexical = () => ({
      titleMatches: titles.search(query, predicate, TITLE_CANDIDATES).matches,
      contentMatches: words?.search(query, predicate, CONTENT_CANDIDATES, catalog) ?? [],
    });
    // The query embeds in worker threads (one per model) while the word indexes are searched here.
    let { titleMatches, contentMatches } = used === SearchMode.SEMANTIC ? { titleMatches: [], contentMatches: [] } : lexical();
    const runs = await embedding;
    if (!runs && mode === SearchMode.SEMANTIC && used === SearchMode.LEXICAL) ({ titleMatches, contentMatches } = lexical());

    let dense: FusedHit[] = [];
    if (runs && used !== SearchMode.LEXICAL) {
      const alsoScore = [
        ...titleMatches.slice(0, CROSS_SCORED).map((m) => m.anime.id),
        ...contentMatches.slice(0, CROSS_SCORED).map((m) => catalog.animes[m.ordinal].id),
      ];
      try {
        dense = await fusedSearch(runs, { limit: DENSE_CANDIDATES, filter, lookup: (id) => catalog.get(id), alsoScore });
      } catch (error) {
        this.log.warn({ err: error }, 'vector search failed; answering with lexical results');
        fallBack(`the vector store failed: ${(error as Error).message}`);
        if (mode === SearchMode.SEMANTIC) ({ titleMatches, contentMatches } = lexical());
      }
    }
    const hits = mainEntriesFirst(this.merge(catalog, used, titleMatches, contentMatches, dense), query, franchisesOf(catalog));
    return { hits, mode: used, warnings };
  }

  private merge(catalog: Catalog, mode: SearchMode, titleMatches: TitleMatch[], content: ContentMatch[], dense: FusedHit[]): SearchHit[] {
    const byId = new Map<string, { anime: Anime; title?: TitleMatch; content?: ContentMatch; dense?: FusedHit }>();
    const entry = (anime: Anime) => byId.get(anime.id) ?? byId.set(anime.id, { anime }).get(anime.id)!;
    for (const match of titleMatches) entry(match.anime).title = match;
    for (const match of content) entry(catalog.animes[match.ordinal]).content = match;
    for (const hit of dense) {
      const anime = catalog.get(hit.animeId);
      if (anime) entry(anime).dense = hit;
    }
    const hits = [...byId.values()].map(({ anime, title, content: words, dense: vector }) => {
      const signals: Signals = {
        title: title?.title ?? 0,
        titleWords: title?.lexical ?? 0,
        lexical: words?.score ?? 0,
        semantic: vector?.semantic ?? 0,
        prior: catalogPrior(anime),
      };
      return {
        anime,
        score: blend(mode, signals),
        matchedName: title ? title.matchedName : null,
        matchedFields: [...(title?.matchedFields ?? []), ...(words?.fields ?? []), ...(vector ? [SEMANTIC_FIELDS[vector.field]] : [])],
        components: { ...signals, image: 0 },
      };
    });
    // An anime one of whose names is the query itself comes before any that merely mentions it.
    const named = new Set(titleMatches.filter((match) => match.exact).map((match) => match.anime.id));
    const rank = (hit: SearchHit) => (named.has(hit.anime.id) ? 1 : 0);
    return hits.sort((a, b) => rank(b) - rank(a) || b.score - a.score || a.anime.ordinal - b.anime.ordinal);
  }
}

/** Which of the anime's vectors the query came closest to, said as the field it was made from. */
const SEMANTIC_FIELDS = { title: 'title (meaning)', sentence: 'synopsis sentence (meaning)', doc: 'synopsis (meaning)' } as const;
