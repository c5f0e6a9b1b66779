import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';
import { warningsOf, withWarnings } from '../../lib/warnings.js';

const isResult = (value: unknown): value is ExecutionResult =>
  typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);

/**
 * Subgraphs say in `extensions.warnings` that part of their answer is degraded; the gateway would
 * drop their response extensions, so this gathers the warnings of every subgraph a request called
 * and puts them in the response's `extensions.warnings`.
 */
export function useSubgraphWarnings(): GatewayPlugin {
  const gathered = new WeakMap<object, string[]>();
  return {
    onSubgraphExecute({ executionRequest }) {
      const context = executionRequest.context as object | undefined;
      if (!context) return;
      return ({ result }) => {
        const warnings = isResult(result) ? warningsOf(result.extensions) : [];
        if (warnings.length) gathered.set(context, [...(gathered.get(context) ?? []), ...warnings]);
      };
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const warnings = gathered.get(args.contextValue as object);
          if (warnings && isResult(result)) setResult(withWarnings(result, warnings));
        },
      };
    },
  };
}
