import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseRelease } from './release-file.js';

export class DownloadError extends Error {}

/**
 * Downloads a release file to `path`. The file is checked to be a release before it replaces the
 * current one, so a failed or truncated download never costs the catalog already on disk.
 */
export async function downloadRelease(url: string, path: string, timeoutMs: number): Promise<{ bytes: number; entries: number }> {
  let body: Uint8Array;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new DownloadError(
      `Could not download the anime-offline-database release from ${url} (${cause}). ` +
        'Without internet access, set ANIME_DB_PATH to a local release file (or ANIME_DB_URL to a reachable mirror).',
    );
  }
  const release = parseRelease(body, url);
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.download`;
  try {
    await writeFile(partial, body);
    await rename(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
  return { bytes: body.byteLength, entries: release.entries.length };
}
