export interface EmbedOptions {
  /** Hears each batch done: `count` items from index `first` of the input. */
  onProgress?: (count: number, first: number) => void;
  /** Stops the work at the next batch (the promise rejects). */
  signal?: AbortSignal;
}

/** A document given as consecutive segments (its sentences), some of which want a vector of their own. */
export interface EmbedDocument {
  segments: string[];
  /** Indexes into `segments`. */
  pooled: number[];
}

export interface DocumentVectors {
  doc: Float32Array;
  /** One per pooled segment, in order: undefined where the model's token limit cut the segment off. */
  segments: (Float32Array | undefined)[];
}

/** What a loaded model is: its id (vectors of different ids never mix), its card, its size. */
export interface EmbeddingModelInfo {
  /** The model as configured ("Xenova/bge-small-en-v1.5"). */
  model: string;
  /** The model, its weights, pooling, length and (when it has any) a hash of its prefixes. */
  modelId: string;
  pooling: 'MEAN' | 'CLS';
  queryPrefix: string;
  documentPrefix: string;
  dimensions: number;
  /** Tokens read per text: EMBEDDING_MAX_TOKENS, or less when the model takes less. */
  maxTokens: number;
}

/** Turns texts into unit-length vectors; one model, loaded once. */
export interface Embedder {
  /** Names the model and its settings; vectors from different ids never mix. */
  readonly modelId: string;
  readonly dimensions: number;
  readonly info: EmbeddingModelInfo;
  /** One normalized vector per document text (with the card's document prefix), in order. Texts longer than the model's length are truncated. */
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
  /** One normalized vector per query, with the card's query prefix. */
  embedQueries(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
  /**
   * One model pass per document: its vector (as `embed` of the whole text gives) and, for each pooled
   * segment, the mean of that segment's tokens as the model read them in the document ("late chunking").
   */
  embedDocuments(documents: readonly EmbedDocument[], options?: EmbedOptions): Promise<DocumentVectors[]>;
  close(): Promise<void>;
}

export class EmbedderUnavailableError extends Error {}

export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

export function normalize(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] /= norm;
  return vector;
}
