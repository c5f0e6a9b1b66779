// The load mix: five kinds of request in equal shares, each a GraphQL body and a check of its answer.
// New hybrid searches are never repeated; title searches repeat a fixed small set; id lookups and
// `similar` take their ids from an IdSource (by default each a different anime, cycling through the
// catalog); `animes` pages vary filters and page sizes and follow `endCursor`s of earlier pages.
import type { QuerySource } from '../lib/descriptive-queries.js';
import { mulberry32 } from '../lib/queries.js';
import type { LoadSample } from './sample.js';

export const KINDS = ['search', 'title', 'id', 'page', 'similar'] as const;
export type Kind = (typeof KINDS)[number];

/** `search,similar` -> those kinds; throws on a name that is not a kind. */
export function parseKinds(list: string): Kind[] {
  const names = list
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const unknown = names.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`unknown kinds ${unknown.join(', ')}: the kinds are ${KINDS.join(', ')}`);
  return names as Kind[];
}

export const KIND_LABELS: Record<Kind, string> = {
  search: 'new hybrid search',
  title: 'repeated title search',
  id: 'anime(id:)',
  page: 'animes page (filter, after)',
  similar: 'similar(id:)',
};

export interface Outcome {
  /** Why the answer is wrong; undefined when it is right. */
  problem?: string;
  /** extensions.responseCache.hit: the gateway answered from its response cache. */
  cacheHit: boolean;
  /** Served, but not as asked: a search answered in another mode than HYBRID, or with warnings. */
  degraded?: string;
}

export interface Prepared {
  kind: Kind;
  body: string;
  check(response: GraphqlResponse): Outcome;
}

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { responseCache?: { hit?: boolean }; warnings?: string[] };
}

const SEARCH = `query Search($q: String!) {
  search(query: $q, first: 10) { totalCount mode hits { score anime { id title type year } } }
}`;
const ANIME = `query Anime($id: ID!) {
  anime(id: $id) { id title type episodes status season year score { arithmeticGeometricMean } studios tags }
}`;
const PAGE = `query Page($first: Int!, $after: String, $filter: AnimeFilter) {
  animes(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id title type year episodes score { arithmeticGeometricMean } }
  }
}`;
const SIMILAR = `query Similar($id: ID!, $exclude: Boolean!) {
  similar(id: $id, first: 10, excludeSameFranchise: $exclude) { score storySimilarity sharedTags reasons anime { id title type year } }
}`;

const PAGE_SIZES = [10, 20, 50, 100];
/** A listing is followed for at most this many pages. */
const MAX_PAGES = 5;
/** Next pages waiting to be asked for; older ones are dropped past this. */
const MAX_PENDING = 1_000;
const TYPES = ['TV', 'MOVIE', 'OVA', 'ONA', 'SPECIAL'];
const SEASONS = ['SPRING', 'SUMMER', 'FALL', 'WINTER'];
const STATUSES = [['FINISHED'], ['ONGOING'], ['ONGOING', 'UPCOMING'], ['FINISHED', 'ONGOING']];

interface PageRequest {
  filter: Record<string, unknown> | null;
  first: number;
  after: string | null;
  page: number;
}

export interface MixCounts {
  /** Requests handed out, per kind. */
  sent: Record<Kind, number>;
  /** Of the `animes` requests, those that asked for a next page (`after` set). */
  nextPages: number;
}

/** Where id lookups and `similar` get their anime ids. */
export interface IdSource {
  next(): string;
  describe(): string;
}

/**
 * The ids in order from `start`, round and round: no anime is asked for twice until the whole list has
 * gone by, and by then the gateway's response cache (an LRU of RESPONSE_CACHE_MAX_ENTRIES, 2,000 by
 * default) no longer holds it. Shared by the runs, so no run asks for what an earlier one did.
 */
export class IdCycle implements IdSource {
  private at: number;

  constructor(
    private readonly ids: readonly string[],
    start: number,
  ) {
    if (ids.length === 0) throw new Error('no anime ids');
    this.at = start;
  }

  next(): string {
    return this.ids[this.at++ % this.ids.length];
  }

  describe(): string {
    return `each a different anime, in turn through ${this.ids.length} ids`;
  }
}

/** Uniformly at random among a small pool: a popular set, mostly answered from the response cache once seen. */
export class IdPool implements IdSource {
  private readonly random: () => number;

  constructor(
    private readonly ids: readonly string[],
    seed: number,
  ) {
    if (ids.length === 0) throw new Error('no anime ids');
    this.random = mulberry32(seed);
  }

  next(): string {
    return this.ids[Math.floor(this.random() * this.ids.length)];
  }

  describe(): string {
    return `at random among a pool of ${this.ids.length} ids`;
  }
}

/**
 * Zipf's law over the (shuffled) ids, s = 1: a few anime are asked for often, most seldom, as real
 * traffic goes; the popular ones come from the gateway's response cache once seen, the long tail not.
 */
export class IdZipf implements IdSource {
  private readonly random: () => number;
  /** cumulative[k]: the probability of the first k + 1 ids. */
  private readonly cumulative: Float64Array;

  constructor(
    private readonly ids: readonly string[],
    seed: number,
  ) {
    if (ids.length === 0) throw new Error('no anime ids');
    this.random = mulberry32(seed);
    this.cumulative = new Float64Array(ids.length);
    let sum = 0;
    for (let k = 0; k < ids.length; k++) this.cumulative[k] = sum += 1 / (k + 1);
    for (let k = 0; k < ids.length; k++) this.cumulative[k] /= sum;
  }

  next(): string {
    const r = this.random();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid] < r) low = mid + 1;
      else high = mid;
    }
    return this.ids[low];
  }

  describe(): string {
    return `Zipf (s = 1) over ${this.ids.length} ids`;
  }
}

