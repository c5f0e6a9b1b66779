// Embedded mode: the gateway executes in-process subgraphs directly on their schema, with no HTTP
// hop; subgraphs that run elsewhere (their URL is configured) go through the HTTP transport.
import httpTransport from '@graphql-mesh/transport-http';
import type { Transport } from '@graphql-mesh/transport-common';
import type { ExecutionRequest, Executor } from '@graphql-tools/utils';
import { execute, GraphQLError, subscribe, type ExecutionResult } from 'graphql';
import { withLedger, withLedgerExtension } from '../lib/analytics/ledger.js';
import { databaseUnavailableError, isDatabaseUnavailable } from '../lib/db/unavailable.js';
import { errorExtensions } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import { warningsOf, withWarnings } from '../lib/warnings.js';
import type { Subgraph } from '../lib/subgraph.js';

export function inProcessTransport(local: ReadonlyMap<string, Subgraph>, log: Logger): Transport {
  return {
    getSubgraphExecutor(options) {
      const subgraph = local.get(options.subgraphName);
      if (!subgraph) return reachedOverHttp(httpTransport.getSubgraphExecutor(options as never) as Executor, options.subgraphName, log);
      const executor = async (request: ExecutionRequest) => {
        const contextValue = subgraph.createContext();
        const args = {
          schema: subgraph.schema,
          document: request.document,
          variableValues: request.variables,
          operationName: request.operationName,
          contextValue,
          rootValue: request.rootValue,
        };
        if (request.operationType === 'subscription') {
          const results = await subscribe(args);
          if (!(Symbol.asyncIterator in results)) return maskUnexpectedErrors(results, subgraph.name, log);
          return eachResult(results, (result) => maskUnexpectedErrors(result, subgraph.name, log)) as never;
        }
        const { ledger, result } = withLedger(() => execute(args));
        const answered = withWarnings(maskUnexpectedErrors(await result, subgraph.name, log), warningsOf(contextValue));
        return withLedgerExtension(answered, ledger);
      };
      return executor as Executor;
    },
  };
}

/**
 * A remote subgraph that cannot be reached makes the HTTP executor answer an error that carries the
 * request it tried (SUBREQUEST_HTTP_ERROR) and a system error, which the gateway would mask as an
 * unexpected one: the client is told instead which subgraph failed, and nothing of the request.
 */
function reachedOverHttp(executor: Executor, subgraph: string, log: Logger): Executor {
  const unreachable = (error: unknown) => {
    log.warn({ err: error, subgraph }, 'subgraph could not be reached');
    return new GraphQLError(`The ${subgraph} subgraph could not be reached.`, {
      extensions: errorExtensions('DOWNSTREAM_SERVICE_ERROR', { serviceName: subgraph }),
    });
  };
  return (async (request: ExecutionRequest) => {
    try {
      const result = (await executor(request)) as ExecutionResult;
      if (!result?.errors?.some(isTransportError)) return result;
      return { ...result, errors: result.errors.map((e) => (isTransportError(e) ? unreachable(e) : e)) };
    } catch (error) {
      return { errors: [unreachable(error)] };
    }
  }) as Executor;
}

const isTransportError = (error: GraphQLError) => error.extensions?.code === 'SUBREQUEST_HTTP_ERROR';

/**
 * The results of a subscription, each mapped. Ending it (the subscriber leaves) ends the subgraph's
 * stream at once, not at its next event as an async generator's return would.
 */
function eachResult(
  results: AsyncIterable<ExecutionResult>,
  map: (result: ExecutionResult) => ExecutionResult,
): AsyncIterableIterator<ExecutionResult> {
  const inner = results[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      const step = await inner.next();
      return step.done ? step : { done: false, value: map(step.value) };
    },
    return: (value?: unknown) => inner.return?.(value) ?? Promise.resolve({ done: true, value }),
    throw: (error?: unknown) => inner.throw?.(error) ?? Promise.reject(error),
  };
}

// A subgraph server masks errors that are not GraphQL errors (bugs, not user mistakes); in-process
// execution has to do the same so internals never reach a client.
function maskUnexpectedErrors(result: ExecutionResult, subgraph: string, log: Logger): ExecutionResult {
  if (!result.errors?.some((error) => isUnexpected(error))) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      if (!isUnexpected(error)) return error;
      if (isDatabaseUnavailable(error.originalError)) {
        log.warn({ err: (error.originalError as Error).message, subgraph, path: error.path }, 'database unavailable');
        return databaseUnavailableError(error);
      }
      log.error({ err: error.originalError, subgraph, path: error.path }, 'unexpected error in subgraph resolver');
      return new GraphQLError('Unexpected error.', {
        nodes: error.nodes,
        path: error.path,
        extensions: errorExtensions('INTERNAL_SERVER_ERROR'),
      });
    }),
  };
}

const isUnexpected = (error: GraphQLError) => error.originalError !== undefined && !(error.originalError instanceof GraphQLError);
