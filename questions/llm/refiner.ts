// The optional language model behind POST /api/query (issue 12): asked what the parser could not place,
// within a token budget per request, its answer validated against parametersSchema and merged; any
// failure keeps the parser's parameters and says why. Off unless LLM_BASE_URL and LLM_MODEL are set.
import type { Config } from '../../lib/config.js';
import type { Logger } from '../../lib/logger.js';
import { parametersSchema, type Intent, type Parameters } from '../schema.js';
import { createChatClient } from './chat.client.js';
import { LlmError } from './llm-error.js';
import type { LlmReport } from '../schema.js';
import { LLM_NOT_CALLED } from './llm-report.js';
import { mergeRefinement } from './merge.js';
import { estimateTokens, promptFor } from './prompt.js';

type Understood = Parameters & { intent: Intent };

export interface Refinement {
  parameters: Understood;
  llm: LlmReport;
  warnings: string[];
}

export interface LlmRefiner {
  readonly model: string;
  refine(words: string, parsed: Understood): Promise<Refinement>;
  close(): void;
}

export type LlmConfig = Pick<
  Config,
  'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS' | 'LLM_MAX_TOKENS_PER_REQUEST' | 'LLM_BREAKER'
>;

/** The most the model may write: the parameters of one request fit in far fewer. */
const MAX_COMPLETION_TOKENS = 400;
/** Fewer completion tokens than this cannot hold an answer: the call is not worth making. */
const MIN_COMPLETION_TOKENS = 32;

/**
 * Whether a request in words goes to the model: `enhance: true` asks for it; left out, it is asked when the
 * parser left words it could not place (`text`); `enhance: false` never.
 */
export function wantsRefinement(enhance: boolean | undefined, parsed: Parameters): boolean {
  return enhance === true || (enhance !== false && parsed.text !== undefined && parsed.text.trim() !== '');
}

/** The refiner, or undefined when no model is configured. */
export function createLlmRefiner(config: LlmConfig, log: Logger): LlmRefiner | undefined {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) return undefined;
  const chat = createChatClient({
    baseUrl: config.LLM_BASE_URL,
    apiKey: config.LLM_API_KEY,
    model: config.LLM_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    breaker: config.LLM_BREAKER,
  });
  const llmLog = log.child({ component: 'llm' });
  const budget = config.LLM_MAX_TOKENS_PER_REQUEST;
  const model = chat.model;

  async function refine(words: string, parsed: Understood): Promise<Refinement> {
    const kept = (fallback: string, report: Partial<LlmReport> = {}): Refinement => ({
      parameters: parsed,
      llm: { ...LLM_NOT_CALLED, model, ...report, used: false, fallback },
      warnings: [`Language model: ${fallback}; the parser's understanding was kept.`],
    });
    const messages = promptFor(words, parsed);
    const promptTokens = estimateTokens(messages);
    const maxTokens = Math.min(MAX_COMPLETION_TOKENS, budget - promptTokens);
    if (maxTokens < MIN_COMPLETION_TOKENS) {
      llmLog.warn({ model, estimatedPromptTokens: promptTokens, budget }, 'language model not called: over the token budget');
      return kept(`not called, the prompt (about ${promptTokens} tokens) leaves no room in LLM_MAX_TOKENS_PER_REQUEST (${budget})`);
    }

    const started = performance.now();
    let content: string;
    let tokens: Pick<LlmReport, 'prompt_tokens' | 'completion_tokens' | 'total_tokens'>;
    try {
      const answer = await chat.complete(messages, maxTokens);
      content = answer.content;
      tokens = answer.usage ?? { prompt_tokens: null, completion_tokens: null, total_tokens: null };
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
      llmLog.warn(
        { model, kind: error.kind, err: error.message, ms: Math.round(performance.now() - started) },
        'language model call failed',
      );
      return kept(error.message);
    }
    // One line per call with its tokens: what the analytics will count (issue 12).
    llmLog.info(
      {
        model,
        promptTokens: tokens.prompt_tokens,
        completionTokens: tokens.completion_tokens,
        totalTokens: tokens.total_tokens,
        maxTokens,
        ms: Math.round(performance.now() - started),
      },
      'language model call',
    );

    const json = parseJson(content);
    if (json === NOT_JSON) {
      llmLog.warn({ model, content: content.slice(0, 200) }, 'language model answer refused: not JSON');
      return kept('its answer was not JSON', tokens);
    }
    const checked = parametersSchema.safeParse(json);
    if (!checked.success) {
      llmLog.warn({ model, issues: checked.error.issues.slice(0, 5) }, 'language model answer refused');
      return kept('its answer was not parameters of the contract', tokens);
    }
    const merged = mergeRefinement(parsed, checked.data);
    const warnings = merged.droppedIds.length
      ? [`Language model: similarTo ids the parser had not found were dropped (${merged.droppedIds.join(', ')}).`]
      : [];
    return { parameters: merged.parameters, llm: { used: true, model, ...tokens, refined: merged.changed }, warnings };
  }

  return { model, refine, close: () => chat.close() };
}

const NOT_JSON = Symbol('not JSON');

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return NOT_JSON;
  }
}
