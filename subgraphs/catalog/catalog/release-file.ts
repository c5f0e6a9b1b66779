// Reads an anime-offline-database release in any of its published forms:
// the minified JSON file, the JSON Lines file, and either one compressed with zstd.
import { readFile } from 'node:fs/promises';
import { decompress } from 'fzstd';

export class CatalogFormatError extends Error {}

export interface ReleaseFile {
  lastUpdate: string | null;
  /** Raw entries, not yet validated. */
  entries: unknown[];
}

const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

export async function readReleaseFile(path: string): Promise<ReleaseFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CatalogFormatError(`Cannot read the catalog file ${path}: ${(error as Error).message}`);
  }
  return parseRelease(bytes, path);
}

export function parseRelease(bytes: Uint8Array, name: string): ReleaseFile {
  if (ZSTD_MAGIC.every((byte, i) => bytes[i] === byte)) {
    try {
      bytes = decompress(bytes);
    } catch (error) {
      throw new CatalogFormatError(`${name} looks zstd-compressed but does not decompress: ${(error as Error).message}`);
    }
  }
  const text = new TextDecoder().decode(bytes).trim();
  if (!text.startsWith('{')) {
    throw new CatalogFormatError(`${name} is not an anime-offline-database release: it is not JSON.`);
  }
  try {
    return fromDocument(JSON.parse(text), name);
  } catch (error) {
    if (error instanceof CatalogFormatError) throw error;
    if (text.includes('\n')) return fromJsonLines(text, name);
    throw new CatalogFormatError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
}

function fromDocument(document: unknown, name: string): ReleaseFile {
  const data = (document as { data?: unknown })?.data;
  if (typeof document !== 'object' || document === null || !Array.isArray(data)) {
    throw new CatalogFormatError(`${name} is not an anime-offline-database release: expected an object with a "data" array of anime.`);
  }
  return { lastUpdate: lastUpdateOf(document), entries: data };
}

// The JSONL form: a header object with the release metadata on the first line, then one anime per line.
function fromJsonLines(text: string, name: string): ReleaseFile {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  let header: unknown;
  try {
    header = JSON.parse(lines[0]);
  } catch {
    throw new CatalogFormatError(`${name} is not an anime-offline-database release: neither JSON nor JSON Lines.`);
  }
  const hasHeader = typeof header === 'object' && header !== null && !('sources' in header);
  const entries = (hasHeader ? lines.slice(1) : lines).map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      return { invalidLine: i + (hasHeader ? 2 : 1) };
    }
  });
  return { lastUpdate: hasHeader ? lastUpdateOf(header) : null, entries };
}

function lastUpdateOf(header: unknown): string | null {
  const value = (header as { lastUpdate?: unknown }).lastUpdate;
  return typeof value === 'string' ? value : null;
}
