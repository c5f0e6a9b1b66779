// Catalog search: lexical (titles with typo tolerance, tags and synopsis words), semantic (the
// query's vector against each anime's synopsis, sentences and titles) and their blend (hybrid).
import { LRUCache } from 'lru-cache';
import { BadUserInputError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import type { SemanticIndex } from '../semantic/semantic-index.js';
import type { DenseHit } from '../semantic/vector-store.js';
import type { Anime } from './anime.js';
import { compileFilter, type AnimeFilter } from './anime-filter.js';
import type { Catalog } from './catalog.js';
import type { CatalogStore } from './catalog.store.js';
import { ContentIndex, type ContentMatch } from './content-index.js';
import { catalogPrior } from './prior.js';
import { blend, type Signals } from './ranking.js';
import { SearchMode } from './search-mode.js';
import type { TitleMatch } from './title-index.js';

export const MAX_QUERY_LENGTH = 500;

export interface SearchRequest {
  query: string;
  filter?: AnimeFilter | null;
  first: number;
  /** Hits to skip (from the `after` cursor). */
  offset?: number;
  mode?: SearchMode;
}

export interface SearchHit {
  anime: Anime;
  score: number;
  matchedName: string | null;
  matchedFields: string[];
  components: Signals;
}

export interface SearchResult {
  hits: SearchHit[];
  totalCount: number;
  /** The mode the hits were ranked in: lexical when semantic search was asked but is not available. */
  mode: SearchMode;
  warnings: string[];
}

const TITLE_CANDIDATES = 60;
const CONTENT_CANDIDATES = 100;
const DENSE_CANDIDATES = 100;
/** Lexical candidates whose vectors are scored even when the vector search did not rank them. */
const CROSS_SCORED = 30;
/** Hits kept per ranked query; pages beyond come from the same list. */
const RANKED_LIMIT = 100;

/** Rejects queries no search can answer, with a message that says what to change. */
export function validateQuery(query: string): string {
  const trimmed = query.trim();
  if (!trimmed) throw new BadUserInputError('query must not be empty.', 'query');
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(`query must be at most ${MAX_QUERY_LENGTH} characters (got ${trimmed.length}).`, 'query');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(trimmed)) {
    throw new BadUserInputError('query must not contain control characters.', 'query');
  }
  return trimmed;
}

type Ranked = Omit<SearchResult, 'hits'> & { hits: SearchHit[] };

export class SearchService {
  private content: { catalog: Catalog; index: ContentIndex } | undefined;
  private readonly results = new LRUCache<string, Ranked>({ max: 1_000 });
  private readonly changeListeners: (() => void)[] = [];

  constructor(
    private readonly store: CatalogStore,
    readonly semantic: SemanticIndex,
    private readonly log: Logger,
  ) {}

  /** Whether tags and synopses of the served catalog are searchable by word yet. */
  get contentIndexed(): boolean {
    return this.content?.catalog === this.store.snapshot().catalog;
  }

