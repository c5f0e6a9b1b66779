// Sends the hostile inputs to the gateway's /graphql, a few at a time, and tallies each answer by its
// HTTP status and the first error's extensions.code. Passing means: every one refused as
// BAD_USER_INPUT (or HTTP 413 for a body too large), none a 5xx or INTERNAL_SERVER_ERROR.
import { markdownTable } from '../lib/markdown.js';
import type { HostileInput } from './hostile.js';
import { rawPost } from './raw-post.js';

export const SEARCH_BY_IMAGE = `query SearchByImage($image: ImageInput!, $first: Int! = 10) {
  searchByImage(image: $image, first: $first) { hits { anime { id } score } }
}`;

const CONNECTIONS = 6;
const TIMEOUT_MS = 60_000;

export interface HostileAnswer {
  input: HostileInput;
  /** HTTP status; 0 when no answer came. */
  status: number;
  /** extensions.code of the first error; `data` for an answer without errors, `no code` for an error without one. */
  code: string;
  message: string;
  ms: number;
}

export interface HostileFigures {
  answers: HostileAnswer[];
  refused: number;
  serverErrors: number;
  /** Neither refused as the issue asks nor a 5xx: accepted, another code, no answer. */
  other: number;
  seconds: number;
}

export const isRefused = (a: Pick<HostileAnswer, 'status' | 'code'>) => a.status === 413 || (a.status < 500 && a.code === 'BAD_USER_INPUT');
const isServerError = (a: HostileAnswer) => a.status >= 500 || a.code === 'INTERNAL_SERVER_ERROR';

export async function sendHostile(graphqlUrl: string, inputs: readonly HostileInput[]): Promise<HostileFigures> {
  const answers: HostileAnswer[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < inputs.length) answers.push(await send(graphqlUrl, inputs[next++]));
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const refused = answers.filter(isRefused).length;
  const serverErrors = answers.filter(isServerError).length;
  return { answers, refused, serverErrors, other: answers.length - refused - serverErrors, seconds: (performance.now() - started) / 1000 };
}

/** One request on a connection of its own, so that a refused body costs only that connection. */
async function send(url: string, input: HostileInput): Promise<HostileAnswer> {
  const body = JSON.stringify({ query: SEARCH_BY_IMAGE, variables: { image: input.image, first: 10 } });
  const started = performance.now();
  const { status, text, socketError } = await rawPost(url, body, TIMEOUT_MS);
  const ms = performance.now() - started;
  if (status === 0) return { input, status, code: 'no answer', message: socketError ?? text, ms };
  let parsed: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] } | undefined;
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return { input, status, code: 'not JSON', message: text.slice(0, 200), ms };
  }
  const error = parsed?.errors?.[0];
  if (!error) return { input, status, code: 'data', message: JSON.stringify(parsed?.data).slice(0, 200), ms };
  return { input, status, code: error.extensions?.code ?? 'no code', message: error.message ?? '', ms };
}

/** Category -> how its inputs were answered, the slowest answer, and one message of each outcome. */
export function hostileTable(answers: readonly HostileAnswer[]): string {
  const categories = [...new Set(answers.map((a) => a.input.category))];
  const rows = categories.map((category) => {
    const mine = answers.filter((a) => a.input.category === category);
    const outcomes = new Map<string, number>();
    for (const a of mine) outcomes.set(outcome(a), (outcomes.get(outcome(a)) ?? 0) + 1);
    const slowest = Math.max(...mine.map((a) => a.ms));
    const passed = mine.filter(isRefused).length === mine.length;
    return [
      category,
      String(mine.length),
      [...outcomes].map(([o, n]) => `${o} x${n}`).join(', '),
      `${slowest.toFixed(0)} ms`,
      passed ? 'ok' : 'FAIL',
    ];
  });
  return markdownTable(['category', 'n', 'outcomes (HTTP status code x count)', 'slowest', 'result'], rows, (i) => i === 1 || i === 3);
}

/** One message per distinct outcome and category, to show what a caller is told. */
export function sampleMessages(answers: readonly HostileAnswer[], max = 80): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const a of answers) {
    // Messages that differ only in a quoted value or a number are the same rule.
    const key = `${a.input.category} ${outcome(a)} ${a.message.replace(/"[^"]*"|\(.*?\)|\d+/g, '#').slice(0, 60)}`;
    if (seen.has(key) || lines.length >= max) continue;
    seen.add(key);
    lines.push(`  [${a.input.category}: ${a.input.detail.slice(0, 50)}] ${outcome(a)}: ${a.message.slice(0, 160)}`);
  }
  return lines;
}

const outcome = (a: HostileAnswer) => `${a.status || '-'} ${a.code}`;
