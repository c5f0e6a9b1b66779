// The platforms subgraph as its own process: `node dist/subgraphs/platforms/index.js`
// (`npm run start:subgraph -- platforms`). Loads no other subgraph's code.
import { runStandalone } from '../../lib/standalone.js';
import { createPlatformsSubgraph } from './subgraph.js';

await runStandalone({ name: 'platforms', create: createPlatformsSubgraph, port: (config) => config.PLATFORMS_PORT });
