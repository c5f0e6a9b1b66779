// Starts the real gateway (dist/gateway/index.js) on 127.0.0.1 with the files a search benchmark or
// evaluation runs on; relative defaults are resolved from the project root, as the scripts run there.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../lib/paths.js';
import { freePort, startChild, type ReadyChild } from './child.js';
import { GraphqlClient } from './graphql-client.js';

export interface GatewayFiles {
  catalogPath: string;
  synopsesPath?: string;
  modelDir?: string;
  /** Where the gateway keeps its vectors; undefined: the gateway's default (data/vectors). */
  vectorCacheDir?: string;
}

export interface Gateway extends ReadyChild {
  graphqlUrl: string;
  /** A one-connection client for status polls. */
  client: GraphqlClient;
}

/** The files named by ANIME_DB_PATH, ANIME_SYNOPSES_PATH, MODEL_DIR and VECTOR_CACHE_DIR, or the shared ones. */
export function defaultFiles(env: NodeJS.ProcessEnv = process.env): GatewayFiles {
  const optional = (name: string, fallback: string): string | undefined => {
    const configured = env[name];
    if (configured !== undefined) return configured === '' ? undefined : resolve(PROJECT_ROOT, configured);
    const path = join(PROJECT_ROOT, fallback);
    return existsSync(path) ? path : undefined;
  };
  return {
    catalogPath: resolve(PROJECT_ROOT, env.ANIME_DB_PATH || '../shared/data/anime-catalog.json'),
    synopsesPath: optional('ANIME_SYNOPSES_PATH', '../shared/data/synopses.json'),
    modelDir: optional('MODEL_DIR', '../shared/models'),
    vectorCacheDir: env.VECTOR_CACHE_DIR ? resolve(PROJECT_ROOT, env.VECTOR_CACHE_DIR) : undefined,
  };
}

export function describeFiles(files: GatewayFiles): string {
  return [
    `catalog   ${files.catalogPath}`,
    `synopses  ${files.synopsesPath ?? '(none)'}`,
    `models    ${files.modelDir ?? '(the hub: MODEL_DIR unset)'}`,
    `vectors   ${files.vectorCacheDir ?? join(PROJECT_ROOT, 'data/vectors')}`,
  ].join('\n');
}

/** `env`: more variables for the server (they win over the files' and the defaults); `execArgv`: Node options. */
export async function startGateway(
  label: string,
  files: GatewayFiles,
  extraEnv: Record<string, string> = {},
  execArgv: string[] = [],
): Promise<Gateway> {
  // The gateway would otherwise quietly serve its 40-anime demo catalog and the figures would mean nothing.
  if (!existsSync(files.catalogPath)) throw new Error(`catalog not found: ${files.catalogPath} (set ANIME_DB_PATH)`);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info', // the build figures are read from info lines
    CATALOG_AUTO_DOWNLOAD: 'false',
    // The shared catalog is measured as it is: no release check replaces it during a run.
    CATALOG_UPDATE_INTERVAL: '0',
    ANIME_DB_PATH: files.catalogPath,
    ANIME_SYNOPSES_PATH: files.synopsesPath,
    MODEL_DIR: files.modelDir,
    VECTOR_CACHE_DIR: files.vectorCacheDir,
    // A benchmark is one client sending thousands of requests: quotas (the burst bucket of its IP,
    // the anonymous daily quota) would refuse most of them. bench:load --keys counts its own.
    RATE_LIMIT_PER_IP: '1000000000/1s',
    QUOTA_FREE_QUERIES_PER_DAY: '0',
    QUOTA_FREE_ENHANCED_PER_DAY: '0',
    ...extraEnv,
  };
  for (const key of ['ANIME_SYNOPSES_PATH', 'MODEL_DIR', 'VECTOR_CACHE_DIR']) if (!env[key]) delete env[key];
  delete env.CATALOG_SUBGRAPH_URL; // the catalog runs in-process
  const child = await startChild({ label, script: 'dist/gateway/index.js', execArgv, cwd: PROJECT_ROOT, env, port });
  const graphqlUrl = `${child.baseUrl}/graphql`;
  return { ...child, graphqlUrl, client: new GraphqlClient(graphqlUrl) };
}
