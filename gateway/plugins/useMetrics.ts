import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, type ExecutionResult } from 'graphql';
import { operationName, type Outcome, type RequestMetrics } from '../../lib/metrics/index.js';

interface Timed {
  end: (operation: string, outcome: Outcome) => void;
  operation?: string;
  /** Whether the request carried GraphQL parameters (not a GraphiQL page). */
  graphql: boolean;
  errors: boolean;
}

/**
 * Times each GraphQL request over HTTP (transport graphql-http) by its operation name and counts the
 * errors of its answer by code. The requests the REST and MCP facades make are theirs (not counted
 * here); graphql-ws never reaches these HTTP hooks (gateway/graphql-ws.ts times its operations).
 * Registered after useErrorCodes, so that every error has its code, and before the response cache,
 * which answers a hit without executing the plugins after it.
 */
export function useMetrics(requests: RequestMetrics): GatewayPlugin {
  const timed = new WeakMap<Request, Timed>();
  return {
    onRequest({ request }) {
      if (!requests.withinFacade) timed.set(request, { end: requests.start('graphql-http'), graphql: false, errors: false });
    },
    onParams({ request, params }) {
      const entry = timed.get(request);
      if (entry) Object.assign(entry, { graphql: true, operation: params.operationName ?? undefined });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request } | undefined)?.request;
      const entry = request && timed.get(request);
      const name = entry && getOperationAST(args.document, args.operationName)?.name?.value;
      if (name) entry.operation = name;
    },
    onResultProcess({ request, result }) {
      const entry = timed.get(request);
      if (!entry) return;
      entry.graphql = true;
      const errors = (Array.isArray(result) ? result : [result]).flatMap((r) => (isResult(r) ? (r.errors ?? []) : []));
      requests.countErrors(errors.map((e) => e.extensions?.code));
      entry.errors = errors.length > 0;
    },
    onResponse({ request, response }) {
      const entry = timed.get(request);
      timed.delete(request);
      if (entry?.graphql) entry.end(operationName(entry.operation), entry.errors || response.status >= 400 ? 'error' : 'ok');
    },
  };
}

const isResult = (value: unknown): value is ExecutionResult =>
  typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value) && 'errors' in value;
