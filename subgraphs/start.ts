// `npm run start:subgraph -- <name>`: starts subgraphs/<name>/index.js, and only that subgraph.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'index.js')))
  .map((entry) => entry.name);
const name = process.argv[2];
if (!name || !names.includes(name)) {
  console.error(`Usage: npm run start:subgraph -- <${names.join('|')}>`);
  process.exit(1);
}
await import(`./${name}/index.js`);
