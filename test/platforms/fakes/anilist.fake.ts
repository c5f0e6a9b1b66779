// AniList (POST https://graphql.anilist.co): a real GraphQL server over the fixture, with AniList's HTTP statuses.
import {
  execute,
  getArgumentValues,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import {
  json,
  proxyUnavailable,
  startFakeServer,
  type FakeOptions,
  type FakePlatform,
  type FakeResponse,
  type RecordedRequest,
} from './fake-server.js';
import { FIXTURE_ANIME } from './fixture-anime.js';
import { ANILIST_SCHEMA } from './anilist.schema.js';
import { mediaModel, pageOf, sortBy, type MediaModel } from './anilist.model.js';
import { findAiring, type AiringArgs } from './anilist.airing.js';
import { FixedWindow } from './rate-window.js';
import { seedFrom, seedFromMal, syntheticAnime } from './synthetic.js';
import { listsRoot, type ListsContext } from './anilist.lists.js';
import { accountOf, FAKE_ACCOUNTS, type FakeAccount } from './linked-accounts.fixture.js';

export interface AniListFakeOptions extends FakeOptions {
  /** The X-RateLimit-Limit the fake reports (docs: 90; live has been seen saying 30). Default 90. */
  rateLimitPerMinute?: number;
  /** Answer 429 once a minute's requests exceed `rateLimitPerMinute`. Default off: the counters are only reported. */
  enforceRateLimit?: boolean;
  /** Answer Media by an id or idMal the fixture lacks (and Page.media id_in/idMal_in) with deterministic synthetic anime. Default off. */
  synthesize?: boolean;
  /** The largest page the fake answers (AniList: 50), lower to make a client page through the few fixture shows. */
  maxPerPage?: number;
  /** The accounts whose tokens it accepts (Viewer, MediaListCollection). Default: linked-accounts.fixture.ts. */
  accounts?: readonly FakeAccount[];
  /** The largest MediaListCollection chunk it answers (AniList: 500), lower to make a client read chunk after chunk. */
  maxPerChunk?: number;
}

/** An error AniList reports with its own HTTP status (404 for a missing Media). */
class AniListError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface MediaArgs {
  id?: number | null;
  idMal?: number | null;
  id_in?: (number | null)[] | null;
  id_not_in?: (number | null)[] | null;
  idMal_in?: (number | null)[] | null;
  idMal_not_in?: (number | null)[] | null;
  type?: string | null;
  search?: string | null;
  format?: string | null;
  format_in?: string[] | null;
  status?: string | null;
  season?: string | null;
  seasonYear?: number | null;
  genre?: string | null;
  isAdult?: boolean | null;
  sort?: string[] | null;
}

const asc = (pick: (m: MediaModel) => number | string) => (a: MediaModel, b: MediaModel) => {
  const x = pick(a);
  const y = pick(b);
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
};
const MEDIA_SORTS: Record<string, (a: MediaModel, b: MediaModel) => number> = Object.fromEntries(
  Object.entries({
    ID: asc((m) => m.id),
    TITLE_ROMAJI: asc((m) => m.title.romaji),
    START_DATE: asc((m) => `${m.startDate.year}-${m.startDate.month}-${m.startDate.day}`),
    SCORE: asc((m) => m.averageScore),
    POPULARITY: asc((m) => m.popularity),
    TRENDING: asc((m) => m.popularity),
    FAVOURITES: asc((m) => m.favourites),
    EPISODES: asc((m) => m.episodes ?? 0),
  }).flatMap(([key, compare]) => [
    [key, compare],
    [`${key}_DESC`, (a: MediaModel, b: MediaModel) => compare(b, a)],
  ]),
);

/** Synthetic anime for the ids and MAL ids a query names; the usual filters then apply to them as to the fixture. */
function syntheticMatches(args: MediaArgs) {
  const ids = [args.id, ...(args.id_in ?? [])].map((id) => seedFrom('anilist', id));
  const malIds = [args.idMal, ...(args.idMal_in ?? [])].map((id) => seedFromMal(id));
  const seeds = new Set([...ids, ...malIds].filter((seed): seed is number => seed !== undefined));
  return [...seeds].map(syntheticAnime);
}

const has = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** Null arguments count as absent, as on AniList (unset variables are common in shared queries). */
function findMedia(args: MediaArgs, synthesize: boolean): MediaModel[] {
  const search = args.search?.toLowerCase();
  const candidates = synthesize ? [...FIXTURE_ANIME, ...syntheticMatches(args)] : FIXTURE_ANIME;
  const matches = candidates
    .map(mediaModel)
    .filter(
      (m) =>
        (!has(args.id) || m.id === args.id) &&
        (!has(args.idMal) || m.idMal === args.idMal) &&
        (!args.id_in || args.id_in.includes(m.id)) &&
        (!args.id_not_in || !args.id_not_in.includes(m.id)) &&
        (!args.idMal_in || args.idMal_in.includes(m.idMal)) &&
        (!args.idMal_not_in || !args.idMal_not_in.includes(m.idMal)) &&
        (!has(args.type) || m.type === args.type) &&
        (!search || [m.title.romaji, m.title.english, m.title.native, ...m.synonyms].some((t) => t?.toLowerCase().includes(search))) &&
        (!has(args.format) || m.format === args.format) &&
        (!args.format_in || args.format_in.includes(m.format)) &&
        (!has(args.status) || m.status() === args.status) &&
        (!has(args.season) || m.season === args.season) &&
        (!has(args.seasonYear) || m.seasonYear === args.seasonYear) &&
        (!has(args.genre) || m.genres.includes(args.genre)) &&
        (!has(args.isAdult) || m.isAdult === args.isAdult),
    );
  return sortBy(matches, args.sort?.length ? args.sort : ['ID'], MEDIA_SORTS);
}

/** A data field (`media`, `airingSchedules`) inside a Page selection, so pageInfo can count what it will return. */
function findField(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: Record<string, FragmentDefinitionNode>,
): FieldNode | undefined {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field' && selection.name.value === name) return selection;
    const nested =
      selection.kind === 'InlineFragment'
        ? selection.selectionSet
        : selection.kind === 'FragmentSpread'
          ? fragments[selection.name.value]?.selectionSet
          : undefined;
    const found = nested && findField(nested, name, fragments);
    if (found) return found;
  }
  return undefined;
}

