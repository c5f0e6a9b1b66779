// A local OpenAI-compatible chat-completions server for the language model's tests: it records each
// request and answers what the test sets (a completion in the real response format, an HTTP error, a
// body that is no completion, or nothing for a while).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LlmRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export type FakeAnswer =
  /** A chat completion whose message content is `content` (an object is sent as its JSON). */
  | { content: string | object; usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null }
  | { status: number; body: string }
  | { delayMs: number; content: string | object };

export interface FakeLlm {
  /** The base URL, as LLM_BASE_URL takes it (…/v1). */
  baseUrl: string;
  requests: LlmRequest[];
  /** What the next requests are answered; a completion of `{}` until set. */
  answer(next: FakeAnswer): void;
  close(): Promise<void>;
}

export const USAGE = { prompt_tokens: 412, completion_tokens: 23, total_tokens: 435 };

export async function startFakeLlm(): Promise<FakeLlm> {
  const requests: LlmRequest[] = [];
  let next: FakeAnswer = { content: {} };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : undefined;
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      const answer = next;
      if ('status' in answer) {
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
        return;
      }
      const send = () => {
        if (res.destroyed) return;
        const content = typeof answer.content === 'string' ? answer.content : JSON.stringify(answer.content);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(body?.model, content, answer)));
      };
      if ('delayMs' in answer) setTimeout(send, answer.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    answer: (answer) => (next = answer),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function completion(model: string, content: string, answer: FakeAnswer) {
  const usage = 'usage' in answer ? answer.usage : USAGE;
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: 'stop' }],
    ...(usage === null ? {} : { usage }),
  };
}
