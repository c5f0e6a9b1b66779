// Sentence embeddings with transformers.js (onnxruntime-node): the model's last hidden state,
// mean-pooled over the attention mask and L2-normalized, as sentence-transformers computes them.
import type { PreTrainedModel, PreTrainedTokenizer, Tensor } from '@huggingface/transformers';
import { EmbedderUnavailableError, type Embedder } from './embedder.js';

export interface TransformersEmbedderOptions {
  /** Hub model id, or a folder name below `modelDir`: "Xenova/all-MiniLM-L6-v2". */
  model: string;
  /** A local folder in transformers.js's layout; without it the model comes from the Hugging Face hub. */
  modelDir?: string;
  /** ONNX weights to load: q8 is the int8 file most Xenova models ship. */
  dtype?: 'q8' | 'fp32' | 'fp16' | 'int8' | 'uint8' | 'q4';
  /** Tokens kept per text (the model's own limit is used when it is smaller). */
  maxTokens: number;
  /** Texts per model call. */
  batchSize?: number;
}

export async function loadTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  // Loaded here, not at start-up: the native runtime is only paid for when semantic search is on,
  // and a machine where it cannot load still serves lexical search.
  let transformers: typeof import('@huggingface/transformers');
  try {
    transformers = await import('@huggingface/transformers');
  } catch (error) {
    throw new EmbedderUnavailableError(`transformers.js cannot load on this machine: ${(error as Error).message}`);
  }
  const { env, AutoModel, AutoTokenizer, mean_pooling } = transformers;
  env.allowLocalModels = options.modelDir !== undefined;
  env.allowRemoteModels = options.modelDir === undefined;
  if (options.modelDir) env.localModelPath = options.modelDir.endsWith('/') ? options.modelDir : `${options.modelDir}/`;

  let tokenizer: PreTrainedTokenizer;
  let model: PreTrainedModel;
  const dtype = options.dtype ?? 'q8';
  try {
    [tokenizer, model] = await Promise.all([
      AutoTokenizer.from_pretrained(options.model),
      // Without the memory arena onnxruntime frees each batch's buffers: the arena would keep the
      // largest batch's (hundreds of MB after long documents) for the life of the server.
      // Nor spinning: onnxruntime's idle threads would otherwise busy-wait after every query
      // embedding, taking the cores the server needs for everything else.
      AutoModel.from_pretrained(options.model, {
        dtype,
        session_options: { enableCpuMemArena: false, extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } } },
      }),
    ]);
  } catch (error) {
    const where = options.modelDir ? `in ${options.modelDir}` : 'from the Hugging Face hub';
    throw new EmbedderUnavailableError(
      `Cannot load the embedding model ${options.model} ${where}: ${(error as Error).message}. ` +
        'Set MODEL_DIR to a local copy of the model (transformers.js layout) to run offline.',
    );
  }
  const maxTokens = Math.min(options.maxTokens, tokenizer.model_max_length ?? Infinity);
  const batchSize = options.batchSize ?? 32;

  const embedBatch = async (texts: string[]): Promise<Float32Array[]> => {
    const inputs = tokenizer(texts, { padding: true, truncation: true, max_length: maxTokens }) as Record<string, Tensor>;
    const output = (await model(inputs)) as Record<string, Tensor>;
    const pooled = mean_pooling(output.last_hidden_state, inputs.attention_mask).normalize(2, -1);
    const [rows, dims] = pooled.dims as [number, number];
    const data = pooled.data as Float32Array;
    const vectors = Array.from({ length: rows }, (_, row) => data.slice(row * dims, (row + 1) * dims));
    // Tensors hold native memory the garbage collector does not see: free it now, or a build of
    // thousands of batches grows the process by gigabytes before a collection comes.
    for (const tensor of [...Object.values(inputs), ...Object.values(output), pooled]) tensor.dispose();
    return vectors;
  };
  const [probe] = await embedBatch(['dimension probe']);

  return {
    modelId: `${options.model}@${dtype}/mean/${maxTokens}`,
    dimensions: probe.length,
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        vectors.push(...(await embedBatch(texts.slice(start, start + batchSize))));
      }
      return vectors;
    },
    async close() {
      await model.dispose();
    },
  };
}
