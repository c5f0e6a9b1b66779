// The schedules subgraph as its own process: `node dist/subgraphs/schedules/index.js`
// (`npm run start:subgraph -- schedules`). Loads no other subgraph's code: it asks the catalog at
// CATALOG_SUBGRAPH_URL.
import { runStandalone } from '../../lib/standalone.js';
import { createSchedulesSubgraph } from './subgraph.js';

await runStandalone({ name: 'schedules', create: createSchedulesSubgraph, port: (config) => config.SCHEDULES_PORT });
