// Authentication and quotas at the gateway (README: Authentication and quotas): who calls (API key,
// ADMIN_API_KEY or anonymous by IP), the HTTP guard, the plugins, graphql-ws connections, and the
// language model counted as enhanced.
import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Config } from '../../lib/config.js';
import { sharedDatabase } from '../../lib/db/shared.js';
import type { RequestHandler } from '../../lib/http-server.js';
import type { Logger } from '../../lib/logger.js';
import { retryingMemo } from '../../lib/retrying-memo.js';
import { runWithViewer } from '../../lib/users/current-viewer.js';
import { onRevocation } from '../../lib/users/revocations.js';
import { looksLikeApiKey } from '../../lib/users/api-key.js';
import { sharedQuotas } from '../../lib/users/quotas.js';
import { UserStore } from '../../lib/users/user-store.js';
import { gatewaySecret } from '../../lib/users/viewer-header.js';
import { useQuotas } from '../plugins/useQuotas.js';
import { useViewerHeader } from '../plugins/useViewerHeader.js';
import { apiKeyOf, clientIp, resolveCaller, type Caller, type CallerOptions } from './caller.js';
import { guardHttp } from './http-guard.js';
import { KeyCache } from './key-cache.js';
import { meterLlm } from './metered-llm.js';
import type { LlmRefiner } from '../../questions/llm/refiner.js';
import { OperationGate } from './operation-gate.js';
import { fieldsOwnedBy } from './platform-fields.js';
import { runWithTicket, type Ticket } from './ticket.js';

export interface GatewayAuth {
  /** Wraps the HTTP handler: the API paths get their caller (or a 401/429) first. */
  guard(next: RequestHandler): RequestHandler;
  /** The gateway plugins: quotas per operation, and the signed caller for subgraphs over HTTP. */
  plugins: GatewayPlugin[];
  /** The caller of a graphql-ws connection (connection_init `authorization`, else the upgrade's headers); undefined: refused. */
  connectionCaller(request: IncomingMessage, params: Readonly<Record<string, unknown>> | undefined): Promise<Caller | undefined>;
  /** The caller of a request that arrives without HTTP (the stdio MCP server): `key` or anonymous; undefined: the key is not valid. */
  callerOfKey(key: string | undefined, ip: string): Promise<Caller | undefined>;
  /** Runs `fn` as `caller`, each operation counted (graphql-ws) or the whole of it once (stdio MCP calls). */
  runAs<T>(caller: Caller, counting: Ticket['counting'], fn: () => T): T;
  /** The language model, its use counted as enhanced (and skipped past the enhanced quota). */
  meterLlm(llm: LlmRefiner | undefined): LlmRefiner | undefined;
  close(): Promise<void>;
}

export function createGatewayAuth(config: Config, log: Logger, supergraph: string): GatewayAuth {
  const authLog = log.child({ component: 'auth' });
  // The database is opened with the first user key presented: a gateway nobody sends keys to needs none.
  let database: ReturnType<typeof sharedDatabase> | undefined;
  const users = retryingMemo(async () => new UserStore((await (database ??= sharedDatabase(config, log)).database).db));
  const keys = new KeyCache(async (key) => (looksLikeApiKey(key) ? (await users()).authenticate(key) : undefined));
  const stopListening = onRevocation(config, authLog, (revocation) => keys.drop(revocation));
  const { quotas, release: releaseQuotas } = sharedQuotas(config, authLog);
  const gate = new OperationGate(quotas, fieldsOwnedBy(supergraph, 'PLATFORMS'));
  const callerOptions: CallerOptions = { adminKey: config.ADMIN_API_KEY, trustProxy: config.TRUST_PROXY, keys };
  const runAs = <T>(caller: Caller, counting: Ticket['counting'], fn: () => T): T =>
    runWithViewer(caller.viewer, () => runWithTicket({ caller, counting }, fn));

  return {
    guard: (next) => guardHttp({ ...callerOptions, quotas, log: authLog }, next),
    plugins: [useViewerHeader(gatewaySecret(config)), useQuotas(gate)],
    connectionCaller(request, params) {
      const fromParams = typeof params?.authorization === 'string' ? apiKeyOf({ authorization: params.authorization }) : undefined;
      return resolveCaller(fromParams ?? apiKeyOf(request.headers), clientIp(request, config.TRUST_PROXY), callerOptions);
    },
    callerOfKey: (key, ip) => resolveCaller(key, ip, callerOptions),
    runAs,
    meterLlm: (llm) => meterLlm(llm, gate),
    async close() {
      await stopListening();
      await releaseQuotas();
      await database?.release();
    },
  };
}

export type { Caller } from './caller.js';