const pageType = ANILIST_SCHEMA.getType('Page') as GraphQLObjectType;

const rootValue = (synthesize: boolean, maxPerPage: number) => ({
  Media(args: MediaArgs) {
    const [first] = findMedia(args, synthesize);
    if (!first) throw new AniListError('Not Found.', 404);
    return first;
  },
  // AniList answers one data field per Page (its docs); pageInfo counts the one asked for.
  Page(args: { page?: number | null; perPage?: number | null }, _context: unknown, info: GraphQLResolveInfo) {
    const selection = info.fieldNodes[0].selectionSet;
    const argsOf = (name: 'media' | 'airingSchedules', field: FieldNode) =>
      getArgumentValues(pageType.getFields()[name], field, info.variableValues);
    const airing = findField(selection, 'airingSchedules', info.fragments);
    if (airing) {
      const found = findAiring(argsOf('airingSchedules', airing) as AiringArgs, new Date());
      const { items, pageInfo } = pageOf(found, args.page, args.perPage, 50, maxPerPage);
      return { pageInfo, airingSchedules: () => items };
    }
    const field = findField(selection, 'media', info.fragments);
    const mediaArgs = (field ? argsOf('media', field) : {}) as MediaArgs;
    const { items, pageInfo } = pageOf(findMedia(mediaArgs, synthesize), args.page, args.perPage, 50, maxPerPage);
    return { pageInfo, media: () => items };
  },
});

interface AniListError400 {
  message: string;
  status: number;
  locations?: GraphQLFormattedError['locations'];
}

function formatError(error: GraphQLError, fallbackStatus: number): AniListError400 {
  const status = error.originalError instanceof AniListError ? error.originalError.status : fallbackStatus;
  // AniList's live messages carry no graphql-js "Did you mean" suggestions.
  const message = error.message.replace(/ Did you mean .*\?$/, '');
  return { message, status, ...(error.locations ? { locations: error.locations } : {}) };
}

