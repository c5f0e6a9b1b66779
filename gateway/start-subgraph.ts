// `npm run start:subgraph -- <name>`: one subgraph alone over HTTP (distributed mode).
import { ConfigError, loadConfig } from '../lib/config.js';
import { listen } from '../lib/http-server.js';
import { createLogger } from '../lib/logger.js';
import { createSubgraphServer } from '../lib/subgraph-server.js';
import { SUBGRAPHS } from './subgraphs.js';

async function main() {
  const name = process.argv[2];
  const definition = SUBGRAPHS.find((s) => s.name === name);
  if (!definition) {
    throw new ConfigError(`Usage: npm run start:subgraph -- <${SUBGRAPHS.map((s) => s.name).join('|')}>`);
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL).child({ subgraph: name });
  const subgraph = await definition.create(config, log);
  const server = createSubgraphServer(subgraph, log);
  const port = await listen(server, definition.port(config), config.HOST);
  log.info({ port }, `subgraph ${name} listening on http://localhost:${port}/graphql`);
  subgraph.start().catch((error: Error) => {
    log.fatal({ err: error }, `cannot serve: ${error.message}`);
    process.exit(1);
  });
  process.on('SIGHUP', () => void subgraph.reload().catch(() => undefined));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => server.close(() => process.exit(0)));
  }
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
