// Image search as configured: which CLIP model, where posters and their vectors are kept, the limits
// a poster and a user's picture are held to.
import type { Config } from '../../../lib/config.js';
import { loadClipEmbedder } from '../../../lib/embeddings/clip.embedder.js';
import type { Logger } from '../../../lib/logger.js';
import { createVectorStore, type SemanticConfig } from '../semantic/create-semantic-models.js';
import type { ImageReadOptions } from './image-argument.js';
import { ImageIndex } from './image-index.js';
import { Posters } from './posters.js';

export type ImageConfig = SemanticConfig &
  Pick<
    Config,
    | 'IMAGE_SEARCH'
    | 'CLIP_MODEL'
    | 'CLIP_DTYPE'
    | 'POSTER_CACHE_DIR'
    | 'POSTER_CONCURRENCY'
    | 'POSTER_HOST_RATE'
    | 'IMAGE_MAX_BYTES'
    | 'IMAGE_MAX_PIXELS'
    | 'IMAGE_FETCH_TIMEOUT_MS'
    | 'IMAGE_FETCH_ALLOW_HOSTS'
  >;

export async function createImageIndex(config: ImageConfig, log: Logger): Promise<ImageIndex> {
  const limits = { maxBytes: config.IMAGE_MAX_BYTES, maxPixels: config.IMAGE_MAX_PIXELS };
  // Posters and users' pictures are embedded by the vision tower alone.
  const model = {
    model: config.CLIP_MODEL,
    modelDir: config.MODEL_DIR,
    dtype: config.CLIP_DTYPE,
    maxPixels: limits.maxPixels,
    texts: false,
  };
  const index = new ImageIndex({
    model: config.CLIP_MODEL,
    loadEmbedder: () => loadClipEmbedder(model),
    loadBuildEmbedder: () => loadClipEmbedder({ ...model, workers: config.EMBEDDING_WORKERS, background: true }),
    posters: new Posters({
      cacheDir: config.POSTER_CACHE_DIR,
      concurrency: config.POSTER_CONCURRENCY,
      perHostPerSecond: config.POSTER_HOST_RATE,
      maxBytes: limits.maxBytes,
      timeoutMs: config.IMAGE_FETCH_TIMEOUT_MS,
    }),
    // One vector per anime (33 MB for 16k posters at 512 dimensions): kept in fp32 whatever VECTOR_PRECISION,
    // as int8's rounding is coarser than the gaps between near-identical posters (a poster's own anime
    // came first for 92% of 10,000 posters in int8, for all of them in fp32).
    store: await createVectorStore({ ...config, VECTOR_PRECISION: 'fp32' }, config.CLIP_MODEL, log),
    cacheDir: config.VECTOR_CACHE_DIR,
    limits,
    log,
  });
  if (!config.IMAGE_SEARCH) index.disable('IMAGE_SEARCH=false');
  return index;
}

/** How a user's picture is read. */
export function imageReading(config: ImageConfig): ImageReadOptions {
  return {
    maxBytes: config.IMAGE_MAX_BYTES,
    maxPixels: config.IMAGE_MAX_PIXELS,
    allowHosts: new Set(config.IMAGE_FETCH_ALLOW_HOSTS ?? []),
    timeoutMs: config.IMAGE_FETCH_TIMEOUT_MS,
  };
}