const badRequest = (errors: AniListError400[]) => json(400, { data: null, errors });

interface GraphQLParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

function readParams(request: RecordedRequest): { params: GraphQLParams } | { response: FakeResponse } {
  try {
    if (request.method !== 'GET') return { params: JSON.parse(request.body) as GraphQLParams };
    const variables = request.query.get('variables');
    return { params: { query: request.query.get('query') ?? undefined, variables: variables ? JSON.parse(variables) : undefined } };
  } catch {
    return { response: badRequest([{ message: 'Syntax Error: request body is not valid JSON.', status: 400 }]) };
  }
}

async function handle(request: RecordedRequest, root: object, accounts: readonly FakeAccount[]): Promise<FakeResponse> {
  if (request.path !== '/') return json(404, { data: null, errors: [{ message: 'Not Found.', status: 404 }] });
  // AniList checks a token before it runs anything: one it does not know fails the whole request.
  const account = accountOf(request.headers.authorization, accounts);
  if (account === null) return badRequest([{ message: 'Invalid token', status: 400 }]);
  const contextValue: ListsContext = { account };
  const read = readParams(request);
  if ('response' in read) return read.response;
  const { query, variables, operationName } = read.params ?? {};
  if (typeof query !== 'string' || query.trim() === '') return badRequest([{ message: 'Must provide query string.', status: 400 }]);
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return badRequest([formatError(error as GraphQLError, 400)]);
  }
  const invalid = validate(ANILIST_SCHEMA, document);
  if (invalid.length > 0) return badRequest(invalid.map((e) => formatError(e, 400)));
  const result = await execute({
    schema: ANILIST_SCHEMA,
    document,
    rootValue: root,
    contextValue,
    variableValues: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: typeof operationName === 'string' ? operationName : undefined,
  });
  // No data at all means the request itself was wrong (bad variables, unknown operation).
  if (result.data === undefined || result.data === null) return badRequest((result.errors ?? []).map((e) => formatError(e, 400)));
  if (!result.errors?.length) return json(200, { data: result.data });
  const errors = result.errors.map((e) => formatError(e, 500));
  return json(errors[0].status, { errors, data: result.data });
}

export function startAniListFake(options: AniListFakeOptions = {}): Promise<FakePlatform> {
  const limit = options.rateLimitPerMinute ?? 90;
  const window = new FixedWindow(limit, 60_000);
  const common = {
    'Cache-Control': 'no-cache, private',
    'Access-Control-Expose-Headers': 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After',
  };
  const accounts = options.accounts ?? FAKE_ACCOUNTS;
  const root = {
    ...rootValue(options.synthesize ?? false, Math.min(options.maxPerPage ?? 50, 50)),
    ...listsRoot(accounts, Math.min(options.maxPerChunk ?? 500, 500), (message, status) => new AniListError(message, status)),
  };
  const tooMany = () => json(429, { data: null, errors: [{ message: 'Too Many Requests.', status: 429 }] });
  return startFakeServer(
    {
      basePath: '',
      admit() {
        const hit = window.hit();
        const headers = { ...common, 'X-RateLimit-Limit': limit, 'X-RateLimit-Remaining': hit.remaining };
        if (!options.enforceRateLimit || hit.allowed) return { headers };
        const limited = { ...headers, 'Retry-After': hit.retryAfterSeconds, 'X-RateLimit-Reset': Math.floor(hit.resetAt / 1000) };
        return { headers: limited, reject: tooMany() };
      },
      handle: (request) => handle(request, root, accounts),
      failure(mode, { retryAfterSeconds }) {
        if (mode === 'unavailable') return proxyUnavailable();
        if (mode === 'server-error') return json(500, { data: null, errors: [{ message: 'Internal Server Error', status: 500 }] });
        const reset = Math.floor(Date.now() / 1000) + retryAfterSeconds;
        return {
          ...tooMany(),
          headers: { ...tooMany().headers, 'Retry-After': retryAfterSeconds, 'X-RateLimit-Remaining': 0, 'X-RateLimit-Reset': reset },
        };
      },
    },
    options,
  );
}
