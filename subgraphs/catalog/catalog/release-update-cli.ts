// What `npm run data:update` does: downloads the current release to the catalog file (only when it
// changed), refusing one that holds far fewer anime than the file there unless the shrink is allowed.
import { catalogOf, loadCatalog } from './load-catalog.js';
import { fetchRelease, readReleaseNote, saveRelease, writeReleaseNote } from './release-download.js';
import { acceptShrink, CatalogRefusedError, shrinkProblem } from './shrink-guard.js';

export interface ReleaseUpdateRequest {
  url: string;
  path: string;
  timeoutMs: number;
  maxShrink: number;
  /** Take a release that shrinks the catalog, and let the running server's guard accept it. */
  allowShrink: boolean;
}

export type ReleaseUpdateResult =
  | { changed: false }
  | { changed: true; bytes: number; entries: number; rejected: number; releaseDate: string | null; shrinkAllowed: boolean };

export async function updateReleaseFile({
  url,
  path,
  timeoutMs,
  maxShrink,
  allowShrink,
}: ReleaseUpdateRequest): Promise<ReleaseUpdateResult> {
  const onDisk = await loadCatalog({ catalogPath: path }).catch(() => undefined);
  const note = await readReleaseNote(path);
  const checkedAt = new Date().toISOString();
  const fetched = await fetchRelease(url, timeoutMs, onDisk ? note : undefined);
  if (!fetched.changed) {
    await writeReleaseNote(path, { ...note, url, checkedAt });
    return { changed: false };
  }
  const { bytes, release, etag, lastModified } = fetched;
  const next = await catalogOf(release);
  const problem = shrinkProblem(next.size, onDisk?.size ?? null, maxShrink);
  if (problem && !allowShrink) {
    throw new CatalogRefusedError(
      `refused the download: ${problem}. The file on disk is unchanged; run with --allow-shrink to take it anyway.`,
      next.size,
      onDisk?.size ?? null,
    );
  }
  await saveRelease(path, bytes, { url, etag, lastModified, checkedAt });
  // The running server's shrink guard then accepts these exact bytes on SIGHUP.
  if (problem) await acceptShrink(path, bytes);
  return {
    changed: true,
    bytes: bytes.byteLength,
    entries: next.size,
    rejected: next.rejectedCount,
    releaseDate: release.lastUpdate,
    shrinkAllowed: problem !== null,
  };
}
