// Fetching the anime-offline-database release: a conditional request (ETag / Last-Modified) when a
// copy is on disk, and an atomic write beside a small note of what was fetched and when it was checked.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseRelease, type ReleaseFile } from './release-file.js';

export class DownloadError extends Error {}

/** What the note beside the release file remembers: `<path>.release.json`. */
export interface ReleaseNote {
  url: string;
  etag?: string;
  lastModified?: string;
  /** When the release was last asked for (whatever the answer). */
  checkedAt?: string;
}

export type Fetched = { changed: false } | { changed: true; bytes: Uint8Array; release: ReleaseFile; etag?: string; lastModified?: string };

/**
 * Downloads the release; with `since` (what the copy on disk was), answers `changed: false` when the
 * server says it has not changed (304). Fails with DownloadError when unreachable, and with
 * CatalogFormatError when the answer is not a release.
 */
export async function fetchRelease(url: string, timeoutMs: number, since?: ReleaseNote): Promise<Fetched> {
  const headers: Record<string, string> = {};
  if (since?.url === url && since.etag) headers['if-none-match'] = since.etag;
  if (since?.url === url && since.lastModified) headers['if-modified-since'] = since.lastModified;
  let bytes: Uint8Array;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (response.status === 304) return { changed: false };
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new DownloadError(
      `Could not download the anime-offline-database release from ${url} (${cause}). ` +
        'Without internet access, set ANIME_DB_PATH to a local release file (or ANIME_DB_URL to a reachable mirror).',
      { cause: error },
    );
  }
  return {
    changed: true,
    bytes,
    release: parseRelease(bytes, url),
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
  };
}

const notePath = (path: string) => `${path}.release.json`;

export async function readReleaseNote(path: string): Promise<ReleaseNote | undefined> {
  try {
    return JSON.parse(await readFile(notePath(path), 'utf8')) as ReleaseNote;
  } catch {
    return undefined;
  }
}

export async function writeReleaseNote(path: string, note: ReleaseNote): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(notePath(path), JSON.stringify(note, null, 2) + '\n');
}

/** Replaces the file at `path` with `bytes` at once (a reader never sees half a file), then its note. */
export async function saveRelease(path: string, bytes: Uint8Array, note: ReleaseNote): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.download`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
  await writeReleaseNote(path, note);
}

/** Downloads the release to `path` (first start without a catalog on disk). */
export async function downloadRelease(url: string, path: string, timeoutMs: number): Promise<{ bytes: number; entries: number }> {
  const fetched = await fetchRelease(url, timeoutMs);
  if (!fetched.changed) throw new DownloadError(`${url} answered 304 Not Modified to an unconditional request`);
  const { bytes, release, etag, lastModified } = fetched;
  await saveRelease(path, bytes, { url, etag, lastModified, checkedAt: new Date().toISOString() });
  return { bytes: bytes.byteLength, entries: release.entries.length };
}
