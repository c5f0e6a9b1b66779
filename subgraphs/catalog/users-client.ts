// How the catalog asks the users subgraph (a signed-in caller's taste): on its schema when it runs in
// this process, else over HTTP at USERS_SUBGRAPH_URL (or localhost:USERS_PORT), telling it who calls
// in the viewer header signed with GATEWAY_SECRET, as the gateway does.
import type { ConfigOf } from '../../lib/config.js';
import type { SubgraphEnvironment } from '../../lib/subgraph.js';
import { httpClient, inProcessClient, type SubgraphClient } from '../../lib/subgraph-client.js';
import { currentViewer } from '../../lib/users/current-viewer.js';
import { gatewaySecret, signViewer, VIEWER_HEADER } from '../../lib/users/viewer-header.js';

export function usersClient(
  config: Pick<ConfigOf<'catalog'>, 'USERS_SUBGRAPH_URL' | 'USERS_PORT' | 'GATEWAY_SECRET'>,
  environment: Partial<SubgraphEnvironment>,
): SubgraphClient {
  const local = environment.local?.get('users');
  if (local) return inProcessClient(local);
  const url = config.USERS_SUBGRAPH_URL ?? `http://localhost:${config.USERS_PORT}/graphql`;
  return httpClient(url, 10_000, (): Record<string, string> => {
    const viewer = currentViewer();
    return viewer ? { [VIEWER_HEADER]: signViewer(viewer, gatewaySecret(config)) } : {};
  });
}
