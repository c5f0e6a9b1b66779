// The optional language model of POST /api/query, against a local OpenAI-compatible server: what it
// adds to an answer, what it is sent, and that every way it can fail leaves the parser's answer standing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { estimateTokens } from '../questions/llm/prompt.js';
import { createLlmRefiner } from '../questions/llm/refiner.js';
import { writeFixtureCatalog, type FixtureFiles } from './fixtures/catalog.fixture.js';
import { startFakeLlm, USAGE, type FakeLlm } from './helpers/fake-llm.js';
import { startTestApp, type TestApp } from './helpers/app.js';

let fixture: FixtureFiles;
let fake: FakeLlm;
let t: TestApp;

const ADMIN = 'admin-key-for-the-llm-tests';
const catalog = () => ({ ANIME_DB_PATH: fixture.catalogPath, ANIME_SYNOPSES_PATH: fixture.synopsesPath });
const llmEnv = () => ({
  LLM_BASE_URL: fake.baseUrl,
  LLM_API_KEY: 'test-key',
  LLM_MODEL: 'fake-model',
  LLM_TIMEOUT_MS: '300',
  // The failure cases follow each other here; the breaker has a test of its own below.
  LLM_BREAKER: '1000/1s',
});

beforeAll(async () => {
  fixture = writeFixtureCatalog();
  fake = await startFakeLlm();
  t = await startTestApp({ ...catalog(), ...llmEnv(), ADMIN_API_KEY: ADMIN });
  await t.searchSettled();
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.answer({ content: {} });
});

