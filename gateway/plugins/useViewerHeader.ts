import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { currentViewer } from '../../lib/users/current-viewer.js';
import { signViewer, VIEWER_HEADER } from '../../lib/users/viewer-header.js';

/**
 * Tells subgraphs called over HTTP who the caller is, in a header signed with GATEWAY_SECRET (a
 * subgraph reached directly cannot be told it is another user). In-process subgraphs read the
 * caller from the async context the gateway set (lib/users/current-viewer.ts).
 */
export function useViewerHeader(secret: string): GatewayPlugin {
  return {
    onFetch({ options, setOptions }) {
      const viewer = currentViewer();
      if (!viewer) return;
      setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), [VIEWER_HEADER]: signViewer(viewer, secret) } });
    },
  };
}
