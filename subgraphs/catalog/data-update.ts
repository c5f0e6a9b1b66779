// `npm run data:update [-- --allow-shrink]`: the current anime-offline-database release to
// ANIME_DB_PATH; a running server serves it on SIGHUP, or at its next start.
import { ConfigError, loadConfig } from '../../lib/config.js';
import { updateReleaseFile } from './catalog/release-update-cli.js';

try {
  const config = loadConfig();
  console.log(`Checking ${config.ANIME_DB_URL}\n      for ${config.ANIME_DB_PATH} ...`);
  const result = await updateReleaseFile({
    url: config.ANIME_DB_URL,
    path: config.ANIME_DB_PATH,
    timeoutMs: config.DOWNLOAD_TIMEOUT_MS,
    maxShrink: config.CATALOG_MAX_SHRINK,
    allowShrink: process.argv.includes('--allow-shrink'),
  });
  if (!result.changed) console.log('The release has not changed since it was downloaded: nothing to do.');
  else
    console.log(
      `Done: ${(result.bytes / 1e6).toFixed(1)} MB, ${result.entries} valid anime (${result.rejected} rejected), ` +
        `release of ${result.releaseDate ?? 'an unknown date'}${result.shrinkAllowed ? ', a shrink you allowed' : ''}. ` +
        'Send AniGraph SIGHUP (or restart it) to serve it.',
    );
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `data:update failed: ${(error as Error).message}`);
  process.exit(1);
}
