// The MCP resources: an anime by id (a template, its id completed from a title), the catalog's
// statistics, the platforms' status and today's schedule, each the JSON of a named operation.
import { type McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError, type ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import {
  AnimeByIdDocument,
  AnimeTitleCompletionDocument,
  CatalogStatsDocument,
  PlatformStatusDocument,
  ScheduleDocument,
} from '../lib/operations.generated.js';
import { runWithCorrelationId } from '../lib/correlation.js';
import type { OperationResult, RunOperation } from '../lib/operation-client.js';
import type { OperationsFor } from './tool.js';

const JSON_TYPE = 'application/json';
/** MCP's "resource not found" (the spec's code; the SDK has no name for it). */
const RESOURCE_NOT_FOUND = -32002;
const MAX_COMPLETIONS = 20;
/** A completion request carries no cancellation: it gives up on its own, a keystroke later. */
const COMPLETION_TIMEOUT_MS = 5_000;

/** The anime whose titles best match what was typed so far, best first (at most 20). */
export type TitleCompleter = (typed: string) => Promise<{ id: string; title: string }[]>;

export function titleCompleter(operationsFor: OperationsFor): TitleCompleter {
  return async (typed) => {
    const query = typed.trim();
    if (!query) return [];
    const { run } = operationsFor(undefined, AbortSignal.timeout(COMPLETION_TIMEOUT_MS));
    const result = await run(AnimeTitleCompletionDocument, { query: query.slice(0, 200), first: MAX_COMPLETIONS });
    return (result.data?.search.hits ?? []).map((hit) => hit.anime);
  };
}

export function registerResources(server: McpServer, operationsFor: OperationsFor): void {
  const completeTitle = titleCompleter(operationsFor);
  type Extra = { _meta?: Record<string, unknown>; signal: AbortSignal };
  /** Runs `read` with the request's correlation id, and answers its JSON. */
  const answer = (uri: URL, extra: Extra, read: (run: RunOperation) => Promise<unknown>): Promise<ReadResourceResult> => {
    const { run, correlationId } = operationsFor(extra._meta, extra.signal);
    return runWithCorrelationId(correlationId, async () => ({
      contents: [{ uri: uri.href, mimeType: JSON_TYPE, text: JSON.stringify(await read(run)) }],
    }));
  };

  server.registerResource(
    'anime',
    new ResourceTemplate('anime://{id}', {
      list: undefined,
      complete: { id: async (typed) => (await completeTitle(typed)).map((anime) => anime.id) },
    }),
    {
      title: 'An anime',
      description:
        'One anime of the catalog by its AniGraph id (such as anime://mal-1): titles, kind, episodes, season, score, tags, ' +
        'studios, synopsis, its ids on every platform and related anime. The id completes from a title.',
      mimeType: JSON_TYPE,
    },
    (uri, variables, extra) =>
      answer(uri, extra, async (run) => {
        const id = [variables.id].flat()[0] ?? '';
        const result = await run(AnimeByIdDocument, { id });
        const missing = !result.data?.anime && result.errors.every((e) => e.extensions?.code === 'NOT_FOUND');
        if (missing) throw new McpError(RESOURCE_NOT_FOUND, `The catalog has no anime ${id}.`, { uri: uri.href });
        return withErrors(result, result.data?.anime, `anime ${id}`);
      }),
  );

  server.registerResource(
    'catalog_stats',
    'anime://catalog/stats',
    {
      title: 'Catalog statistics',
      description: 'How many anime the catalog holds, by type, status and decade, its 20 most common tags, and when it was last updated.',
      mimeType: JSON_TYPE,
    },
    (uri, extra) =>
      answer(uri, extra, async (run) => {
        const result = await run(CatalogStatsDocument, {});
        return withErrors(result, result.data?.catalogStats, 'the catalog statistics');
      }),
  );

  server.registerResource(
    'platform_status',
    'anime://platforms/status',
    {
      title: 'Platform status',
      description:
        'How each external platform (MyAnimeList, AniList, Kitsu, AniDB, AnimeSchedule) is doing: configured or not, breaker ' +
        'state, recent errors, latency, quota left; and how the platform cache serves (hits, misses, stale answers).',
      mimeType: JSON_TYPE,
    },
    (uri, extra) =>
      answer(uri, extra, async (run) => {
        const result = await run(PlatformStatusDocument, {});
        return withErrors(result, result.data, 'the platform status');
      }),
  );

  server.registerResource(
    'schedule_today',
    'anime://schedule/today',
    {
      title: "Today's schedule",
      description:
        'What airs today (the UTC day, midnight to midnight): each broadcast with its anime, episode, time, air type (RAW, SUB, ' +
        'DUB) and where to stream it, merged across AniList, AnimeSchedule and MyAnimeList, with which of them answered.',
      mimeType: JSON_TYPE,
    },
    (uri, extra) =>
      answer(uri, extra, async (run) => {
        const from = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00.000Z');
        const to = new Date(from.getTime() + 24 * 3600 * 1000);
        const result = await run(ScheduleDocument, { from: from.toISOString(), to: to.toISOString(), timezone: 'UTC' });
        return withErrors(result, result.data?.schedule, "today's schedule");
      }),
  );
}

/**
 * The value the resource is about; the GraphQL errors beside it when some part failed (a platform
 * down), and an MCP error when nothing came.
 */
function withErrors<T>(result: OperationResult<unknown>, value: T | null | undefined, what: string): unknown {
  const errors = result.errors.map((e) => ({ message: e.message, code: e.extensions?.code, source: e.extensions?.source, path: e.path }));
  if (value === null || value === undefined) {
    throw new McpError(ErrorCode.InternalError, `No answer for ${what}: ${result.errors[0]?.message ?? 'nothing came'}`, { errors });
  }
  return errors.length ? { ...(value as object), errors } : value;
}
