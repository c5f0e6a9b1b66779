import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { ledgerOf, type PlatformCall } from '../../lib/analytics/ledger.js';
import { subjectOf, type AnalyticsEvent } from '../../lib/analytics/event.js';
import type { AnalyticsRecorder } from '../../lib/analytics/recorder.js';
import { currentCorrelationId } from '../../lib/correlation.js';
import { currentViewer } from '../../lib/users/current-viewer.js';
import { currentTransport } from '../analytics/transport.js';
import { argumentValue, operationFacts, type OperationFacts } from '../analytics/operation-facts.js';
import { currentTicket } from '../auth/ticket.js';

/** What the subgraph calls of one execution gathered. */
interface Called {
  subgraphs: Set<string>;
  platforms: PlatformCall[];
  /** The anime searches found first, as the subgraphs noted them. */
  found: string[];
}

const MAX_SEARCH_TEXT = 200;

/**
 * Records every operation the gateway executes (GraphQL over HTTP or graphql-ws, and the operations
 * the REST and MCP facades run) for the analytics subgraph: the event is built when the answer is
 * ready and pushed onto the recorder's queue, which writes it later. Registered before the quotas and
 * the response cache, so that refused and cached answers are recorded too.
 */
export function useAnalytics(recorder: AnalyticsRecorder, clock: () => Date): GatewayPlugin {
  const called = new WeakMap<object, Called>();
  const calledBy = (context: object): Called => {
    let entry = called.get(context);
    if (!entry) called.set(context, (entry = { subgraphs: new Set(), platforms: [], found: [] }));
    return entry;
  };
  const record = (started: number, args: ExecutedArgs, result: ExecutionResult | undefined) => {
    const facts = operationFacts(args.schema, args.document, args.operationName);
    if (!facts) return;
    const context = args.contextValue as object;
    const gathered = called.get(context);
    called.delete(context);
    recorder.record(eventOf(facts, args, result, gathered, performance.now() - started, clock()));
  };
  return {
    onSubgraphExecute({ subgraphName, executionRequest }) {
      const context = executionRequest.context as object | undefined;
      if (!context) return;
      const entry = calledBy(context);
      entry.subgraphs.add(subgraphName);
      return ({ result }) => {
        if (!isResult(result)) return;
        const ledger = ledgerOf(result.extensions);
        entry.platforms.push(...ledger.platformCalls);
        entry.found.push(...ledger.foundAnime);
      };
    },
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          record(started, args as ExecutedArgs, isResult(result) ? result : undefined);
        },
      };
    },
    onSubscribe({ args }) {
      const started = performance.now();
      return {
        onSubscribeResult({ result }) {
          record(started, args as ExecutedArgs, isResult(result) ? result : undefined);
        },
      };
    },
  };
}

interface ExecutedArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  contextValue: unknown;
}

function eventOf(
  facts: OperationFacts,
  args: ExecutedArgs,
  result: ExecutionResult | undefined,
  gathered: Called | undefined,
  latencyMs: number,
  at: Date,
): AnalyticsEvent {
  const variables = args.variableValues ?? undefined;
  const caller = currentTicket()?.caller;
  const viewer = caller?.viewer ?? currentViewer();
  const platforms = gathered?.platforms ?? [];
  return {
    at,
    operationName: facts.name,
    operationType: facts.operationType,
    transport: currentTransport(),
    fields: facts.fields,
    subgraphs: [...(gathered?.subgraphs ?? [])],
    platforms: platforms.map(({ platform, tier, ms, failed }) => ({ platform, tier, ms: Math.round(ms * 10) / 10, failed })),
    latencyMs,
    errorCodes: [...new Set((result?.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN')))],
    // The record of deleteMyData would otherwise be the one thing left of the user it deleted.
    subject: facts.fields.includes('Mutation.deleteMyData') ? 'deleted' : subjectOf(viewer, caller?.ip),
    tier: viewer?.tier ?? 'FREE',
    correlationId: currentCorrelationId() ?? null,
    platformCalls: platforms.filter((call) => call.tier === 'ORIGIN').length,
    searchText: searchTextOf(facts, variables),
    animeIds: animeIdsOf(facts, variables, gathered?.found ?? []),
  };
}

function searchTextOf(facts: OperationFacts, variables: Record<string, unknown> | undefined): string | null {
  for (const ref of facts.searchArguments) {
    const value = argumentValue(ref, variables);
    if (typeof value === 'string' && value.trim()) return value.trim().replace(/\s+/g, ' ').slice(0, MAX_SEARCH_TEXT);
  }
  return null;
}

/** The anime the operation names (anime(id), similar(id), recommendations(liked), …) and those its searches found first. */
function animeIdsOf(facts: OperationFacts, variables: Record<string, unknown> | undefined, found: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const ref of facts.animeIdArguments) {
    const value = argumentValue(ref, variables);
    for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string' && id.length <= 64) ids.add(id);
  }
  for (const id of found) ids.add(id);
  return [...ids].slice(0, 100);
}

const isResult = (value: unknown): value is ExecutionResult =>
  typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);
