// GraphQL over WebSocket (graphql-ws) at the gateway's /graphql: subscriptions, and queries for
// clients that keep one socket. Each operation runs through the gateway runtime like an HTTP one.
import type { IncomingMessage, Server } from 'node:http';
import { getGraphQLWSOptions, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { getOperationAST, GraphQLError, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { errorExtensions } from '../lib/errors.js';
import { operationName as operationLabel, PendingOperations, type RequestMetrics } from '../lib/metrics/index.js';
import { runAsTransport } from './analytics/transport.js';
import { SharedSubscriptions } from './shared-subscriptions.js';
import type { Logger } from '../lib/logger.js';
import type { Caller, GatewayAuth } from './auth/index.js';

export interface GraphQLWsOptions {
  /** Subscriptions one socket may hold at once; one more is refused with an error for it alone. */
  maxSubscriptionsPerConnection: number;
  /** A socket that does not send connection_init within this long is closed (graphql-ws 4408). */
  connectionInitTimeoutMs?: number;
  log: Logger;
  /** Who calls (connection_init `authorization`, else the upgrade's headers) and their quotas; a bad key is refused (4403). */
  auth?: Pick<GatewayAuth, 'connectionCaller' | 'runAs'>;
  /** Times each operation to its result (a subscription to its start) and counts its errors (METRICS). */
  metrics?: RequestMetrics;
}

export interface GraphQLWsServer {
  /** Open sockets (for tests and benchmarks that count what is left). */
  readonly clients: number;
  /** Subscriptions of clients now, and the executions they share. */
  readonly subscriptions: { clients: number; executions: number };
  close(): Promise<void>;
}

export function serveGraphQLOverWebSocket(server: Server, gateway: GatewayRuntime, options: GraphQLWsOptions): GraphQLWsServer {
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  const callerOf = (extra: unknown) => (extra as { caller?: Caller }).caller;
  const runtime = getGraphQLWSOptions(gateway, (ctx) => ({
    request: (ctx.extra as { request?: unknown }).request,
    caller: callerOf(ctx.extra),
  }));
  // Each operation runs as the connection's caller, counted on its quotas.
  const asCaller = <T>(args: { contextValue?: unknown }, run: () => T): T => {
    const caller = (args.contextValue as { caller?: Caller } | undefined)?.caller;
    const counted = () => runAsTransport('graphql-ws', run);
    return caller && options.auth ? options.auth.runAs(caller, 'operation', counted) : counted();
  };
  let schema: GraphQLSchema | undefined;
  const shared = new SharedSubscriptions();
  const timed = options.metrics && new PendingOperations(options.metrics, 'graphql-ws');
  const served = useServer(
    {
      ...runtime,
      async onConnect(ctx) {
        if (!options.auth) return true;
        const extra = ctx.extra as { request: IncomingMessage; caller?: Caller };
        const caller = await options.auth.connectionCaller(extra.request, ctx.connectionParams).catch(() => undefined);
        if (!caller) return false;
        extra.caller = caller;
        return true;
      },
      execute: (args) => asCaller(args, () => runtime.execute!(args)),
      // Identical subscriptions of one caller share one execution (callers differ in quotas and identity).
      subscribe: (args) => {
        const { query, operationName, variables } = (
          args.contextValue as { params: { query: string; operationName?: string; variables?: unknown } }
        ).params;
        const caller = (args.contextValue as { caller?: Caller }).caller;
        const key = JSON.stringify([caller?.subject ?? null, caller?.viewer.tier ?? null, query, operationName ?? null, variables ?? {}]);
        return shared.subscribe(key, () => asCaller(args, () => runtime.subscribe!(args)) as never) as never;
      },
      connectionInitWaitTimeout: options.connectionInitTimeoutMs ?? 3_000,
      async onSubscribe(ctx, id, payload) {
        // An operation that cannot run is refused for itself (an error message for its id), the socket stays.
        schema ??= await gateway.getSchema();
        const checked = check(schema, payload.query, payload.operationName);
        timed?.start(ctx, id, operationLabel(Array.isArray(checked) ? payload.operationName : checked?.name?.value));
        if (Array.isArray(checked)) return checked;
        // ctx.subscriptions already holds this operation's id.
        if (checked?.operation === 'subscription' && Object.keys(ctx.subscriptions).length > options.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`A connection runs at most ${options.maxSubscriptionsPerConnection} subscriptions at once.`, {
              extensions: errorExtensions('TOO_MANY_SUBSCRIPTIONS', { limit: options.maxSubscriptionsPerConnection }),
            }),
          ];
        }
        return runtime.onSubscribe!(ctx, id, payload);
      },
      onOperation: (ctx, id, _payload, _args, result) => void timed?.end(ctx, id, result),
      onError: (ctx, id, _payload, errors) => void timed?.fail(ctx, id, errors),
    },
    sockets,
  );
  sockets.on('error', (error) => options.log.warn({ err: error }, 'WebSocket server error'));
  return {
    get clients() {
      return sockets.clients.size;
    },
    get subscriptions() {
      return { clients: shared.clients, executions: shared.executions };
    },
    async close() {
      for (const socket of sockets.clients) socket.close(1001, 'Going away');
      await served.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}

/** The operation, or the errors that refuse it. */
function check(
  schema: GraphQLSchema,
  query: string,
  operationName?: string | null,
): GraphQLError[] | OperationDefinitionNode | null | undefined {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return [new GraphQLError((error as Error).message, { extensions: errorExtensions('GRAPHQL_PARSE_FAILED') })];
  }
  const errors = validate(schema, document);
  if (errors.length)
    return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: errorExtensions('GRAPHQL_VALIDATION_FAILED') }));
  return getOperationAST(document, operationName);
}
