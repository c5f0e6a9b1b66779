// metadata.llm of a POST /api/query answer: snake_case like the rest of the metadata; tokens null when
// no call was made (or the server reported no usage). The zod schema is for the OpenAPI document.
import { z } from 'zod';

const tokens = z.number().int().min(0).nullable();

export const llmReportSchema = z
  .object({
    used: z.boolean().describe('Whether the language model answered with valid parameters, merged into metadata.parameters.'),
    model: z.string().nullable().describe('LLM_MODEL, when the model was asked.'),
    prompt_tokens: tokens.describe("Tokens of the prompt, from the model server's usage."),
    completion_tokens: tokens.describe("Tokens of the answer, from the model server's usage."),
    total_tokens: tokens,
    refined: z.array(z.string()).optional().describe("The parameters the model's answer set or replaced."),
    fallback: z
      .string()
      .optional()
      .describe(
        "Why the parser's understanding was kept although the model was asked (timeout, HTTP error, invalid answer, breaker open, token budget).",
      ),
  })
  .describe('The optional language model (LLM_BASE_URL, LLM_MODEL) and its cost for this answer.');

export type LlmReport = z.infer<typeof llmReportSchema>;

/** The report of an answer the model had no part in. */
export const LLM_NOT_CALLED: LlmReport = { used: false, model: null, prompt_tokens: null, completion_tokens: null, total_tokens: null };
