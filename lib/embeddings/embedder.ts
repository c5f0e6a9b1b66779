/** Turns texts into unit-length vectors; one model, loaded once. */
export interface Embedder {
  /** Names the model and its settings; vectors from different ids never mix. */
  readonly modelId: string;
  readonly dimensions: number;
  /** One normalized vector per text, in order. Texts longer than the model's length are truncated. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
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
