// @ts-check
// One sentence encoder outside the server's event loop (transformers.js on onnxruntime-node):
// onnxruntime runs a model call on the calling thread and blocks it until done. Queries are embedded
// in a worker thread; index builds in child processes, whose memory (models, onnxruntime's arenas)
// goes back to the system when they exit. Plain JavaScript: both load it as it is, from the sources
// under test and from dist/ alike.
//
// Pooling as the model's card says (model-card.ts): the mean over the attention mask, or the first
// (CLS) token; then L2 normalization, as sentence-transformers computes them. Queries and documents
// get the card's prefixes.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';

/** @typedef {{ pooling: 'MEAN' | 'CLS', queryPrefix: string, documentPrefix: string, maxTokens: number | null }} Card */
/** @typedef {{ model: string, modelDir?: string, dtype: string, maxTokens: number, background: boolean, card: Card }} Options */

// In a worker thread, the options come as workerData; in a child process, as its first message.
/** @type {(message: unknown, transfer?: ArrayBuffer[]) => void} */
const send = parentPort ? (message, transfer) => parentPort?.postMessage(message, transfer) : (message) => process.send?.(message);
/** @type {(listener: (message: any) => void) => void} */
const receive = (listener) => void (parentPort ? parentPort.on('message', listener) : process.on('message', listener));
/** @type {Options} */
const options = parentPort ? workerData : await new Promise((resolve) => process.once('message', resolve));

const card = options.card;
if (options.background) lowerThisThreadsPriority();
// A child process outlives nothing: when the server goes, so does it.
if (!parentPort) process.once('disconnect', () => process.exit(0));

try {
  const encoder = await load();
  send({ type: 'ready', modelId: encoder.modelId, dimensions: encoder.dimensions, maxTokens: encoder.maxTokens });
  receive(
    async (
      /** @type {{ id: number, texts?: string[], kind?: 'query' | 'document', documents?: Document[] }} */ { id, texts, kind, documents },
    ) => {
      try {
        const vectors = texts
          ? await encoder.embed(texts.map((text) => (kind === 'query' ? card.queryPrefix : card.documentPrefix) + text))
          : await encoder.embedDocuments(/** @type {Document[]} */ (documents));
        send({ type: 'vectors', id, vectors }, [/** @type {ArrayBuffer} */ (vectors.buffer)]);
      } catch (error) {
        send({ type: 'error', id, message: /** @type {Error} */ (error).message });
      }
    },
  );
} catch (error) {
  send({ type: 'failed', message: /** @type {Error} */ (error).message });
}

/**
 * @typedef {{ segments: string[], pooled: number[] }} Document
 * The text of a document in consecutive segments (its sentences), and the segments that want a vector of their own.
 */

