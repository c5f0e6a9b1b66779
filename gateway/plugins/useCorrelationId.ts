import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { CORRELATION_HEADER, currentCorrelationId } from '../../lib/correlation.js';

/**
 * Passes the request's correlation id on to subgraphs called over HTTP. (The HTTP front sets it on
 * the request and response; in-process subgraphs share the async context that carries it.)
 */
export function useCorrelationId(): GatewayPlugin {
  return {
    onFetch({ options, setOptions }) {
      const correlationId = currentCorrelationId();
      if (!correlationId) return;
      setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), [CORRELATION_HEADER]: correlationId } });
    },
  };
}
