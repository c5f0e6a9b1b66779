// The one paging shape of every connection: Relay-style edges with opaque cursors, pageInfo and
// the total, from a list the caller has in order and the position `after` points past.
import { BadUserInputError } from './errors.js';

/** Validates a page size argument against the configured limit. */
export function pageSize(first: number | null | undefined, fallback: number, max: number, argument = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0) {
    throw new BadUserInputError(`${argument} must be a non-negative integer (got ${size}).`, argument);
  }
  if (size > max) throw new BadUserInputError(`${argument} must be at most ${max} (got ${size}).`, argument);
  return size;
}

const PREFIX = 'cursor:';

export function encodeCursor(value: string): string {
  return Buffer.from(PREFIX + value).toString('base64url');
}

export function decodeCursor(cursor: string, argument = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX)) throw new BadUserInputError(`${argument} is not a cursor this API issued.`, argument);
  return decoded.slice(PREFIX.length);
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Cursors of the first and last edge of the page; null when it is empty. */
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Every item of the list: paging from the start to the end returns exactly this many. */
  totalCount: number;
}

/** The page of `size` items of `items` from index `start`, each with the cursor `cursorOf` gives it. */
export function paginate<T>(items: readonly T[], start: number, size: number, cursorOf: (item: T, index: number) => string): Connection<T> {
  const nodes = items.slice(start, start + size);
  const edges = nodes.map((node, i) => ({ cursor: cursorOf(node, start + i), node }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: start + nodes.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
