// Where one model's vectors of the catalog live and how they are searched: in process (default), in Qdrant or in PostgreSQL (pgvector).
import type { Anime } from '../catalog/anime.js';
import type { AnimeFilter } from '../catalog/anime-filter.js';

/** Every vector of one anime. All vectors are unit length, so a dot product is the cosine. */
export interface AnimeVectors {
  animeId: string;
  /** Title + synopsis; or, without a synopsis, a short title/type/tags text that counts less (weight < 1). */
  doc: Float32Array;
  docWeight: number;
  /** One per synopsis sentence. */
  sentences: Float32Array[];
  /** One per distinct title and alias. */
  titles: Float32Array[];
  /** The fields an AnimeFilter looks at, for stores that filter themselves (Qdrant payload). */
  payload: FilterPayload;
}

export interface FilterPayload {
  type: string;
  status: string;
  season: string;
  year: number | null;
  episodes: number;
  /** Catalog score (arithmetic-geometric mean) or null. */
  score: number | null;
  tags: string[];
  /** Lower-cased. */
  studios: string[];
}

/** Best cosine of the query against each kind of vector of one anime (doc already weighted); -1 where it has none of a kind. */
export interface DenseHit {
  animeId: string;
  doc: number;
  sentence: number;
  title: number;
}

/**
 * A query's hits, with where its scores sit: each model's cosines have a range of their own (bge's
 * crowd near 0.5, MiniLM's near 0.1), so the scores of different models are compared as deviations
 * from their mean (search/dense-fusion.ts).
 */
export interface DenseResult {
  hits: DenseHit[];
  /** Mean and standard deviation of the weighted doc scores: over every anime searched (embedded store), or over the candidates (Qdrant). */
  mean: number;
  deviation: number;
}

export interface DenseQuery {
  vector: Float32Array;
  /** How many anime to return, best `max(doc, sentence, title)` first. */
  limit: number;
  filter?: AnimeFilter | null;
  /** The current catalog: hits for anime it no longer has are dropped, and the filter is checked on it. */
  lookup: (animeId: string) => Anime | undefined;
  /** Anime to score whatever their rank (candidates found by other signals); they count toward no limit. */
  alsoScore?: readonly string[];
  exclude?: readonly string[];
  /** Score doc vectors only (sentence and title scores are -1): all that similar titles read. */
  docsOnly?: boolean;
}

/** One catalog's vectors, searchable: what an index set holds (see search/search-indexes.ts). */
export interface VectorIndex {
  search(query: DenseQuery): Promise<DenseResult>;
  /** The doc vector of one anime (for similar titles and recommendations). */
  docVector(animeId: string): Promise<Float32Array | undefined>;
  /** How many anime have vectors. */
  count(): Promise<number>;
  /** No longer served: frees what it holds once the searches already asked of it are answered. */
  retire(): void;
}

export interface VectorStore {
  readonly name: 'embedded' | 'qdrant' | 'pgvector';
  /**
   * Loads a catalog's vectors and answers with them. The embedded store keeps each load apart: the
   * index it gave before keeps answering until retired. Qdrant and pgvector write into one collection
   * or table in place, so their indexes are that collection or table. pgvector writes a load in one
   * transaction: a search sees the old vectors or the new. With Qdrant, a search during a load may see
   * old and new points mixed (both valid vectors).
   */
  load(animes: readonly AnimeVectors[], dimensions: number): Promise<VectorIndex>;
  close(): Promise<void>;
}

export function filterPayload(anime: Anime): FilterPayload {
  return {
    type: anime.type,
    status: anime.status,
    season: anime.season,
    year: anime.year,
    episodes: anime.episodes,
    score: anime.score?.arithmeticGeometricMean ?? null,
    tags: anime.tags.map((tag) => tag.toLowerCase()),
    studios: anime.studios.map((studio) => studio.toLowerCase()),
  };
}
