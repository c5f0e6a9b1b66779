// How a sentence model turns tokens into one vector, read from the model's own files in the
// sentence-transformers layout (1_Pooling/config.json, config_sentence_transformers.json,
// sentence_bert_config.json): in MODEL_DIR, or the hub's copy of the same files. A model without
// them pools the mean of its tokens and prefixes nothing. EMBEDDING_POOLING and the prefix variables
// override what the files say.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbedderUnavailableError } from './embedder.js';

export type Pooling = 'MEAN' | 'CLS';

export interface ModelCard {
  pooling: Pooling;
  /** Put before every query ("query: "); '' for none. */
  queryPrefix: string;
  /** Put before every document ("passage: "); '' for none. */
  documentPrefix: string;
  /** The longest input the model was trained for (max_seq_length); null when the files do not say. */
  maxTokens: number | null;
}

export interface CardOverrides {
  pooling?: Pooling;
  /** `none` removes the prefix the files give. */
  queryPrefix?: string;
  documentPrefix?: string;
}

export const DEFAULT_CARD: ModelCard = { pooling: 'MEAN', queryPrefix: '', documentPrefix: '', maxTokens: null };

const HUB = process.env.HF_ENDPOINT ?? 'https://huggingface.co';
const HUB_TIMEOUT_MS = 10_000;

/** Reads one of the model's small JSON files; undefined when the model has none. */
type FileReader = (file: string) => Promise<unknown>;

/** The card of `model`: from `modelDir` when given, else from the hub; then the overrides. */
export async function readModelCard(model: string, modelDir: string | undefined, overrides: CardOverrides = {}): Promise<ModelCard> {
  const read = modelDir ? localReader(join(modelDir, model)) : hubReader(model);
  const [pooling, settings, bert] = await Promise.all([
    read('1_Pooling/config.json'),
    read('config_sentence_transformers.json'),
    read('sentence_bert_config.json'),
  ]);
  const card = cardOf(pooling, settings, bert);
  const prefix = (given: string | undefined, fromFiles: string) => (given === undefined ? fromFiles : given === 'none' ? '' : given);
  return {
    pooling: overrides.pooling ?? card.pooling,
    queryPrefix: prefix(overrides.queryPrefix, card.queryPrefix),
    documentPrefix: prefix(overrides.documentPrefix, card.documentPrefix),
    maxTokens: card.maxTokens,
  };
}

/** The card the three files give (any of them may be missing). */
export function cardOf(pooling: unknown, settings: unknown, bert: unknown): ModelCard {
  const p = (pooling ?? {}) as { pooling_mode_cls_token?: unknown };
  const prompts = ((settings ?? {}) as { prompts?: Record<string, unknown> }).prompts ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const maxSeq = ((bert ?? {}) as { max_seq_length?: unknown }).max_seq_length;
  return {
    pooling: p.pooling_mode_cls_token === true ? 'CLS' : 'MEAN',
    queryPrefix: text(prompts.query),
    documentPrefix: text(prompts.document ?? prompts.passage),
    maxTokens: typeof maxSeq === 'number' && maxSeq > 0 ? maxSeq : null,
  };
}

function localReader(folder: string): FileReader {
  return async (file) => {
    try {
      return JSON.parse(await readFile(join(folder, file), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new EmbedderUnavailableError(`Cannot read ${file} of the model in ${folder}: ${(error as Error).message}`);
    }
  };
}

function hubReader(model: string): FileReader {
  return async (file) => {
    const url = `${HUB}/${model}/resolve/main/${file}`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(HUB_TIMEOUT_MS) });
    } catch (error) {
      throw new EmbedderUnavailableError(
        `Cannot read the card of ${model} from the Hugging Face hub (${(error as Error).message}): set MODEL_DIR to a folder that holds the model.`,
      );
    }
    if (response.status === 404) return undefined;
    if (!response.ok) throw new EmbedderUnavailableError(`The Hugging Face hub answered ${response.status} for ${url}.`);
    return response.json();
  };
}
