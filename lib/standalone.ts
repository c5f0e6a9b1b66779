// Runs one subgraph as its own process (distributed mode): its server on its port, its data loaded,
// SIGHUP to reload, and on SIGTERM/SIGINT the server and then the subgraph itself closed (workers,
// Redis, rate limiters), so that a container stops cleanly.
import type { Config } from './config.js';
import { encodedPictureBytes } from './images/encoded-size.js';
import { closeServer, listen } from './http-server.js';
import type { Logger } from './logger.js';
import { runProcess } from './process.js';
import type { Subgraph } from './subgraph.js';
import { createSubgraphServer } from './subgraph-server.js';
import { gatewaySecret } from './users/viewer-header.js';

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
  // Without GATEWAY_SECRET the secret is random: no header verifies, and every caller is anonymous.
  const { server, stop } = await createSubgraphServer(subgraph, log, {
    viewerSecret: gatewaySecret(config),
    // The largest request a front passes on (/graphql's GRAPHQL_MAX_BODY, or an MCP message of 4 MiB
    // and a picture in base64), with room for the gateway's plan.
    maxBodyBytes: Math.max(config.GRAPHQL_MAX_BODY, 4 * 1024 * 1024 + encodedPictureBytes(config.IMAGE_MAX_BYTES)) + 1024 * 1024,
  });
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
  await runProcess(
    async (config, log) => {
      const running = await startStandalone(definition, config, log);
      return { ready: running.started, reload: () => running.subgraph.reload(), close: () => running.stop() };
    },
    { subgraph: definition.name },
  );
}
