// Runs one subgraph as its own process (distributed mode): its server on its port, its data loaded,
// SIGHUP to reload, and on SIGTERM/SIGINT the server and then the subgraph itself closed (workers,
// Redis, rate limiters), so that a container stops cleanly.
import { ConfigError, loadConfig, type Config } from './config.js';
import { closeServer, listen } from './http-server.js';
import { createLogger, type Logger } from './logger.js';
import type { Subgraph } from './subgraph.js';
import { createSubgraphServer } from './subgraph-server.js';

export interface StandaloneSubgraph {
  name: string;
  create(config: Config, log: Logger): Promise<Subgraph>;
  port(config: Config): number;
}

export interface RunningSubgraph {
  subgraph: Subgraph;
  url: string;
  /** Settles when its data is loaded (rejects when it cannot be). */
  started: Promise<void>;
  /** Stops taking requests, then closes the subgraph and everything it holds. */
  stop(): Promise<void>;
}

export async function startStandalone({ name, create, port }: StandaloneSubgraph, config: Config, log: Logger): Promise<RunningSubgraph> {
  const subgraph = await create(config, log);
  const { server, stop } = await createSubgraphServer(subgraph, log);
  const bound = await listen(server, port(config), config.HOST);
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${bound}/graphql`;
  log.info({ port: bound }, `subgraph ${name} listening on ${url}`);
  return {
    subgraph,
    url,
    started: subgraph.start(),
    async stop() {
      await closeServer(server);
      await stop();
      await subgraph.close();
    },
  };
}

/** The process's main: exits when the subgraph cannot start, or once it has stopped on a signal. */
export async function runStandalone(definition: StandaloneSubgraph): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  const log = createLogger(config.LOG_LEVEL).child({ subgraph: definition.name });
  const running = await startStandalone(definition, config, log);
  running.started.catch((error: Error) => {
    log.fatal({ err: error }, `cannot serve: ${error.message}`);
    process.exit(1);
  });
  process.on('SIGHUP', () => {
    log.info('SIGHUP: reloading data');
    running.subgraph.reload().catch(() => undefined); // failures are logged; the old data keeps serving
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        (error: Error) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
