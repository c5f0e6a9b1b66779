import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../lib/paths.js';

/** The sentence encoder shipped beside the project (../shared/models), when this checkout has it. */
export const MODEL_DIR = join(PROJECT_ROOT, '../shared/models');
export const MODEL = 'Xenova/all-MiniLM-L6-v2';
export const modelPresent = existsSync(join(MODEL_DIR, MODEL, 'onnx/model_quantized.onnx'));

if (!modelPresent) console.log(`${MODEL_DIR}/${MODEL} is absent: skipping the tests that need the embedding model`);
