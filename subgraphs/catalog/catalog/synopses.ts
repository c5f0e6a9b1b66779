import { readFile } from 'node:fs/promises';
import type { Synopses } from './catalog.js';
import { CatalogFormatError } from './release-file.js';

/** Reads a `{ "<MAL id or source URL>": "synopsis" }` file (the format of shared/data/synopses.json). */
export async function readSynopses(path: string): Promise<Synopses> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CatalogFormatError(`Cannot read synopses from ${path}: ${(error as Error).message}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new CatalogFormatError(`${path} is not a synopses file: expected an object of id -> synopsis.`);
  }
  const synopses = new Map<string, string>();
  for (const [key, value] of Object.entries(document)) {
    if (typeof value === 'string' && value.trim()) synopses.set(key, value.trim());
  }
  return synopses;
}
