import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startApp, type App, type AppOptions } from '../../gateway/app.js';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

export interface TestApp {
  app: App;
  /** Every JSON log line the app wrote. */
  logs: Record<string, any>[];
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Polls searchStatus until the word index is built and the semantic index is ready or off; returns the status. */
  searchSettled(): Promise<Record<string, any>>;
  close(): Promise<void>;
}

const STATUS = '{ searchStatus { mode wordIndexReady semanticState reason model dimensions vectorStore indexedAnime lastBuildEmbedded } }';

/** The real app on a free port of 127.0.0.1, logging into memory. */
export async function startTestApp(env: Record<string, string>, options: AppOptions = {}): Promise<TestApp> {
  const logs: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    CATALOG_AUTO_DOWNLOAD: 'false',
    LOG_LEVEL: 'debug',
    // Tests that need semantic search turn it on with the model from ../shared/models.
    SEMANTIC_SEARCH: 'false',
    // Tests that need image search turn it on with the tiny CLIP from ../shared/models.
    IMAGE_SEARCH: 'false',
    POSTER_CACHE_DIR: mkdtempSync(join(tmpdir(), 'anigraph-posters-')),
    // The weekly release check is tested on its own, against a local release server.
    CATALOG_UPDATE_INTERVAL: '0',
    // Tests drive the schedule's poller and clock themselves.
    SCHEDULE_POLL_INTERVAL: '0',
    VECTOR_CACHE_DIR: mkdtempSync(join(tmpdir(), 'anigraph-vectors-')),
    // Each app its own database in memory (PGlite takes a folder for one instance only): no test shares
    // one or leaves data/db behind. DATABASE_URL, where a test sets it, is used instead.
    DATABASE_DIR: 'memory://',
    // Every test calls from 127.0.0.1 without a key: no quota unless the test sets one (test/auth.test.ts).
    RATE_LIMIT_PER_IP: '1000000/1s',
    QUOTA_FREE_QUERIES_PER_DAY: '0',
    QUOTA_FREE_ENHANCED_PER_DAY: '0',
    ...env,
  });
  const app = await startApp(config, createLogger(config.LOG_LEVEL, sink), options);
  await app.ready;
  return {
    app,
    logs,
    gql: (query, variables, headers) => postGraphQL(app.url, query, variables, headers),
    async searchSettled() {
      for (;;) {
        const status = (await postGraphQL(app.url, STATUS)).body.data.searchStatus;
        if (status.wordIndexReady && ['READY', 'DISABLED', 'FAILED'].includes(status.semanticState)) return status;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => app.close(),
  };
}

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}
