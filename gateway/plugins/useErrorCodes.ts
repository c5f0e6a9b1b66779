import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isErrorCode, type ErrorCode } from '../../lib/error-codes.js';
import type { Logger } from '../../lib/logger.js';

/**
 * Gives every error of a response an `extensions.code` from the catalog (lib/error-codes.ts).
 * graphql-js leaves two kinds of request errors without one: a variable whose value does not fit its
 * type, and an operation type the schema does not have. A code outside the catalog (a remote
 * subgraph's, or a library's after an upgrade) is passed on as it is, and logged once.
 */
export function useErrorCodes(log: Logger): GatewayPlugin {
  const reported = new Set<string>();
  const coded = (error: GraphQLError): GraphQLError => {
    const code = error.extensions?.code;
    if (code !== undefined) {
      if (!isErrorCode(code) && !reported.has(String(code))) {
        reported.add(String(code));
        log.warn({ code }, 'an error code that lib/error-codes.ts does not list (nor docs/errors.md)');
      }
      return error;
    }
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError,
      extensions: { ...error.extensions, code: codeFor(error) },
    });
  };
  return {
    onResultProcess({ result, setResult }) {
      if (!isResult(result) || !result.errors?.some((e) => e.extensions?.code === undefined || !isErrorCode(e.extensions.code))) return;
      setResult({ ...result, errors: result.errors.map((e) => coded(e as GraphQLError)) });
    },
  };
}

function codeFor(error: GraphQLError): ErrorCode {
  if (/^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(error.message)) return 'BAD_USER_INPUT';
  if (/^Schema is not configured to execute \w+ operation/.test(error.message)) return 'GRAPHQL_VALIDATION_FAILED';
  return 'INTERNAL_SERVER_ERROR';
}

const isResult = (value: unknown): value is ExecutionResult =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(Symbol.asyncIterator in value) && 'errors' in value;
