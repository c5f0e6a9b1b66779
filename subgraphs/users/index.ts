// The users subgraph as its own process: `node dist/subgraphs/users/index.js`
// (`npm run start:subgraph -- users`). Reads the caller from the header the gateway signs with
// GATEWAY_SECRET (lib/subgraph-server.ts): set the same secret on both.
import { runStandalone } from '../../lib/standalone.js';
import { createUsersSubgraph } from './subgraph.js';

await runStandalone({ name: 'users', create: createUsersSubgraph, port: (config) => config.USERS_PORT });