  /** `listener` hears whenever search answers may have changed (a catalog or an index swapped in). */
  onAnswersChanged(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /**
   * Builds what search needs beyond the title index for a catalog just read, in the background:
   * the vectors at once, beside the title index, the word index once the catalog serves (the title
   * index comes first: on two cores, a third builder would delay it). Each swaps in once `served`
   * says the catalog serves, and is dropped when its load failed: the old indexes keep serving.
   */
  async catalogLoaded(catalog: Catalog, served: Promise<boolean>): Promise<void> {
    // The word index builds in its own worker thread, beside the vectors.
    const words = served.then(async (ok) => {
      if (!ok) return;
      const index = await ContentIndex.build(catalog);
      if (this.store.snapshot().catalog === catalog) this.content = { catalog, index };
      this.answersChanged();
    });
    const vectors = this.semantic.rebuild(catalog, served).then(() => this.answersChanged());
    if (await served) this.answersChanged();
    await Promise.all([words, vectors]);
  }

  private answersChanged(): void {
    this.results.clear();
    for (const listener of this.changeListeners) listener();
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const query = validateQuery(request.query);
    const mode = request.mode ?? SearchMode.HYBRID;
    const { catalog } = this.store.snapshot();
    const key = JSON.stringify([catalog.loadedAt.getTime(), query, request.filter ?? null, mode]);
    let ranked = this.results.get(key);
    if (!ranked) {
      ranked = await this.rank(query, request.filter, mode);
      // A lexical answer given while the vectors build would outlive them in the cache.
      if (ranked.warnings.length === 0) this.results.set(key, ranked);
    }
    const offset = request.offset ?? 0;
    return { ...ranked, hits: ranked.hits.slice(offset, offset + request.first) };
  }

  private async rank(query: string, filter: AnimeFilter | null | undefined, mode: SearchMode): Promise<Ranked> {
    const { catalog, titles } = this.store.snapshot();
    const predicate = compileFilter(filter);
    const warnings: string[] = [];
    let used = mode;
    const fallBack = (why: string) => {
      used = SearchMode.LEXICAL;
      warnings.push(`Semantic search is not available (${why}); these are lexical results.`);
    };

    let embedding: Promise<Float32Array | undefined> = Promise.resolve(undefined);
    if (mode !== SearchMode.LEXICAL) {
      if (!this.semantic.ready) fallBack((await this.semantic.status()).reason ?? 'no semantic index');
      else
        embedding = this.semantic
          .embedQuery(query)
          .catch((error: Error) => void fallBack(`the query could not be embedded: ${error.message}`));
    }
    const lexical = () => ({
      titleMatches: titles.search(query, predicate, TITLE_CANDIDATES).matches,
      contentMatches: this.content?.catalog === catalog ? this.content.index.search(query, predicate, CONTENT_CANDIDATES, catalog) : [],
    });
    // The query embeds in a worker thread while the word indexes are searched here.
    let { titleMatches, contentMatches } = used === SearchMode.SEMANTIC ? { titleMatches: [], contentMatches: [] } : lexical();
    const vector = await embedding;
    if (!vector && mode === SearchMode.SEMANTIC && used === SearchMode.LEXICAL) ({ titleMatches, contentMatches } = lexical());

    let dense: DenseHit[] = [];
    if (vector && used !== SearchMode.LEXICAL) {
      const alsoScore = [
        ...titleMatches.slice(0, CROSS_SCORED).map((m) => m.anime.id),
        ...contentMatches.slice(0, CROSS_SCORED).map((m) => catalog.animes[m.ordinal].id),
      ];
      try {
        dense = await this.semantic.store.search({ vector, limit: DENSE_CANDIDATES, filter, lookup: (id) => catalog.get(id), alsoScore });
      } catch (error) {
        this.log.warn({ err: error }, 'vector search failed; answering with lexical results');
        fallBack(`the vector store failed: ${(error as Error).message}`);
        if (mode === SearchMode.SEMANTIC) ({ titleMatches, contentMatches } = lexical());
      }
    }
    const hits = this.merge(catalog, used, titleMatches, contentMatches, dense);
    return { hits: hits.slice(0, RANKED_LIMIT), totalCount: hits.length, mode: used, warnings };
  }

  private merge(catalog: Catalog, mode: SearchMode, titleMatches: TitleMatch[], content: ContentMatch[], dense: DenseHit[]): SearchHit[] {
    const byId = new Map<string, { anime: Anime; title?: TitleMatch; content?: ContentMatch; dense?: DenseHit }>();
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
        semantic: vector ? Math.max(vector.doc, vector.sentence, vector.title) : 0,
        prior: catalogPrior(anime),
      };
      return {
        anime,
        score: blend(mode, signals),
        matchedName: title ? title.matchedName : null,
        matchedFields: [...(title?.matchedFields ?? []), ...(words?.fields ?? []), ...(vector ? semanticFields(vector) : [])],
        components: signals,
      };
    });
    return hits.sort((a, b) => b.score - a.score || a.anime.ordinal - b.anime.ordinal);
  }
}

/** Which of the anime's vectors the query came closest to, said as the field it was made from. */
function semanticFields(hit: DenseHit): string[] {
  const best = Math.max(hit.doc, hit.sentence, hit.title);
  if (best === hit.title) return ['title (meaning)'];
  if (best === hit.sentence) return ['synopsis sentence (meaning)'];
  return ['synopsis (meaning)'];
}
