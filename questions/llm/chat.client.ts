// The language model's one client: OpenAI-compatible chat completions (POST {baseUrl}/chat/completions)
// asked for a JSON object, with a timeout and a circuit breaker. Its one request function classifies
// every failure as an LlmError; no retry: the request waits on it, and the parser's answer stands.
import { z } from 'zod';
import type { BreakerSettings } from '../../lib/platforms/breaker.js';
import { LlmBreaker } from './llm-breaker.js';
import { LlmError } from './llm-error.js';

export interface ChatSettings {
  /** LLM_BASE_URL, such as https://api.openai.com/v1 (/chat/completions is added). */
  baseUrl: string;
  /** LLM_API_KEY, sent as a bearer token when set (a local server may want none). */
  apiKey?: string;
  /** LLM_MODEL. */
  model: string;
  /** LLM_TIMEOUT_MS: for the whole call, the answer's body included. */
  timeoutMs: number;
  /** LLM_BREAKER. */
  breaker: BreakerSettings;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface TokenUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface ChatAnswer {
  /** The message's content, as the model wrote it (not parsed). */
  content: string;
  /** The response's `usage`; null when the server does not report it. */
  usage: TokenUsage | null;
}

export interface ChatClient {
  readonly model: string;
  complete(messages: ChatMessage[], maxTokens: number): Promise<ChatAnswer>;
  close(): void;
}

const tokens = z.number().int().min(0);
const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
  usage: z.object({ prompt_tokens: tokens, completion_tokens: tokens, total_tokens: tokens }).nullish(),
});

export function createChatClient(settings: ChatSettings): ChatClient {
  const breaker = new LlmBreaker(settings.breaker);
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (settings.apiKey) headers.authorization = `Bearer ${settings.apiKey}`;

  async function request(messages: ChatMessage[], maxTokens: number): Promise<ChatAnswer> {
    const body = {
      model: settings.model,
      messages,
      max_tokens: maxTokens,
      temperature: 0,
      response_format: { type: 'json_object' },
    };
    let status: number;
    let text: string;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      const name = (error as Error | null)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new LlmError('timeout', `the language model did not answer within ${settings.timeoutMs} ms`);
      }
      throw new LlmError('unreachable', `the language model could not be reached (${(error as Error).message})`);
    }
    if (status < 200 || status > 299) {
      throw new LlmError('http', `the language model answered HTTP ${status}`);
    }
    let parsed: z.infer<typeof completionSchema>;
    try {
      parsed = completionSchema.parse(JSON.parse(text));
    } catch {
      throw new LlmError('malformed', 'the language model answered something that is not a chat completion');
    }
    return { content: parsed.choices[0].message.content ?? '', usage: parsed.usage ?? null };
  }

  return {
    model: settings.model,
    complete: (messages, maxTokens) => breaker.fire(() => request(messages, maxTokens)),
    close: () => breaker.shutdown(),
  };
}
