// `npm run data:update`: downloads the current anime-offline-database release to ANIME_DB_PATH.
// A running server picks it up on SIGHUP (or at its next start).
import { ConfigError, loadConfig } from '../../lib/config.js';
import { downloadRelease } from './domain/release-download.js';

try {
  const config = loadConfig();
  console.log(`Downloading ${config.ANIME_DB_URL}\n       to ${config.ANIME_DB_PATH} ...`);
  const { bytes, entries } = await downloadRelease(config.ANIME_DB_URL, config.ANIME_DB_PATH, config.DOWNLOAD_TIMEOUT_MS);
  console.log(`Done: ${(bytes / 1e6).toFixed(1)} MB, ${entries} entries. Restart AniGraph or send it SIGHUP to serve it.`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `data:update failed: ${(error as Error).message}`);
  process.exit(1);
}
