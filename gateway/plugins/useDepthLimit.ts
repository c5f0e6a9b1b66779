import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError } from 'graphql';
import { errorExtensions } from '../../lib/errors.js';

export interface DepthLimitOptions {
  /** Deepest selection nesting accepted (fragments followed). */
  maxDepth: number;
}

/** Refuses queries nested deeper than `maxDepth` with extensions.code QUERY_TOO_DEEP. */
export function useDepthLimit({ maxDepth }: DepthLimitOptions) {
  return maxDepthPlugin({
    n: maxDepth,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
            extensions: errorExtensions('QUERY_TOO_DEEP', { maxDepth }),
          }),
        ),
    ],
  });
}