async function query(app: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(app.app.url.replace(/\/graphql$/, '/api/query'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** What the parser alone understands of GHOSTS (its words "girl ghosts" placed nowhere). */
const GHOSTS = 'a girl who can see ghosts';
const PARSED = { intent: 'search', text: 'girl ghosts' };
const NOT_CALLED = { used: false, model: null, prompt_tokens: null, completion_tokens: null, total_tokens: null };

describe('POST /api/query with a language model', () => {
  it('fills what the parser missed: the model says films, and the answer holds only films, with its tokens in metadata', async () => {
    const parserOnly = await query(t, { query: GHOSTS, options: { enhance: false } });
    expect(parserOnly.body.metadata.parameters).toEqual(PARSED);
    expect(parserOnly.body.results.some((r: any) => r.type !== 'MOVIE')).toBe(true);

    fake.answer({ content: { text: 'girl spirits', types: ['MOVIE'] } });
    const { status, body } = await query(t, { query: GHOSTS }, { 'x-correlation-id': 'llm-good-1' });
    expect(status).toBe(200);
    expect(body.metadata.parameters).toEqual({ intent: 'search', text: 'girl spirits', types: ['MOVIE'] });
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r: any) => r.type === 'MOVIE')).toBe(true);
    expect(body.results.map((r: any) => r.title)).toContain('Sen to Chihiro no Kamikakushi');
    expect(body.metadata.llm).toEqual({ used: true, model: 'fake-model', ...USAGE, refined: ['text', 'types'] });
    expect(body.metadata.warnings.filter((w: string) => /language model/i.test(w))).toEqual([]);
    // One log line per call, with the tokens the analytics will count.
    const line = t.logs.find((l) => l.component === 'llm' && l.correlationId === 'llm-good-1');
    expect(line).toMatchObject({ level: 30, model: 'fake-model', promptTokens: 412, completionTokens: 23, totalTokens: 435 });
    // ... and the analytics count them as the cost of the REST call.
    await t.app.analytics.recorder.flush();
    const report = await t.gql(
      'query($from: DateTimeISO!, $to: DateTimeISO!) { analyticsReport(from: $from, to: $to) { cost { llmTokens } transports { transport } queryMix { operationName operationType } } }',
      { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() },
      { authorization: `Bearer ${ADMIN}` },
    );
    const figures = report.body.data.analyticsReport;
    expect(figures.cost.llmTokens).toBe(USAGE.total_tokens);
    expect(figures.queryMix).toContainEqual({ operationName: 'LanguageModel', operationType: 'llm' });
    expect(figures.transports.map((r: { transport: string }) => r.transport)).toContain('rest');
  });

  it('drops the leftover words when the model placed them all in fields and left text out', async () => {
    fake.answer({ content: { types: ['MOVIE'], tagsInclude: ['supernatural'] } });
    const { body } = await query(t, { query: GHOSTS });
    expect(body.metadata.parameters).toEqual({ intent: 'search', types: ['MOVIE'], tagsInclude: ['supernatural'] });
    expect(body.metadata.llm.refined).toEqual(['types', 'tagsInclude', 'text']);
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) {
      expect(r.type).toBe('MOVIE');
      expect(r.tags).toContain('supernatural');
    }
  });

  it('sends the chat completion the contract asks: bearer key, model, JSON mode, the words and the parser parameters, within the budget', async () => {
    await query(t, { query: GHOSTS });
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer test-key');
    expect(request.body).toMatchObject({ model: 'fake-model', temperature: 0, response_format: { type: 'json_object' } });
    const [system, user] = request.body.messages;
    expect(system.role).toBe('system');
    // The contract comes from parametersSchema: every field, its enums and its descriptions.
    for (const word of ['tagsInclude', 'minScore', 'compare_ratings', '"SPECIAL"', 'IANA time zone'])
      expect(system.content).toContain(word);
    expect(JSON.parse(user.content)).toEqual({ request: GHOSTS, parser: PARSED });
    // LLM_MAX_TOKENS_PER_REQUEST (1000 by default) minus the prompt's estimate, at most 400.
    expect(request.body.max_tokens).toBe(Math.min(400, 1000 - estimateTokens(request.body.messages)));
    expect(request.body.max_tokens).toBeGreaterThan(0);
  });

  it('keeps the parser parameters, and answers 200 with a warning, when the model is slower than LLM_TIMEOUT_MS', async () => {
    fake.answer({ delayMs: 3000, content: { types: ['MOVIE'] } });
    const started = performance.now();
    const { status, body } = await query(t, { query: GHOSTS });
    expect(performance.now() - started).toBeLessThan(2500);
    expect(status).toBe(200);
    expect(fake.requests).toHaveLength(1);
    expect(body.metadata.parameters).toEqual(PARSED);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.metadata.llm).toMatchObject({ ...NOT_CALLED, model: 'fake-model', fallback: expect.stringMatching(/within 300 ms/) });
    expect(body.metadata.warnings).toContainEqual(expect.stringMatching(/did not answer within 300 ms.*parser's understanding was kept/));
  });

  it('keeps the parser parameters when the model server fails (HTTP 500)', async () => {
    fake.answer({ status: 500, body: '{"error":{"message":"overloaded"}}' });
    const { status, body } = await query(t, { query: GHOSTS });
    expect(status).toBe(200);
    expect(fake.requests).toHaveLength(1);
    expect(body.metadata.parameters).toEqual(PARSED);
    expect(body.metadata.llm).toMatchObject({ used: false, model: 'fake-model', fallback: expect.stringMatching(/HTTP 500/) });
    expect(body.metadata.warnings).toContainEqual(expect.stringMatching(/HTTP 500/));
  });

  it.each([
    ['content that is not JSON', { content: 'Sure! The user wants movies about ghosts.' }, /not JSON/],
    ['JSON that is not parameters', { content: { types: ['FILM'], genre: 'ghosts' } }, /not parameters of the contract/],
    ['a body that is no chat completion', { status: 200, body: '<html>gateway</html>' }, /not a chat completion/],
  ])('keeps the parser parameters when the model answers %s', async (_name, answer, reason) => {
    fake.answer(answer);
    const { status, body } = await query(t, { query: GHOSTS });
    expect(status).toBe(200);
    expect(fake.requests).toHaveLength(1);
    expect(body.metadata.parameters).toEqual(PARSED);
    expect(body.metadata.llm).toMatchObject({ used: false, model: 'fake-model', fallback: expect.stringMatching(reason) });
    expect(body.metadata.warnings).toContainEqual(expect.stringMatching(reason));
  });

  it("drops an anime id the parser did not find, and keeps the parser's title", async () => {
    fake.answer({ content: { similarTo: [{ id: 'mal-16498' }, { id: 'mal-424242', title: 'Invented' }], types: ['TV'] } });
    const { status, body } = await query(t, { query: 'like Attack on Titan', options: { enhance: true } });
    expect(status).toBe(200);
    expect(fake.requests).toHaveLength(1);
    expect(body.metadata.parameters.similarTo).toEqual([{ id: 'mal-16498', title: 'Shingeki no Kyojin' }]);
    expect(body.metadata.parameters.types).toEqual(['TV']);
    expect(body.metadata.warnings).toContainEqual(expect.stringMatching(/mal-424242/));
    expect(body.results.every((r: any) => r.because.id === 'mal-16498' && r.type === 'TV')).toBe(true);
  });

  it('is never asked with enhance: false, for a structured query, or when the parser placed every word', async () => {
    fake.answer({ content: { types: ['MOVIE'] } });
    for (const request of [
      { query: GHOSTS, options: { enhance: false } },
      { query: { text: 'girl ghosts' }, options: { enhance: true } },
      { query: 'mecha from the 90s' },
    ]) {
      const { status, body } = await query(t, request);
      expect(status).toBe(200);
      expect(body.metadata.parameters.types).toBeUndefined();
      expect(body.metadata.llm).toEqual(NOT_CALLED);
    }
    expect(fake.requests).toHaveLength(0);
    // enhance: true asks even when every word was placed.
    await query(t, { query: 'mecha from the 90s', options: { enhance: true } });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('the language model, off by default', () => {
  it('is not called without LLM_BASE_URL and LLM_MODEL, and says so when enhance asks for it', async () => {
    const plain = await startTestApp(catalog());
    try {
      const { status, body } = await query(plain, { query: GHOSTS, options: { enhance: true } });
      expect(status).toBe(200);
      expect(body.metadata.parameters).toEqual(PARSED);
      expect(body.metadata.llm).toEqual(NOT_CALLED);
      expect(body.metadata.warnings).toContainEqual(expect.stringMatching(/no language model is configured/));
      expect(fake.requests).toHaveLength(0);
    } finally {
      await plain.close();
    }
  });
});

describe('the language model refiner', () => {
  const log = createLogger('silent');
  const parsed = { intent: 'search' as const, text: 'girl ghosts' };

  it('does not call the model when the prompt alone exceeds LLM_MAX_TOKENS_PER_REQUEST', async () => {
    const refiner = createLlmRefiner(loadConfig({ ...llmEnv(), LLM_MAX_TOKENS_PER_REQUEST: '200' }), log)!;
    try {
      const refined = await refiner.refine(GHOSTS, parsed);
      expect(fake.requests).toHaveLength(0);
      expect(refined.parameters).toEqual(parsed);
      expect(refined.llm).toMatchObject({
        used: false,
        prompt_tokens: null,
        fallback: expect.stringMatching(/LLM_MAX_TOKENS_PER_REQUEST \(200\)/),
      });
      expect(refined.warnings).toHaveLength(1);
    } finally {
      refiner.close();
    }
  });

  it('stops calling a failing model once its breaker opens (LLM_BREAKER)', async () => {
    fake.answer({ status: 503, body: 'down' });
    const refiner = createLlmRefiner(loadConfig({ ...llmEnv(), LLM_BREAKER: '2/60s' }), log)!;
    try {
      for (let i = 0; i < 2; i++) expect((await refiner.refine(GHOSTS, parsed)).llm.fallback).toMatch(/HTTP 503/);
      const third = await refiner.refine(GHOSTS, parsed);
      expect(fake.requests).toHaveLength(2);
      expect(third.parameters).toEqual(parsed);
      expect(third.llm.fallback).toMatch(/failed 2 times in a row/);
    } finally {
      refiner.close();
    }
  });
});
