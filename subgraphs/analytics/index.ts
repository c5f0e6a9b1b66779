// The analytics subgraph as its own process: `node dist/subgraphs/analytics/index.js`
// (`npm run start:subgraph -- analytics`). Reads the caller from the header the gateway signs with
// GATEWAY_SECRET: set the same secret on both, and the same DATABASE_URL (the gateway writes the events).
import { runStandalone } from '../../lib/standalone.js';
import { createAnalyticsSubgraph } from './subgraph.js';

await runStandalone({ name: 'analytics', create: createAnalyticsSubgraph, port: (config) => config.ANALYTICS_PORT });
