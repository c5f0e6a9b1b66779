// The one catalog of the codes AniGraph's errors carry in `extensions.code`: the ones its own code
// raises (typed by ErrorCode, so none can be raised without an entry here) and the ones the gateway's
// libraries raise. docs/errors.md is written from it (`npm run docs:errors`) and test/errors.test.ts
// holds the code, the gateway's answers and the page together.

export type Retry = 'no' | 'yes' | 'after-fix' | 'later';

export interface ErrorCodeEntry {
  /** What happened, in a client developer's words, with the extensions that come with it. */
  meaning: string;
  /** Whether sending the same request again can succeed. */
  retry: Retry;
  /** When and how to retry (or what to change instead). */
  advice: string;
  /** Who raises it: AniGraph's code, or a library the gateway runs on. */
  raisedBy: 'anigraph' | 'gateway library';
  /** One error as a client receives it in `errors`. */
  example: { message: string; path?: (string | number)[]; extensions: Record<string, unknown> };
}

export const ERROR_CODES = {
  GRAPHQL_PARSE_FAILED: {
    meaning: 'The document is not valid GraphQL syntax.',
    retry: 'after-fix',
    advice: 'Fix the document at the location given; the same request always fails.',
    raisedBy: 'gateway library',
    example: { message: 'Syntax Error: Expected Name, found "}".', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
  },
  GRAPHQL_VALIDATION_FAILED: {
    meaning:
      'The document does not fit the schema: an unknown field or argument, a wrong argument type, a missing required argument, or a mutation the API does not have.',
    retry: 'after-fix',
    advice: "Check the document against the schema (GraphiQL's docs pane, or schema/api.graphql).",
    raisedBy: 'gateway library',
    example: { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
  },
  BAD_REQUEST: {
    meaning:
      'The HTTP request is not a GraphQL request the gateway can read: a body that is not JSON, an unknown body parameter, no query, or a method other than GET and POST.',
    retry: 'after-fix',
    advice: 'Send `POST /graphql` with a JSON body `{ "query", "variables", "operationName" }`.',
    raisedBy: 'gateway library',
    example: { message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } },
  },
  OPERATION_RESOLUTION_FAILURE: {
    meaning: 'The document holds several operations and `operationName` does not name one of them, or names one it does not hold.',
    retry: 'after-fix',
    advice: 'Send the name of one operation of the document as `operationName`.',
    raisedBy: 'gateway library',
    example: { message: 'Could not determine what operation to execute.', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } },
  },
  BAD_USER_INPUT: {
    meaning:
      'An argument or variable has a value the API refuses: out of its range (`first` above the page limit), too long, a cursor the API did not issue, or a variable of the wrong type. `extensions.argument` names the argument where it is known. A platform token that the platform refuses (`linkPlatformAccount`) is one too, with `extensions.source` naming the platform.',
    retry: 'after-fix',
    advice: 'Change the value as the message says.',
    raisedBy: 'anigraph',
    example: {
      message: 'first must be at most 100 (got 500).',
      path: ['animes'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', serviceName: 'catalog' },
    },
  },
  QUERY_TOO_DEEP: {
    meaning: 'The selection nests deeper than MAX_QUERY_DEPTH levels (fragments counted); `extensions.maxDepth` gives the limit.',
    retry: 'after-fix',
    advice: 'Ask for fewer nested levels, or split the query in two.',
    raisedBy: 'anigraph',
    example: { message: 'Query depth limit of 12 exceeded, found 13.', extensions: { code: 'QUERY_TOO_DEEP', maxDepth: 12 } },
  },
  COST_ESTIMATED_TOO_EXPENSIVE: {
    meaning:
      'The estimated cost of the operation is above MAX_QUERY_COST: each object it may return costs 1, a list counts as many items as its `first` (or `limit`) asks for, 10 without one.',
    retry: 'after-fix',
    advice: 'Ask for smaller pages or fewer fields, or page with `after`.',
    raisedBy: 'gateway library',
    example: {
      message: 'Operation estimated cost 1530 exceeded configured maximum 1000',
      path: ['p0'],
      extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', cost: { estimated: 1530, max: 1000 } },
    },
  },
  NOT_FOUND: {
    meaning:
      "What was asked for does not exist: an AniGraph id given to `similar` or `recommendations`; a user, API key, linked account or webhook that is not the caller's (`revokeApiKey`, `unlinkPlatformAccount`, `deleteWebhook`, `webhookDeliveries`); or, with `extensions.source`, an anime, slug or list page that the platform does not have. Lookups by id (`anime`, `animeBySource`) answer null instead.",
    retry: 'no',
    advice: 'Check the id or slug; the platform will not have it on a retry.',
    raisedBy: 'anigraph',
    example: { message: 'No anime with id "mal-999999".', path: ['similar'], extensions: { code: 'NOT_FOUND', serviceName: 'catalog' } },
  },
  UNAUTHENTICATED: {
    meaning:
      'No valid API key: the request carried a key that is unknown, malformed or revoked (the gateway answers HTTP 401), or none where a field acts for a signed-in user (`createApiKey`, `revokeApiKey`, `setPreferences`, `exportMyData`, `deleteMyData`, `linkPlatformAccount`, `syncPlatformAccount`, `unlinkPlatformAccount`, `registerWebhook` and the other webhook fields, `analyticsReport`). `registerWebhook` also needs the key of a user (ADMIN_API_KEY belongs to no user).',
    retry: 'after-fix',
    advice:
      'Send your API key as `Authorization: Bearer <key>` (or `x-api-key`); an operator creates one for you (README: Users and API keys).',
    raisedBy: 'anigraph',
    example: {
      message: 'Sign in with an API key to use createApiKey.',
      path: ['createApiKey'],
      extensions: { code: 'UNAUTHENTICATED', serviceName: 'users' },
    },
  },
  FORBIDDEN: {
    meaning:
      "The caller may not do this: an operator's field (`createUser`, `setTier`, `deleteUser`, `user`, another user's keys) without ADMIN_API_KEY, or ADMIN_API_KEY is not configured at all; or `linkPlatformAccount` where the operator has not set CREDENTIALS_KEY.",
    retry: 'no',
    advice: 'Ask an operator of this AniGraph; a user can only change their own data.',
    raisedBy: 'anigraph',
    example: {
      message: 'createUser is for operators: send ADMIN_API_KEY.',
      path: ['createUser'],
      extensions: { code: 'FORBIDDEN', serviceName: 'users' },
    },
  },
  QUOTA_EXCEEDED: {
    meaning:
      "The caller's quota is used up. HTTP 429 when it is the daily query quota of the tier or the per-IP burst bucket (RATE_LIMIT_PER_IP), with `extensions.retryAfterSeconds`, `extensions.limit` and the `Retry-After` and `RateLimit-*` headers. When only the daily enhanced quota is used up, the operation still answers its catalog fields and this error names the platform fields it skipped (null) in `extensions.skippedFields`.",
    retry: 'later',
    advice: 'Retry after `retryAfterSeconds`, ask without platform fields meanwhile, or use a key of a higher tier.',
    raisedBy: 'anigraph',
    example: {
      message: 'The daily query quota of the FREE tier (100) is used up; it renews in 3600 s.',
      extensions: { code: 'QUOTA_EXCEEDED', quota: 'queries', limit: 100, retryAfterSeconds: 3600 },
    },
  },
  RELINK_REQUIRED: {
    meaning:
      "A linked account's stored token no longer works (`syncPlatformAccount`): the platform named by `extensions.source` refuses it (expired or revoked), it now belongs to another account, or this server can no longer open it (the key that sealed it was retired).",
    retry: 'after-fix',
    advice: 'Link the account again with a new token (`linkPlatformAccount`).',
    raisedBy: 'anigraph',
    example: {
      message: 'AniList: the platform no longer accepts the stored token; link the account again with linkPlatformAccount.',
      path: ['syncPlatformAccount'],
      extensions: { code: 'RELINK_REQUIRED', source: 'ANILIST', serviceName: 'users' },
    },
  },
  SERVICE_NOT_READY: {
    meaning: 'The catalog is still loading after a start, so nothing can be looked up yet.',
    retry: 'later',
    advice: 'Retry in a few seconds; `GET /ready` answers 200 once the catalog serves.',
    raisedBy: 'anigraph',
    example: {
      message: 'The catalog is still loading; retry in a few seconds.',
      path: ['animes'],
      extensions: { code: 'SERVICE_NOT_READY', serviceName: 'catalog' },
    },
  },
  UPSTREAM_UNAVAILABLE: {
    meaning:
      'The platform named by `extensions.source` failed: unreachable, an HTTP 5xx, an answer in an unexpected shape, a refusal, its circuit breaker open, or not configured (AnimeSchedule without ANIMESCHEDULE_TOKEN). `extensions.status` is its HTTP status where it answered, `extensions.retryAfterSeconds` when the breaker lets requests through again.',
    retry: 'later',
    advice: "Retry after `retryAfterSeconds` (or a minute); `platformStatus` shows the platform's breaker and recent errors.",
    raisedBy: 'anigraph',
    example: {
      message: 'Kitsu: failing; requests paused for 30 s (circuit open)',
      path: ['anime', 'platformScores', 2],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'KITSU', retryAfterSeconds: 30, serviceName: 'platforms' },
    },
  },
  UPSTREAM_RATE_LIMITED: {
    meaning:
      "The platform named by `extensions.source` refused for its rate limit (HTTP 429), or AniGraph's quota for it is used up; `extensions.retryAfterSeconds` says when it accepts requests again.",
    retry: 'later',
    advice: 'Retry after `retryAfterSeconds`; cached answers keep being served meanwhile.',
    raisedBy: 'anigraph',
    example: {
      message: 'MyAnimeList (Jikan): rate limit reached (429)',
      path: ['anime', 'characters'],
      extensions: { code: 'UPSTREAM_RATE_LIMITED', source: 'MYANIMELIST', status: 429, retryAfterSeconds: 2, serviceName: 'platforms' },
    },
  },
  UPSTREAM_TIMEOUT: {
    meaning:
      'The platform named by `extensions.source` did not answer within PLATFORM_TIMEOUT_MS (5 s by default), after the retries AniGraph makes.',
    retry: 'later',
    advice: 'Retry later; `platformStatus` shows its latency and breaker.',
    raisedBy: 'anigraph',
    example: {
      message: 'AniList: no answer within 5000 ms',
      path: ['anime', 'trailer'],
      extensions: { code: 'UPSTREAM_TIMEOUT', source: 'ANILIST', serviceName: 'platforms' },
    },
  },
  DOWNSTREAM_SERVICE_ERROR: {
    meaning:
      "A subgraph that the gateway calls over HTTP (CATALOG_SUBGRAPH_URL or PLATFORMS_SUBGRAPH_URL) could not be reached, or failed without saying why; `extensions.serviceName` names it, and the other subgraphs' fields still answer. Not raised when the subgraphs run in the gateway's process (the default). Also `recommendations` without `liked` when the catalog could not ask the users subgraph (USERS_SUBGRAPH_URL) for the caller's taste.",
    retry: 'later',
    advice: "Retry later; the operator checks that subgraph's process and its `/ready`.",
    raisedBy: 'anigraph',
    example: {
      message: 'The platforms subgraph could not be reached.',
      path: ['anime', 'trailer'],
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'platforms' },
    },
  },
  TOO_MANY_SUBSCRIPTIONS: {
    meaning:
      'A graphql-ws connection asked for more subscriptions at once than WS_MAX_SUBSCRIPTIONS_PER_CONNECTION (20 by default; `extensions.limit`). Only that operation is refused, in an `error` message for its id; the socket and its other subscriptions stay.',
    retry: 'after-fix',
    advice: 'Complete a subscription the client no longer needs, or open another connection.',
    raisedBy: 'anigraph',
    example: {
      message: 'A connection runs at most 20 subscriptions at once.',
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 20 },
    },
  },
  DATABASE_UNAVAILABLE: {
    meaning:
      "AniGraph's own database (users and API keys, linked accounts, analytics, webhooks) did not answer. The gateway answers HTTP 503 with `Retry-After` when it could not check an API key; a field of the users or analytics subgraph fails with it. Nothing was changed; the service recovers by itself once the database is back.",
    retry: 'later',
    advice: 'Retry after a few seconds (`Retry-After`); catalog and platform fields of anonymous requests keep working meanwhile.',
    raisedBy: 'anigraph',
    example: {
      message: "AniGraph's database is not answering right now; retry in a moment.",
      path: ['viewer'],
      extensions: { code: 'DATABASE_UNAVAILABLE', serviceName: 'users' },
    },
  },
  INTERNAL_SERVER_ERROR: {
    meaning: "An unexpected error. Its message is masked; the server's log has the detail under the request's correlation id.",
    retry: 'yes',
    advice: 'Retry once; if it persists, report it with the `x-correlation-id` response header.',
    raisedBy: 'anigraph',
    example: {
      message: 'Unexpected error.',
      path: ['searchStatus'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'catalog' },
    },
  },
  // The REST facade (/api/...) answers these in its JSON error body `{ error: { code, message,
  // correlation_id, details? } }` with the HTTP status given; `extensions` here shows that status.
  INVALID_JSON: {
    meaning: 'REST (`/api/...`), HTTP 400: the request body is not valid JSON (or not UTF-8 text).',
    retry: 'after-fix',
    advice: 'Send a JSON object as the body, encoded as UTF-8.',
    raisedBy: 'anigraph',
    example: { message: 'The request body is not valid JSON.', extensions: { code: 'INVALID_JSON', status: 400 } },
  },
  INVALID_REQUEST_CHAIN: {
    meaning:
      'REST (`/api/...`), HTTP 400: the `X-Request-Chain-Depth` header is not a whole number from 0 to 10. Services that call AniGraph on behalf of another request add 1 to it, so a depth over 10 means requests calling each other in a loop.',
    retry: 'after-fix',
    advice: 'Send the depth your caller sent you plus one, and break the loop that makes it grow past 10.',
    raisedBy: 'anigraph',
    example: {
      message: 'X-Request-Chain-Depth is 11; at most 10 is accepted.',
      extensions: { code: 'INVALID_REQUEST_CHAIN', status: 400 },
    },
  },
  ROUTE_NOT_FOUND: {
    meaning: 'REST (`/api/...`), HTTP 404: no REST route has this path.',
    retry: 'no',
    advice: 'Check the path: `POST /api/query` is the REST route served now.',
    raisedBy: 'anigraph',
    example: { message: 'No REST route at /api/nope.', extensions: { code: 'ROUTE_NOT_FOUND', status: 404 } },
  },
  METHOD_NOT_ALLOWED: {
    meaning: 'REST (`/api/...`), HTTP 405: the route exists but not for this HTTP method; the `Allow` header lists the ones it takes.',
    retry: 'after-fix',
    advice: 'Use a method of the `Allow` header (`POST` for /api/query).',
    raisedBy: 'anigraph',
    example: { message: 'GET is not allowed on /api/query; use POST.', extensions: { code: 'METHOD_NOT_ALLOWED', status: 405 } },
  },
  MALFORMED_HTTP_REQUEST: {
    meaning:
      'HTTP 400 (431 for headers over 16 KB): the request is not valid HTTP (a malformed header line, Content-Length with Transfer-Encoding, a broken chunk, a URL or headers too large); refused before any route runs, on every path.',
    retry: 'after-fix',
    advice: 'Fix the HTTP client or proxy that sent it; keep the URL and headers under 16 KB.',
    raisedBy: 'anigraph',
    example: {
      message: 'The request is not valid HTTP (HPE_INVALID_HEADER_TOKEN).',
      extensions: { code: 'MALFORMED_HTTP_REQUEST', status: 400 },
    },
  },
  PAYLOAD_TOO_LARGE: {
    meaning:
      'HTTP 413: the request body is larger than REST_MAX_BODY bytes (1 MB by default) for REST (`/api/...`), or than GRAPHQL_MAX_BODY (8 MiB by default) for `/graphql`.',
    retry: 'after-fix',
    advice: 'Send a smaller body; a query is at most 500 characters, a picture at most IMAGE_MAX_BYTES (send its URL instead).',
    raisedBy: 'anigraph',
    example: {
      message: 'The request body is larger than 1048576 bytes.',
      extensions: { code: 'PAYLOAD_TOO_LARGE', status: 413 },
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    meaning: 'REST (`/api/...`), HTTP 415: the body is not declared as JSON (`Content-Type` is not `application/json`).',
    retry: 'after-fix',
    advice: 'Send `Content-Type: application/json` with a JSON body.',
    raisedBy: 'anigraph',
    example: {
      message: 'Content-Type must be application/json (got text/plain).',
      extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 },
    },
  },
  VALIDATION_FAILED: {
    meaning:
      "REST (`/api/...`), HTTP 422: the JSON body does not fit the route's schema: a missing or unknown field, a wrong type, a value out of range. `details.issues` lists each problem with its `path`.",
    retry: 'after-fix',
    advice: 'Change the fields the issues name.',
    raisedBy: 'anigraph',
    example: {
      message: 'The request body is invalid: options.limit: Too big: expected number to be <=50',
      extensions: { code: 'VALIDATION_FAILED', status: 422 },
    },
  },
  NOT_AVAILABLE_YET: {
    meaning:
      'REST (`/api/...`), HTTP 422: the request is valid but asks for something AniGraph does not serve yet, such as an intent no operation answers yet. `details.feature` names it.',
    retry: 'after-fix',
    advice: 'Leave the feature out of the request.',
    raisedBy: 'anigraph',
    example: {
      message: 'The intent "trivia" is not served yet.',
      extensions: { code: 'NOT_AVAILABLE_YET', status: 422 },
    },
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
