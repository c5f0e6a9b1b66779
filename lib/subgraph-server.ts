// Serves one subgraph alone over HTTP (distributed mode: one process or container per subgraph).
import type { Server } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { createHttpServer } from './http-server.js';
import type { Logger } from './logger.js';
import type { Subgraph } from './subgraph.js';

export function createSubgraphServer(subgraph: Subgraph, log: Logger): Server {
  const yoga = createYoga({
    schema: subgraph.schema,
    context: () => subgraph.createContext(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: {
      debug: (...args) => log.debug({ args }, 'yoga'),
      info: (...args) => log.info({ args }, 'yoga'),
      warn: (...args) => log.warn({ args }, 'yoga'),
      error: (...args) => log.error({ args }, 'yoga'),
    },
  });
  return createHttpServer({ handler: yoga, isReady: () => subgraph.isReady(), log });
}