export class RequestMix {
  private readonly random: () => number;
  private turn = 0;
  private readonly pending: PageRequest[] = [];
  readonly counts: MixCounts = { sent: { search: 0, title: 0, id: 0, page: 0, similar: 0 }, nextPages: 0 };

  constructor(
    private readonly queries: QuerySource,
    private readonly sample: LoadSample,
    private readonly ids: { lookups: IdSource; similar: IdSource },
    seed: number,
    /** The kinds that take turns: all five by default. */
    private readonly kinds: readonly Kind[] = KINDS,
  ) {
    if (kinds.length === 0) throw new Error('the load mix needs at least one kind of request');
    if (sample.titles.length === 0) throw new Error('the load mix needs titles');
    this.random = mulberry32(seed);
  }

  /** The next request, the kinds taking turns (each kind an equal share of what is sent). */
  next(): Prepared {
    const kind = this.kinds[this.turn++ % this.kinds.length];
    this.counts.sent[kind]++;
    switch (kind) {
      case 'search': {
        const q = this.queries.next();
        if (q === undefined) throw new Error('the query source ran out of new queries');
        return { kind, body: body(SEARCH, { q }), check: checkSearch };
      }
      case 'title':
        return { kind, body: body(SEARCH, { q: this.pick(this.sample.titles) }), check: checkSearch };
      case 'id':
        return { kind, body: body(ANIME, { id: this.ids.lookups.next() }), check: checkAnime };
      case 'page':
        return this.page();
      case 'similar':
        return { kind, body: body(SIMILAR, { id: this.ids.similar.next(), exclude: this.random() < 0.5 }), check: checkSimilar };
    }
  }

  private page(): Prepared {
    const request = this.pending.shift() ?? { filter: this.filter(), first: this.pick(PAGE_SIZES), after: null, page: 1 };
    if (request.after) this.counts.nextPages++;
    const check = (response: GraphqlResponse): Outcome => {
      const outcome = checkField(response, 'animes');
      const animes = response.data?.animes as { pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } } | undefined;
      const info = animes?.pageInfo;
      if (!outcome.problem && info?.hasNextPage && info.endCursor && request.page < MAX_PAGES) {
        if (this.pending.length >= MAX_PENDING) this.pending.shift();
        this.pending.push({ ...request, after: info.endCursor, page: request.page + 1 });
      }
      return outcome;
    };
    return { kind: 'page', body: body(PAGE, { first: request.first, after: request.after, filter: request.filter }), check };
  }

  /** One to three criteria of the filter (none for one listing in ten). */
  private filter(): Record<string, unknown> | null {
    if (this.random() < 0.1) return null;
    const makers: (() => [string, unknown])[] = [
      () => ['type', this.some(TYPES, 2)],
      () => {
        const min = 1980 + Math.floor(this.random() * 43);
        return ['year', { min, max: min + Math.floor(this.random() * 10) }];
      },
      () => ['season', [this.pick(SEASONS)]],
      () => ['status', this.pick(STATUSES)],
      () => {
        const r = this.random();
        const top = this.sample.tags;
        if (r < 0.5) return ['tags', { allOf: this.some(top.slice(0, 30), 2) }];
        if (r < 0.8) return ['tags', { anyOf: this.some(top, 3), noneOf: [this.pick(top.slice(0, 20))] }];
        return ['tags', { noneOf: this.some(top.slice(0, 20), 2) }];
      },
      () => ['score', { min: 6 + Math.round(this.random() * 20) / 10 }],
      () => ['episodes', this.random() < 0.5 ? { min: 1, max: 13 } : { min: 24 }],
      () => ['studios', [this.pick(this.sample.studios.length ? this.sample.studios : ['Sunrise'])]],
    ];
    const count = 1 + Math.floor(this.random() * 3);
    const filter: Record<string, unknown> = {};
    while (Object.keys(filter).length < count) {
      const [key, value] = this.pick(makers)();
      filter[key] = value;
    }
    return filter;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** One to `most` distinct items. */
  private some<T>(items: readonly T[], most: number): T[] {
    const count = 1 + Math.floor(this.random() * most);
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(this.pick(items));
    return [...chosen];
  }
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

function checkField(response: GraphqlResponse, field: string): Outcome {
  const cacheHit = response.extensions?.responseCache?.hit === true;
  if (response.errors?.length) {
    const codes = response.errors.map((e) => e.extensions?.code ?? 'no code');
    return { cacheHit, problem: `GraphQL error (${[...new Set(codes)].join(', ')}): ${response.errors[0].message}` };
  }
  if (!response.data || response.data[field] === undefined) return { cacheHit, problem: `no data.${field}` };
  if (response.data[field] === null) return { cacheHit, problem: `data.${field} is null` };
  const warnings = response.extensions?.warnings ?? [];
  return { cacheHit, degraded: warnings.length ? `warning: ${warnings[0]}` : undefined };
}

function checkSearch(response: GraphqlResponse): Outcome {
  const outcome = checkField(response, 'search');
  const search = response.data?.search as { mode?: string; hits?: unknown } | undefined;
  if (outcome.problem) return outcome;
  if (!Array.isArray(search?.hits)) return { ...outcome, problem: 'no search hits list' };
  if (search?.mode !== 'HYBRID') return { ...outcome, degraded: `answered in ${search?.mode} mode` };
  return outcome;
}

function checkAnime(response: GraphqlResponse): Outcome {
  return checkField(response, 'anime');
}

function checkSimilar(response: GraphqlResponse): Outcome {
  const outcome = checkField(response, 'similar');
  if (!outcome.problem && !Array.isArray(response.data?.similar)) return { ...outcome, problem: 'similar is not a list' };
  return outcome;
}
