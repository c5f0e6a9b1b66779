// The language model of /api/query and query_anime makes a request enhanced: its use is counted on
// the enhanced quota, and past it the parser's understanding is answered alone, with a warning.
import { LLM_NOT_CALLED } from '../../questions/llm/llm-report.js';
import type { LlmRefiner } from '../../questions/llm/refiner.js';
import type { OperationGate } from './operation-gate.js';

export function meterLlm(llm: LlmRefiner | undefined, gate: OperationGate): LlmRefiner | undefined {
  if (!llm) return undefined;
  return {
    model: llm.model,
    async refine(words, parsed) {
      const may = await gate.mayEnhance();
      if (may.allowed) return llm.refine(words, parsed);
      const { limit, resetSeconds } = may.verdict;
      return {
        parameters: parsed,
        llm: LLM_NOT_CALLED,
        warnings: [
          `QUOTA_EXCEEDED: the daily enhanced quota (${limit}) is used up, so the language model was not asked (renews in ${resetSeconds} s).`,
        ],
      };
    },
    close: () => llm.close(),
  };
}
