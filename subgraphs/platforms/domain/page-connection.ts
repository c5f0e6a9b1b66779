// A platform list that pages by number (Jikan, AnimeSchedule) served as a Relay connection. A cursor
// names the platform page of its item (and that page's size) and the item's place in it, so paging on
// asks the platform for the same pages, which the platform cache already holds.
import { BadUserInputError } from '../../../lib/errors.js';
import { decodeCursor, encodeCursor, pageSize, type PageInfo } from '../../../lib/paging.js';
import type { Sourced } from '../../../lib/platforms/sourced.js';

/** One numbered page as the platform answered it. */
export interface NumberedPage<T> {
  items: T[];
  hasNextPage: boolean;
  /** Items in all pages, where the platform says. */
  total: number | null;
  /** The last page number, where the platform says. */
  lastPage?: number;
}

/** Where a connection starts: the item `index` of platform page `page` (pages of `size` items). */
export interface PagePosition {
  page: number;
  size: number;
  index: number;
}

export interface PlatformConnection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | null;
  /** Every platform page read for this connection, in order. */
  answers: Sourced<NumberedPage<T> | null>[];
}

/** The position right after `after`, or the first item of page 1 without it. */
export function positionAfter(after: string | null | undefined, size: number): PagePosition {
  if (!after) return { page: 1, size, index: 0 };
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(decodeCursor(after));
  if (!match) throw new BadUserInputError('after is not a cursor of this list.', 'after');
  const [page, pageSize, index] = match.slice(1).map(Number);
  if (page < 1 || pageSize < 1) throw new BadUserInputError('after is not a cursor of this list.', 'after');
  return { page, size: pageSize, index: index + 1 };
}

/**
 * Up to `first` items from `start` on, reading pages with `load` until there are enough or the
 * platform has no more. Null for the first page read means the platform has no such list.
 */
export async function connectionOfPages<T>(
  load: (page: number, size: number) => Promise<Sourced<NumberedPage<T> | null>>,
  start: PagePosition,
  first: number,
): Promise<PlatformConnection<T> | null> {
  const { size } = start;
  const edges: PlatformConnection<T>['edges'] = [];
  const answers: PlatformConnection<T>['answers'] = [];
  let { page, index } = start;
  let hasNextPage = false;
  for (;;) {
    const answer = await load(page, size);
    answers.push(answer);
    const value = answer.value;
    if (!value) {
      if (answers.length === 1) return null;
      break;
    }
    const taken = value.items.slice(index, index + first - edges.length);
    taken.forEach((node, i) => edges.push({ cursor: encodeCursor(`${page}.${size}.${index + i}`), node }));
    const restOnPage = index + taken.length < value.items.length;
    hasNextPage = restOnPage || value.hasNextPage;
    if (edges.length >= first || !value.hasNextPage || value.items.length === 0) break;
    page += 1;
    index = 0;
  }
  const firstAnswer = answers[0].value!;
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: start.page > 1 || start.index > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: firstAnswer.total,
    answers,
  };
}

/** The least fresh of the answers: what a connection's one dataSource reports. */
export function stalestAnswer<T>(answers: Sourced<T>[]): Sourced<T> {
  return answers.reduce((worst, a) =>
    (a.stale && !worst.stale) || (a.stale === worst.stale && a.ageSeconds > worst.ageSeconds) ? a : worst,
  );
}

/** A list's paging arguments: first/after, or the deprecated page/limit they replace. */
export interface ListPagingArgs {
  first?: number | null;
  after?: string | null;
  page?: number | null;
  limit?: number | null;
}

/**
 * Where a page starts and how many items it holds. `size` is the platform page size to ask for where
 * the platform takes one (Jikan's `limit`; AnimeSchedule's pages are fixed), `maxFirst` the most items
 * one page of the connection may hold. The deprecated `limit` is also the platform page size, as it
 * was before connections.
 */
export function listPaging(args: ListPagingArgs, size: number, maxFirst: number): { start: PagePosition; first: number } {
  const legacy = args.page != null || args.limit != null;
  if (legacy && (args.first != null || args.after != null)) {
    throw new BadUserInputError(
      'page and limit are the deprecated form of first and after: use one or the other.',
      args.after ? 'after' : 'first',
    );
  }
  if (!legacy) {
    const start = positionAfter(args.after, size);
    // A cursor names the platform page size it was read with: never more than a page may hold.
    if (start.size > Math.max(size, maxFirst)) throw new BadUserInputError('after is not a cursor of this list.', 'after');
    return { start, first: pageSize(args.first, size, maxFirst) };
  }
  const limit = args.limit ?? size;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxFirst)
    throw new BadUserInputError(`limit must be between 1 and ${maxFirst} (got ${limit}).`, 'limit');
  const page = args.page ?? 1;
  if (!Number.isInteger(page) || page < 1) throw new BadUserInputError(`page must be 1 or more (got ${page}).`, 'page');
  return { start: { page, size: limit, index: 0 }, first: limit };
}