async function load() {
  const { env, AutoModel, AutoTokenizer, Tensor, mean_pooling } = await import('@huggingface/transformers');
  env.allowLocalModels = options.modelDir !== undefined;
  env.allowRemoteModels = options.modelDir === undefined;
  if (options.modelDir) env.localModelPath = options.modelDir.endsWith('/') ? options.modelDir : `${options.modelDir}/`;
  const [tokenizer, model] = await Promise.all([
    AutoTokenizer.from_pretrained(options.model),
    // One thread per worker: two workers with one thread each embed ~40% more per second on two
    // cores than one model with two threads (measured here), and leave the scheduling to the OS.
    AutoModel.from_pretrained(options.model, {
      dtype: /** @type {any} */ (options.dtype),
      session_options: { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' },
    }),
  ]);
  const maxTokens = Math.min(options.maxTokens, card.maxTokens ?? Infinity, tokenizer.model_max_length ?? Infinity);

  /** @param {string[]} texts  @returns {Promise<Float32Array>} rows of unit vectors, one per text */
  const embed = async (texts) => {
    const inputs = tokenizer(texts, { padding: true, truncation: true, max_length: maxTokens });
    const output = await model(inputs);
    const pooled =
      card.pooling === 'CLS'
        ? output.last_hidden_state.slice(null, 0, null).normalize(2, -1)
        : mean_pooling(output.last_hidden_state, inputs.attention_mask).normalize(2, -1);
    const vectors = new Float32Array(/** @type {Float32Array} */ (pooled.data));
    // Tensors hold native memory the garbage collector does not see: free it now, or thousands of
    // batches grow the process by gigabytes before a collection comes.
    for (const tensor of [...Object.values(inputs), ...Object.values(output), pooled]) tensor.dispose();
    return vectors;
  };
  const [cls, sep] = tokenizer.encode('');

  /**
   * One model pass per document gives the document's vector (pooled as the card says) and, for a
   * mean-pooled model, a vector for each pooled segment (mean over that segment's tokens, which saw
   * the whole document: "late chunking"). A pooled segment cut off by the token limit gets no vector,
   * and neither does any under a CLS model: the mean of some of its tokens is not what it was trained to give.
   * @param {Document[]} documents
   * @returns {Promise<Float32Array>} per document its vector, then one per pooled segment that fits; a NaN row for one that does not
   */
  const embedDocuments = async (documents) => {
    /** @type {(number[] | null)[][]} */
    const spans = [];
    /** @type {number[][]} */
    const ids = [];
    const prefix = card.documentPrefix ? tokenizer.encode(card.documentPrefix, { add_special_tokens: false }) : [];
    for (const { segments, pooled } of documents) {
      const tokens = [cls, ...prefix];
      const ranges = segments.map((segment) => {
        const from = tokens.length;
        tokens.push(...tokenizer.encode(segment, { add_special_tokens: false }));
        return [from, tokens.length];
      });
      tokens.length = Math.min(tokens.length, maxTokens - 1);
      tokens.push(sep);
      ids.push(tokens);
      spans.push(pooled.map((i) => (card.pooling === 'MEAN' && ranges[i][1] < tokens.length ? ranges[i] : null)));
    }
    const length = Math.max(...ids.map((t) => t.length));
    const inputIds = new BigInt64Array(ids.length * length);
    const mask = new BigInt64Array(ids.length * length);
    ids.forEach((tokens, row) =>
      tokens.forEach((token, i) => {
        inputIds[row * length + i] = BigInt(token);
        mask[row * length + i] = 1n;
      }),
    );
    const dims = [ids.length, length];
    const inputs = {
      input_ids: new Tensor('int64', inputIds, dims),
      attention_mask: new Tensor('int64', mask, dims),
      token_type_ids: new Tensor('int64', new BigInt64Array(ids.length * length), dims),
    };
    const output = await model(inputs);
    const hidden = /** @type {Float32Array} */ (output.last_hidden_state.data);
    const width = output.last_hidden_state.dims[2];
    const rows = spans.reduce((n, s) => n + 1 + s.length, 0);
    const vectors = new Float32Array(rows * width);
    let row = 0;
    spans.forEach((pooled, doc) => {
      const whole = card.pooling === 'CLS' ? [0, 1] : [0, ids[doc].length];
      for (const span of [whole, ...pooled]) {
        const out = vectors.subarray(row * width, ++row * width);
        if (!span) out.fill(NaN);
        else meanInto(out, hidden, (doc * length + span[0]) * width, span[1] - span[0], width);
      }
    });
    for (const tensor of [...Object.values(inputs), ...Object.values(output)]) tensor.dispose();
    return vectors;
  };

  const probe = await embed(['dimension probe']);
  return {
    modelId: `${options.model}@${options.dtype}/${card.pooling.toLowerCase()}/${maxTokens}`,
    dimensions: probe.length,
    maxTokens,
    embed,
    embedDocuments,
  };
}

/** `out` = the unit-length mean of `count` consecutive rows of `width` floats in `data` from `offset`. */
function meanInto(
  /** @type {Float32Array} */ out,
  /** @type {Float32Array} */ data,
  /** @type {number} */ offset,
  /** @type {number} */ count,
  /** @type {number} */ width,
) {
  for (let r = 0; r < count; r++) for (let j = 0; j < width; j++) out[j] += data[offset + r * width + j];
  let norm = 0;
  for (let j = 0; j < width; j++) norm += out[j] * out[j];
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < width; j++) out[j] /= norm;
}

/**
 * Index builds run at a lower priority than the server: on Linux a thread is a task of its own
 * (`/proc/thread-self` names it, in a child process too), and setpriority on its id renices that
 * thread, and the threads it starts later. Elsewhere the build runs at normal priority.
 */
function lowerThisThreadsPriority() {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId)) setPriority(threadId, 10);
  } catch {
    // not Linux, or not permitted: keep the normal priority
  }
}
