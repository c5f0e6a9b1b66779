// Decides which catalog file to serve: the configured one, a fresh download of the release on
// first run, or, when neither is possible, the demo catalog shipped with the project.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../../lib/logger.js';
import { PROJECT_ROOT } from '../../../lib/paths.js';
import { downloadRelease } from './release-download.js';

export const DEMO_CATALOG_PATH = join(PROJECT_ROOT, 'subgraphs/catalog/data/demo-catalog.json');

export interface CatalogSourceOptions {
  catalogPath: string;
  releaseUrl: string;
  autoDownload: boolean;
  downloadTimeoutMs: number;
}

export async function resolveCatalogPath(options: CatalogSourceOptions, log: Logger): Promise<string> {
  if (await exists(options.catalogPath)) return options.catalogPath;
  if (options.autoDownload) {
    log.info({ url: options.releaseUrl, path: options.catalogPath }, 'no catalog yet: downloading the current release');
    try {
      await downloadRelease(options.releaseUrl, options.catalogPath, options.downloadTimeoutMs);
      return options.catalogPath;
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'catalog download failed');
    }
  }
  log.warn(
    { demoCatalog: DEMO_CATALOG_PATH, missing: options.catalogPath },
    `!!! SERVING THE SMALL DEMO CATALOG (about 40 anime): ${options.catalogPath} does not exist` +
      `${options.autoDownload ? ' and the release could not be downloaded' : ''}. ` +
      'Run `npm run data:update` when online, or set ANIME_DB_PATH to a local anime-offline-database release file.',
  );
  return DEMO_CATALOG_PATH;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
