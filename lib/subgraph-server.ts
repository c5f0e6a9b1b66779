// Serves one subgraph alone over HTTP (distributed mode: one process or container per subgraph).
import type { Server } from 'node:http';
import { createYoga, type Plugin } from 'graphql-yoga';
import { createHttpServer } from './http-server.js';
import type { Logger } from './logger.js';
import type { Subgraph } from './subgraph.js';
import { warningsOf, withWarnings } from './warnings.js';

export function createSubgraphServer(subgraph: Subgraph, log: Logger): Server {
  const yoga = createYoga({
    schema: subgraph.schema,
    context: () => subgraph.createContext(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    plugins: [useContextWarnings()],
    logging: {
      debug: (...args) => log.debug({ args }, 'yoga'),
      info: (...args) => log.info({ args }, 'yoga'),
      warn: (...args) => log.warn({ args }, 'yoga'),
      error: (...args) => log.error({ args }, 'yoga'),
    },
  });
  return createHttpServer({ handler: yoga, isReady: () => subgraph.isReady(), log });
}

/** The warnings resolvers added to the context, in the response's `extensions.warnings`. */
function useContextWarnings(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) setResult(withWarnings(result, warningsOf(args.contextValue)));
        },
      };
    },
  };
}
