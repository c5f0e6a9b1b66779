// Label values that clients choose (GraphQL operation names, error codes from remote subgraphs) are
// bounded: every distinct value is a time series kept for the life of the process.

/** What a label says once its distinct values are used up. */
export const OTHER = 'other';

/** A label with at most `max` distinct values; later new values become "other". */
export function boundedLabel(max: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= max) return OTHER;
    seen.add(value);
    return value;
  };
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const ERROR_CODE = /^[A-Za-z][\w.-]{0,63}$/;

/** An operation name as GraphQL writes one, else "anonymous". */
export const operationName = (name: unknown): string => (typeof name === 'string' && GRAPHQL_NAME.test(name) ? name : 'anonymous');

/** An error code, or "UNKNOWN" for an error without a usable one. */
export const errorCode = (code: unknown): string => (typeof code === 'string' && ERROR_CODE.test(code) ? code : 'UNKNOWN');
