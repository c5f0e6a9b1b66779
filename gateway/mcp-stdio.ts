// `npm run mcp`, `npx anigraph-mcp`: the MCP server over stdio, for an assistant that starts it as its
// own child process. With ANIGRAPH_URL it asks that running gateway; otherwise it runs the whole graph
// in this process, listening on a free port of 127.0.0.1 so that it never collides with `npm start`.
// stdout carries only the protocol; the logs go to stderr.
import { protocolOutput } from './stdio-output.js'; // first: it takes stdout before any other module runs
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { runAsTransport } from './analytics/transport.js';
import { startApp } from './app.js';
import { loadApiSchema } from '../lib/api-schema.js';
import type { Config } from '../lib/config.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { remoteGateway, type GraphQLFetcher } from '../lib/operation-client.js';
import { PROJECT_ROOT, PROJECT_VERSION } from '../lib/paths.js';
import { loadConfigOrExit } from '../lib/process.js';
import { createConversationStore } from '../questions/conversations.js';
import { createLlmRefiner } from '../questions/llm/refiner.js';
import { createMcpServer } from '../mcp/server.js';

/** How long a shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Where the tools' operations run: a gateway, and what to do with it on SIGHUP and at the end. */
interface Backend {
  gateway: GraphQLFetcher;
  /** Settles when the data serves; a rejection ends the process. */
  ready: Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** ANIGRAPH_URL names the gateway (`http://host:4000`) or its GraphQL endpoint (`…/graphql`). */
function graphqlEndpoint(anigraphUrl: string): string {
  const url = new URL(anigraphUrl);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url.toString();
}

async function startBackend(config: Config, log: Logger): Promise<Backend> {
  if (config.ANIGRAPH_URL) {
    const url = graphqlEndpoint(config.ANIGRAPH_URL);
    log.info({ url }, `MCP over stdio: asking the AniGraph gateway at ${url}`);
    return {
      gateway: withApiKey(remoteGateway(url), config.ANIGRAPH_API_KEY),
      ready: Promise.resolve(),
      reload: async () => undefined,
      close: async () => undefined,
    };
  }
  const app = await startApp({ ...config, PORT: 0, HOST: '127.0.0.1' }, log);
  log.info({ url: app.url }, 'MCP over stdio: the whole graph runs in this process');
  // The local user is a caller like any other: ANIGRAPH_API_KEY's, else anonymous (the free tier).
  const caller = await app.auth.callerOfKey(config.ANIGRAPH_API_KEY, 'stdio');
  if (!caller) {
    await app.close();
    throw new Error('ANIGRAPH_API_KEY is not a valid API key (unknown, malformed or revoked)');
  }
  // A client calls a tool right after connecting: the call waits for the catalog rather than failing.
  const gateway: GraphQLFetcher = {
    async fetch(request) {
      await app.ready;
      return app.auth.runAs(caller, 'operation', () => runAsTransport('mcp', () => app.gateway.fetch(request)));
    },
  };
  return { gateway, ready: app.ready, reload: () => app.reload(), close: () => app.close() };
}

/** Every request to a running gateway carries ANIGRAPH_API_KEY, when it is set. */
function withApiKey(gateway: GraphQLFetcher, key: string | undefined): GraphQLFetcher {
  if (!key) return gateway;
  return {
    fetch(request) {
      const headers = new Headers(request.headers);
      headers.set('authorization', `Bearer ${key}`);
      return gateway.fetch(new Request(request, { headers }));
    },
  };
}

async function main(): Promise<void> {
  // An assistant starts the server from a folder of its own: relative paths (ANIME_DB_PATH, data/)
  // mean the project's, as with `npm start`.
  process.chdir(PROJECT_ROOT);
  const config = loadConfigOrExit();
  const log = createLogger(config.LOG_LEVEL, process.stderr);
  const backend = await startBackend(config, log).catch((error: Error) => {
    log.fatal({ err: error }, `cannot start: ${error.message}`);
    process.exit(1);
  });
  const conversations = createConversationStore({ ttlSeconds: config.CONVERSATION_TTL, redisUrl: config.REDIS_URL, log });
  const llm = createLlmRefiner(config, log);
  const server = createMcpServer({
    gateway: backend.gateway,
    schema: loadApiSchema(),
    log,
    version: PROJECT_VERSION,
    questions: { conversations, llm },
  });

  let closing = false;
  const shutdown = (reason: string) => {
    if (closing) return;
    closing = true;
    log.info({ reason }, 'MCP over stdio: shutting down');
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    Promise.allSettled([server.close(), backend.close(), conversations.close()])
      .then(() => llm?.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => shutdown(signal));
  process.on('SIGHUP', () => void backend.reload().catch(() => undefined));
  // The client closed our stdin: it is gone, or done with us.
  process.stdin.once('end', () => shutdown('stdin closed'));
  process.stdin.once('close', () => shutdown('stdin closed'));

  backend.ready.then(
    () => log.info('ready'),
    (error: Error) => {
      log.fatal({ err: error }, `cannot serve: ${error.message}`);
      process.exit(1);
    },
  );
  await server.connect(new StdioServerTransport(process.stdin, protocolOutput));
}

await main();
