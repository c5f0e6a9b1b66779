#!/usr/bin/env node
// `npx anigraph-mcp` (package.json's bin) and `npm run mcp`: AniGraph's MCP server over stdio, from a
// clone after `npm install`. Builds dist/ first when it is missing or older than the sources (the
// build's output goes to stderr: stdout carries the protocol only), then runs dist/gateway/mcp-stdio.js.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'gateway', 'mcp-stdio.js');
/** The folders whose TypeScript the server is built from (tsconfig.json). */
const SOURCES = ['gateway', 'subgraphs', 'lib', 'rest', 'mcp', 'questions'];

function newestSource(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|mjs)$/.test(item.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
if (SOURCES.some((dir) => newestSource(join(root, dir)) > built)) {
  console.error('anigraph-mcp: building dist/ (npm run build) ...');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0 || !existsSync(entry)) {
    console.error(
      `anigraph-mcp: the build failed (${build.error?.message ?? `exit code ${build.status}`}); see above, or run npm run build`,
    );
    process.exit(1);
  }
}

// As `npm start` runs the server: graphql-js and the other libraries in production mode.
process.env.NODE_ENV ??= 'production';
await import(pathToFileURL(entry).href);
