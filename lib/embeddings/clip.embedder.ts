// Pictures and words in one vector space: a CLIP model (CLIP_MODEL) in worker threads of its own, or
// in child processes for an index build (`background`). An image is given as its file's bytes,
// already checked (lib/images/image-input.ts); one that cannot be decoded gets no vector.
import { EmbedderUnavailableError, type EmbedOptions } from './embedder.js';
import { ModelWorker, runInBatches, startWorkers } from './model-worker.js';

export interface ClipEmbedderOptions {
  /** Hub model id, or a folder name below `modelDir`: "Xenova/clip-vit-base-patch32". */
  model: string;
  modelDir?: string;
  dtype?: 'fp32' | 'fp16' | 'q8';
  workers?: number;
  background?: boolean;
  /** Images per model call. */
  batchSize?: number;
  /** Decoded pixels an image may have (IMAGE_MAX_PIXELS); one with more gets no vector. */
  maxPixels?: number;
  /** Load the text tower too (true by default); without it embedTexts fails, and the model takes less memory. */
  texts?: boolean;
}

export interface ClipEmbedder {
  /** The model and its weights: vectors of different ids never mix. */
  readonly modelId: string;
  readonly dimensions: number;
  /** One unit vector per image, in order; undefined for an image that could not be decoded. */
  embedImages(images: readonly Uint8Array[], options?: EmbedOptions): Promise<(Float32Array | undefined)[]>;
  /** One unit vector per text, in the images' space. */
  embedTexts(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
  close(): Promise<void>;
}

const WORKER_URL = new URL('./clip.worker.mjs', import.meta.url);

export async function loadClipEmbedder(options: ClipEmbedderOptions): Promise<ClipEmbedder> {
  const settings = {
    model: options.model,
    modelDir: options.modelDir,
    dtype: options.dtype ?? 'fp32',
    maxPixels: options.maxPixels ?? 40_000_000,
    texts: options.texts ?? true,
  };
  const { workers, ready } = await startWorkers(options.workers ?? 1, () =>
    ModelWorker.start(WORKER_URL, settings, options.background ?? false, (reason) => {
      const where = options.modelDir ? `in ${options.modelDir}` : 'from the Hugging Face hub';
      const hint = options.modelDir ? '' : ' (set MODEL_DIR to a folder that holds it)';
      return new EmbedderUnavailableError(`Cannot load the CLIP model ${options.model} ${where}: ${reason}${hint}.`);
    }),
  );
  const { modelId, dimensions } = ready;
  const batchSize = options.batchSize ?? 8;
  const rows = <T>(vectors: Float32Array, batch: T[]) => batch.map((_, i) => vectors.subarray(i * dimensions, (i + 1) * dimensions));
  return {
    modelId,
    dimensions,
    embedImages: (images, embedOptions = {}) =>
      runInBatches(
        workers,
        batchSize,
        images,
        (batch) => ({ images: batch }),
        (vectors, batch) => rows(vectors, batch).map((v) => (Number.isNaN(v[0]) ? undefined : v)),
        embedOptions,
      ),
    embedTexts: (texts, embedOptions = {}) => runInBatches(workers, batchSize, texts, (batch) => ({ texts: batch }), rows, embedOptions),
    async close() {
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}
