// The report of an answer the language model had no part in.
import type { LlmReport } from '../schema.js';

export const LLM_NOT_CALLED: LlmReport = { used: false, model: null, prompt_tokens: null, completion_tokens: null, total_tokens: null };
