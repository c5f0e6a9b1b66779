// Sentence embeddings with transformers.js, computed outside the event loop (transformers.worker.mjs):
// in a worker thread, or in child processes for index builds (`background`); batches go to whichever
// worker is free, so several embed in parallel while the server keeps answering.
import { createHash } from 'node:crypto';
import {
  EmbedderUnavailableError,
  type DocumentVectors,
  type EmbedDocument,
  type EmbeddingModelInfo,
  type EmbedOptions,
  type Embedder,
} from './embedder.js';
import { readModelCard, type CardOverrides, type ModelCard } from './model-card.js';
import { ModelWorker, runInBatches, startWorkers } from './model-worker.js';

export interface TransformersEmbedderOptions {
  /** Hub model id, or a folder name below `modelDir`: "Xenova/all-MiniLM-L6-v2". */
  model: string;
  /** A local folder in transformers.js's layout; without it the model comes from the Hugging Face hub. */
  modelDir?: string;
  /** ONNX weights to load: q8 is the int8 file most Xenova models ship. */
  dtype?: 'q8' | 'fp32' | 'fp16' | 'int8' | 'uint8' | 'q4';
  /** Tokens kept per text (the model's own limit is used when it is smaller). */
  maxTokens: number;
  /** What overrides the model's card (EMBEDDING_POOLING, EMBEDDING_QUERY_PREFIX, EMBEDDING_DOCUMENT_PREFIX). */
  card?: CardOverrides;
  /** Texts per model call: small batches of similar length keep the model's working set in cache. */
  batchSize?: number;
  /** Worker threads, one model (and one core) each. */
  workers?: number;
  /**
   * An index build: child processes (their memory goes back to the system when the build ends) at a
   * lower OS priority than the server's own threads.
   */
  background?: boolean;
}

type Work = { texts: string[]; kind: 'query' | 'document' } | { documents: EmbedDocument[] };

const WORKER_URL = new URL('./transformers.worker.mjs', import.meta.url);

/** Starts one worker of the model. */
function startWorker(options: TransformersEmbedderOptions, card: ModelCard) {
  const settings = {
    model: options.model,
    modelDir: options.modelDir,
    dtype: options.dtype ?? 'q8',
    maxTokens: options.maxTokens,
    background: options.background ?? false,
    card,
  };
  return ModelWorker.start(WORKER_URL, settings, options.background ?? false, (reason) => {
    const where = options.modelDir ? `in ${options.modelDir}` : 'from the Hugging Face hub';
    return new EmbedderUnavailableError(
      `Cannot load the embedding model ${options.model} ${where}: ${reason}. ` +
        'Set MODEL_DIR to a local copy of the model (transformers.js layout) to run offline.',
    );
  });
}

/**
 * The id vectors are kept under: the worker's (model, weights, pooling, length) and, for a model with
 * prefixes, a hash of them, so that a change of the card re-embeds. A model without prefixes keeps
 * the id it always had.
 */
function idOf(workerId: string, card: ModelCard): string {
  if (!card.queryPrefix && !card.documentPrefix) return workerId;
  const hash = createHash('sha256')
    .update(JSON.stringify([card.queryPrefix, card.documentPrefix]))
    .digest('hex')
    .slice(0, 8);
  return `${workerId}/prefixes-${hash}`;
}

export async function loadTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  const card = await readModelCard(options.model, options.modelDir, options.card);
  const { workers, ready: first } = await startWorkers(options.workers ?? 1, () => startWorker(options, card));
  const { dimensions } = first;
  const modelId = idOf(first.modelId, card);
  const info: EmbeddingModelInfo = {
    model: options.model,
    modelId,
    pooling: card.pooling,
    queryPrefix: card.queryPrefix,
    documentPrefix: card.documentPrefix,
    dimensions,
    maxTokens: first.maxTokens,
  };
  const batchSize = options.batchSize ?? 8;

  const inBatches = <T, R>(
    items: readonly T[],
    work: (batch: T[]) => Work,
    take: (rows: Float32Array, batch: T[]) => R[],
    embedOptions: EmbedOptions,
  ) => runInBatches(workers, batchSize, items, work, take, embedOptions);
  const row = (rows: Float32Array, i: number) => rows.subarray(i * dimensions, (i + 1) * dimensions);

  const texts =
    (kind: 'query' | 'document') =>
    (items: readonly string[], embedOptions: EmbedOptions = {}) =>
      inBatches(
        items,
        (batch) => ({ texts: batch, kind }),
        (rows, batch) => batch.map((_, i) => row(rows, i)),
        embedOptions,
      );

  return {
    modelId,
    dimensions,
    info,
    embed: texts('document'),
    embedQueries: texts('query'),
    embedDocuments(documents, embedOptions = {}) {
      const take = (rows: Float32Array, batch: EmbedDocument[]): DocumentVectors[] => {
        let at = 0;
        return batch.map(({ pooled }) => {
          const doc = row(rows, at++);
          const segments = pooled.map(() => row(rows, at++)).map((v) => (Number.isNaN(v[0]) ? undefined : v));
          return { doc, segments };
        });
      };
      return inBatches(documents, (batch) => ({ documents: batch }), take, embedOptions);
    },
    async close() {
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}
