import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { OperationGate } from '../auth/operation-gate.js';

const isResult = (value: unknown): value is ExecutionResult =>
  typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);

/**
 * Counts every operation against its caller's quotas (gateway/auth/operation-gate.ts): past the daily
 * query quota it is answered with QUOTA_EXCEEDED (HTTP 429); past the enhanced quota it runs without
 * its platform fields. Registered before the response cache, so that a cached answer counts too.
 */
export function useQuotas(gate: OperationGate): GatewayPlugin {
  let schema: GraphQLSchema | undefined;
  return {
    onSchemaChange({ schema: next }) {
      schema = next;
    },
    async onExecute({ args, setResultAndStopExecution }) {
      if (!schema) return;
      const admission = await gate.admit(schema, args.document, args.operationName);
      if (admission.run === 'no') return setResultAndStopExecution(admission.result);
      if (admission.run === 'as-is') return;
      // The executor reads the arguments after the hooks: it plans the document without the platform fields.
      args.document = admission.document;
      return {
        onExecuteDone({ result, setResult }) {
          if (isResult(result)) setResult(admission.finish(result));
        },
      };
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      if (!schema) return;
      const admission = await gate.admit(schema, args.document, args.operationName);
      if (admission.run === 'no') return setResultAndStopExecution(admission.result);
      if (admission.run === 'as-is') return;
      args.document = admission.document;
      return {
        onSubscribeResult() {
          return {
            onNext({ result, setResult }) {
              setResult(admission.finish(result));
            },
          };
        },
      };
    },
  };
}
