// The catalog subgraph as its own process: `node dist/subgraphs/catalog/index.js`
// (`npm run start:subgraph -- catalog`). Loads no other subgraph's code.
import { runStandalone } from '../../lib/standalone.js';
import { createCatalogSubgraph } from './subgraph.js';

await runStandalone({ name: 'catalog', create: createCatalogSubgraph, port: (config) => config.CATALOG_PORT });
