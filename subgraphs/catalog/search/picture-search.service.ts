// Search by a picture: its CLIP vector against the posters' (searchByImage), or blended with a text
// query's ranking (search with `image`). The picture is read within the image rules first; without an
// image index, searchByImage is SERVICE_NOT_READY and a blend answers by its text, with a warning.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { BadUserInputError, ServiceNotReadyError } from '../../../lib/errors.js';
import type { AnimeFilter } from '../catalog/anime-filter.js';
import type { Catalog } from '../catalog/catalog.js';
import type { CatalogStore } from '../catalog/catalog.store.js';
import { checkImageInput, imageInputError, readImageInput, type ImageInputValue, type ImageReadOptions } from '../image/image-argument.js';
import { ImagesUnavailable, type ImageIndex, type ImageStatus } from '../image/image-index.js';
import type { DenseHit } from '../semantic/vector-store.js';
import { franchisesOf } from './franchise.js';
import { blendWithImage, imageHits } from './image-ranking.js';
import { collapseFranchises } from './main-entry-first.js';
import type { SearchIndexes } from './search-indexes.js';
import { SearchMode } from './search-mode.js';
import type { SearchRequest, SearchResult, SearchService } from './search.service.js';

export interface PictureRequest {
  image: ImageInputValue;
  filter?: AnimeFilter | null;
}

export interface BlendRequest extends SearchRequest {
  image: ImageInputValue;
  /** The picture's share, 0 to 1 (0.5 by default): at 1 the picture alone decides. */
  imageWeight?: number;
}

const IMAGE_CANDIDATES = 100;
/** Text hits whose posters are scored against the picture whatever their rank. */
const CROSS_SCORED = 100;

export class PictureSearch {
  private readonly results = new LRUCache<string, SearchResult>({ max: 200 });

  constructor(
    private readonly store: CatalogStore<SearchIndexes>,
    private readonly images: ImageIndex,
    private readonly reading: ImageReadOptions,
    private readonly text: SearchService,
  ) {
    text.onAnswersChanged(() => this.results.clear());
  }

  /** As the served index set has it: READY when its posters serve (a build of new ones may run meanwhile). */
  async status(): Promise<ImageStatus & { posters: number }> {
    const own = this.images.status();
    const served = this.store.snapshot().indexes.images;
    if (served) return { ...own, state: 'READY', reason: null, posters: await served.count() };
    // Built for a catalog whose set is not serving yet.
    if (own.state === 'READY') return { ...own, state: 'BUILDING', reason: 'the image index is building', posters: 0 };
    return { ...own, posters: 0 };
  }

  /** The anime whose posters look most like the picture, closest first. */
  async searchByImage(request: PictureRequest): Promise<SearchResult> {
    // A URL is not fetched for a search that cannot be answered; what is wrong with the input is still told.
    if (!this.store.snapshot().indexes.images) {
      checkImageInput(request.image, this.reading);
      throw new ServiceNotReadyError(`Image search is not available: ${this.unavailable()}.`);
    }
    const picture = await readImageInput(request.image, this.reading);
    const { catalog, indexes } = this.store.snapshot();
    const key = JSON.stringify([catalog.loadedAt.getTime(), digest(picture.bytes), request.filter ?? null]);
    let ranked = this.results.get(key);
    if (!ranked) {
      const dense = await this.posterHits(indexes, picture.bytes, request.filter, []);
      if (!dense) throw new ServiceNotReadyError(`Image search is not available: ${this.unavailable()}.`);
      ranked = { hits: imageHits(catalog, dense), mode: SearchMode.SEMANTIC, warnings: [] };
      this.results.set(key, ranked);
    }
    return ranked;
  }

  /** The text query's ranking and the picture's, blended by imageWeight. */
  async search(request: BlendRequest): Promise<SearchResult> {
    const weight = request.imageWeight ?? 0.5;
    if (!(weight >= 0 && weight <= 1)) throw new BadUserInputError(`imageWeight must be from 0 to 1 (got ${weight}).`, 'imageWeight');
    const { query, filter, mode, collapseFranchise } = request;
    const text = await this.text.search({ ...request, collapseFranchise: false });
    const { catalog, indexes } = this.store.snapshot();
    if (!indexes.images) {
      checkImageInput(request.image, this.reading);
      return collapsed(this.withoutPicture(text), collapseFranchise, catalog);
    }
    const picture = await readImageInput(request.image, this.reading);
    const key = JSON.stringify([catalog.loadedAt.getTime(), query, filter ?? null, mode ?? null, digest(picture.bytes), weight]);
    let ranked = this.results.get(key);
    if (!ranked) {
      const alsoScore = text.hits.slice(0, CROSS_SCORED).map((hit) => hit.anime.id);
      const dense = await this.posterHits(indexes, picture.bytes, filter, alsoScore);
      if (!dense) return collapsed(this.withoutPicture(text), collapseFranchise, catalog);
      ranked = { ...text, hits: blendWithImage(catalog, text.hits, dense, weight) };
      // A text answer given while the vectors build would outlive them in the cache.
      if (ranked.warnings.length === 0) this.results.set(key, ranked);
    }
    return collapsed(ranked, collapseFranchise, catalog);
  }

  /** The text's answer, saying why the picture played no part. */
  private withoutPicture(text: SearchResult): SearchResult {
    const warning = `Image search is not available (${this.unavailable()}); these hits rank by the query alone.`;
    return { ...text, warnings: [...text.warnings, warning] };
  }

  private unavailable(): string {
    return this.images.status().reason ?? 'the image index is building';
  }

  /**
   * The posters closest to the picture, and those of `alsoScore` whatever their rank; undefined
   * without an image index. A picture that passed its checks but does not decode is the caller's error.
   */
  private async posterHits(
    indexes: SearchIndexes,
    bytes: Buffer,
    filter: AnimeFilter | null | undefined,
    alsoScore: readonly string[],
  ): Promise<DenseHit[] | undefined> {
    const posters = indexes.images;
    if (!posters) return undefined;
    const vector = await this.images.embed(bytes).catch((error: Error) => {
      if (error instanceof ImagesUnavailable) return null;
      throw error;
    });
    if (vector === null) return undefined;
    if (!vector) throw imageInputError('image could not be decoded: its data is damaged past its header.');
    const { catalog } = indexes;
    const query = { vector, limit: IMAGE_CANDIDATES, filter, lookup: (id: string) => catalog.get(id), alsoScore, docsOnly: true };
    try {
      return (await posters.search(query)).hits;
    } catch (error) {
      // A newer index set retired these posters' vectors meanwhile: ask its own.
      const newer = this.store.snapshot().indexes.images;
      if (!newer || newer === posters) throw error;
      return (await newer.search(query)).hits;
    }
  }
}

const digest = (bytes: Buffer) => createHash('sha1').update(bytes).digest('base64');

/** One hit per franchise when asked for. */
function collapsed(result: SearchResult, collapse: boolean | undefined, catalog: Catalog): SearchResult {
  return collapse ? { ...result, hits: collapseFranchises(result.hits, franchisesOf(catalog)) } : result;
}
