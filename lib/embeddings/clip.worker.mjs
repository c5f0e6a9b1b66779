// @ts-check
// A CLIP model (transformers.js: its vision and text towers with their projections) outside the
// server's event loop, in a worker thread or a child process (model-worker.ts). Images come as their
// file's bytes and are decoded by sharp straight to the model's square (cover, then the processor's
// center crop and CLIP's mean and deviation), refusing more than `maxPixels` decoded: a few bytes can
// declare a frame of gigapixels, or a 1 x 40,000 strip that a shortest-side resize would blow up to
// gigabytes. Texts are tokenized to the model's length. Every vector is L2-normalized. An image that
// cannot be decoded gets a row of NaN, so that the rest of its batch is still embedded.
import { parentPort, workerData } from 'node:worker_threads';

/** @typedef {{ model: string, modelDir?: string, dtype: string, maxPixels: number, texts: boolean }} Options */

/** @type {(message: unknown, transfer?: ArrayBuffer[]) => void} */
const send = parentPort ? (message, transfer) => parentPort?.postMessage(message, transfer) : (message) => process.send?.(message);
/** @type {(listener: (message: any) => void) => void} */
const receive = (listener) => void (parentPort ? parentPort.on('message', listener) : process.on('message', listener));
/** @type {Options} */
const options = parentPort ? workerData : await new Promise((resolve) => process.once('message', resolve));
if (!parentPort) process.once('disconnect', () => process.exit(0));

try {
  const clip = await load();
  send({ type: 'ready', modelId: `${options.model}@${options.dtype}`, dimensions: clip.dimensions, maxTokens: clip.maxTokens });
  receive(async (/** @type {{ id: number, images?: Uint8Array[], texts?: string[] }} */ { id, images, texts }) => {
    try {
      const vectors = images ? await clip.embedImages(images) : await clip.embedTexts(/** @type {string[]} */ (texts));
      send({ type: 'vectors', id, vectors }, [/** @type {ArrayBuffer} */ (vectors.buffer)]);
    } catch (error) {
      send({ type: 'error', id, message: /** @type {Error} */ (error).message });
    }
  });
} catch (error) {
  send({ type: 'failed', message: /** @type {Error} */ (error).message });
}

async function load() {
  const { env, AutoProcessor, AutoTokenizer, CLIPVisionModelWithProjection, CLIPTextModelWithProjection, RawImage } =
    await import('@huggingface/transformers');
  const sharp = (await import('sharp')).default;
  env.allowLocalModels = options.modelDir !== undefined;
  env.allowRemoteModels = options.modelDir === undefined;
  if (options.modelDir) env.localModelPath = options.modelDir.endsWith('/') ? options.modelDir : `${options.modelDir}/`;
  const settings = {
    dtype: /** @type {any} */ (options.dtype),
    session_options: { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: /** @type {const} */ ('sequential') },
  };
  // The text tower only when texts are to be embedded: image search needs the vision tower alone.
  const [processor, tokenizer, vision, text] = await Promise.all([
    AutoProcessor.from_pretrained(options.model),
    AutoTokenizer.from_pretrained(options.model),
    CLIPVisionModelWithProjection.from_pretrained(options.model, settings),
    options.texts ? CLIPTextModelWithProjection.from_pretrained(options.model, settings) : undefined,
  ]);
  const config = /** @type {any} */ (vision.config);
  const dimensions = Number(config.projection_dim ?? config.vision_config?.projection_dim);
  const maxTokens = Number(tokenizer.model_max_length ?? 77);
  const crop = /** @type {any} */ (processor).image_processor?.crop_size;
  const side = Number(crop?.height ?? crop?.shortest_edge ?? 224);

  /** @param {Uint8Array} bytes */
  const decode = async (bytes) => {
    const { data, info } = await sharp(bytes, { limitInputPixels: options.maxPixels, pages: 1 })
      .resize(side, side, { fit: 'cover' })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return new RawImage(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height, info.channels);
  };

  /** @param {Uint8Array[]} images */
  const embedImages = async (images) => {
    const out = new Float32Array(images.length * dimensions).fill(NaN);
    /** @type {{ at: number, image: any }[]} */
    const decoded = [];
    for (const [at, bytes] of images.entries()) {
      try {
        decoded.push({ at, image: await decode(bytes) });
      } catch {
        // Not decodable: its row stays NaN.
      }
    }
    if (decoded.length === 0) return out;
    const { pixel_values } = await processor(decoded.map((d) => d.image));
    const { image_embeds } = await vision({ pixel_values });
    const rows = image_embeds.normalize(2, -1).data;
    decoded.forEach((d, i) => out.set(rows.subarray(i * dimensions, (i + 1) * dimensions), d.at * dimensions));
    return out;
  };

  /** @param {string[]} texts */
  const embedTexts = async (texts) => {
    if (!text) throw new Error('this CLIP model was loaded without its text tower');
    const inputs = tokenizer(texts, { padding: true, truncation: true, max_length: maxTokens });
    const { text_embeds } = await text(inputs);
    return Float32Array.from(text_embeds.normalize(2, -1).data);
  };

  return { dimensions, maxTokens, embedImages, embedTexts };
}
