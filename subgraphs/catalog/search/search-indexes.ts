// Everything search needs for one catalog, built together and served together: the title index,
// the tags/synopsis word index, the text vectors and the poster vectors. A reload's set is swapped in
// whole once every part is built, so a search never mixes two catalogs; only the first catalog serves
// before its set is complete (titles first, the word index and the vectors join the same set as they
// are built). Posters are the exception on a reload too: those the cache holds serve with the set at
// once, and the index with the new ones replaces them when they are fetched and embedded (network
// bound: a catalog is never held back for them).
import type { Logger } from '../../../lib/logger.js';
import type { Catalog } from '../catalog/catalog.js';
import type { ImageIndex } from '../image/image-index.js';
import { ContentIndex } from '../lexical/content-index.js';
import { TitleIndex } from '../lexical/title-index.js';
import type { ModelVectors } from '../semantic/dense-fusion.js';
import { SupersededError } from '../semantic/build-queue.js';
import type { SemanticModels } from '../semantic/semantic-models.js';
import type { VectorIndex } from '../semantic/vector-store.js';
import { franchisesOf } from './franchise.js';

interface Parts {
  words?: ContentIndex;
  vectors: readonly ModelVectors[];
  images?: VectorIndex;
}

export class SearchIndexes {
  private parts: Parts = { vectors: [] };
  private retired = false;

  constructor(
    readonly catalog: Catalog,
    readonly titles: TitleIndex,
  ) {}

  /** Tags and synopses, by word; undefined until built. */
  get words(): ContentIndex | undefined {
    return this.parts.words;
  }

  /** Each model's vectors, in the configured order; none until the first is built, or without a model. */
  get vectors(): readonly ModelVectors[] {
    return this.parts.vectors;
  }

  /** The posters' vectors (CLIP); undefined until built, or without a CLIP model. */
  get images(): VectorIndex | undefined {
    return this.parts.images;
  }

  /** Adds a part built after the set began serving; a set already replaced frees it instead. */
  join(part: Partial<Parts>): void {
    if (this.retired) return retireParts(part);
    // The posters' index of this catalog, rebuilt with new posters: the one it replaces is freed.
    if (part.images && this.parts.images && part.images !== this.parts.images) this.parts.images.retire();
    this.parts = {
      words: part.words ?? this.parts.words,
      vectors: [...this.parts.vectors, ...(part.vectors ?? [])],
      images: part.images ?? this.parts.images,
    };
  }

  /** Replaced by a newer set: frees its vectors once their searches are answered. */
  retire(): void {
    this.retired = true;
    retireParts(this.parts);
  }
}

function retireParts(part: Partial<Parts>): void {
  for (const { index } of part.vectors ?? []) index.retire();
  part.images?.retire();
}

/** What builds the parts that embed: the text models and the posters' model. */
export interface Embedding {
  semantic: SemanticModels;
  images: ImageIndex;
}

export interface BuildOptions {
  /** Nothing serves yet: answer with the titles at once and let the other parts join as they are built. */
  first: boolean;
  /** Hears each part that joins a first set later. */
  onJoined: () => void;
}

/** Builds a catalog's index set; the old set keeps serving until this one settles. */
export async function buildSearchIndexes(
  catalog: Catalog,
  { semantic, images }: Embedding,
  log: Logger,
  options: BuildOptions,
): Promise<SearchIndexes> {
  // The franchises (~90 ms on the full catalog) are grouped now, not on the first search that needs them.
  franchisesOf(catalog);
  if (options.first) {
    // The title index, which /ready waits for, gets the second core to itself before the word index.
    const titles = TitleIndex.build(catalog, { background: false }).then((index) => new SearchIndexes(catalog, index));
    const joined = (part: Parameters<SearchIndexes['join']>[0]) =>
      void titles.then(
        (set) => {
          set.join(part);
          options.onJoined();
        },
        // No title index, no set: the vectors go unserved.
        () => retireParts(part),
      );
    // The vectors start at once, beside the title index (a warm start reads them from disk meanwhile);
    // each model's serve as soon as they are built.
    const text = semantic
      .vectorsFor(catalog, (vectors) => joined({ vectors: [vectors] }))
      .catch(
        (error: Error) => error instanceof SupersededError || log.error({ err: error }, 'the first catalog serves without semantic search'),
      );
    const set = await titles;
    // The posters the cache holds serve at once; the others are fetched and embedded after the text
    // vectors (both builds would share the same two cores), and their index replaces the first.
    let built = false;
    images.cachedVectorsFor(catalog).then(
      (index) => (built ? index?.retire() : index && joined({ images: index })),
      (error: Error) => log.error({ err: error }, 'the cached poster vectors could not be read'),
    );
    images
      .vectorsFor(catalog, text)
      .then((index) => {
        built = true;
        if (index) joined({ images: index });
      })
      .catch(
        (error: Error) => error instanceof SupersededError || log.error({ err: error }, 'the first catalog serves without image search'),
      );
    ContentIndex.build(catalog).then(
      (words) => joined({ words }),
      (error: Error) => log.error({ err: error }, 'building the word index failed; search uses titles and meaning only'),
    );
    return set;
  }
  // The vectors start at once, beside the title index, and so do the posters the cache already holds.
  // Pictures never hold a catalog back: the new posters are fetched and embedded once the set serves.
  const vectors = semantic.vectorsFor(catalog);
  const posters = images.cachedVectorsFor(catalog).catch((error: Error) => {
    log.error({ err: error }, 'the cached poster vectors could not be read');
    return undefined;
  });
  try {
    const [titles, words, index] = await Promise.all([
      TitleIndex.build(catalog, { background: true }),
      ContentIndex.build(catalog),
      vectors,
    ]);
    const set = new SearchIndexes(catalog, titles);
    set.join({ words, vectors: index, images: await posters });
    images
      .vectorsFor(catalog)
      .then((index) => {
        if (!index) return;
        set.join({ images: index });
        options.onJoined();
      })
      .catch(
        (error: Error) => error instanceof SupersededError || log.error({ err: error }, 'new posters of the catalog are not searchable'),
      );
    return set;
  } catch (error) {
    // The other parts may still arrive; what they hold goes with them.
    vectors.then(
      (index) => index.forEach((v) => v.index.retire()),
      () => undefined,
    );
    void posters.then((index) => index?.retire());
    throw error;
  }
}
