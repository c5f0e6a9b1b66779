// A release that loses many anime is more likely broken upstream than a real update: it is refused
// unless the operator accepted it (CATALOG_MAX_SHRINK, or `npm run data:update -- --allow-shrink`,
// which leaves a note beside the file naming the exact bytes it accepted).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

export class CatalogRefusedError extends Error {
  constructor(
    message: string,
    readonly entries: number,
    readonly servedEntries: number | null,
  ) {
    super(message);
  }
}

/** Why `entries` valid anime may not replace `served` (null: they may), given the largest share that may go. */
export function shrinkProblem(entries: number, served: number | null, maxShrink: number): string | null {
  if (entries === 0 && maxShrink < 1) return 'it holds no valid anime';
  if (served === null || served === 0) return null;
  const lost = (served - entries) / served;
  if (lost <= maxShrink) return null;
  return (
    `it has ${entries} valid anime where ${served} are served: ${(lost * 100).toFixed(1)}% fewer, ` +
    `more than CATALOG_MAX_SHRINK (${(maxShrink * 100).toFixed(0)}%)`
  );
}

/**
 * Throws CatalogRefusedError when the shrink is too large, unless `file` (the release file read) is
 * the one the operator accepted.
 */
export async function guardShrink(source: { label: string; file?: string }, entries: number, served: number | null, maxShrink: number) {
  const problem = shrinkProblem(entries, served, maxShrink);
  if (problem === null || (source.file !== undefined && (await shrinkAccepted(source.file)))) return;
  throw new CatalogRefusedError(
    `Refused ${source.label}: ${problem}. The served catalog stays. To serve it anyway, run ` +
      '`npm run data:update -- --allow-shrink` (for a downloaded release) or set CATALOG_MAX_SHRINK=100%.',
    entries,
    served,
  );
}

const acceptancePath = (path: string) => `${path}.allow-shrink.json`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Records that the file now at `path` may shrink the catalog (data:update --allow-shrink). */
export async function acceptShrink(path: string, bytes: Uint8Array): Promise<void> {
  await writeFile(acceptancePath(path), JSON.stringify({ sha256: sha256(bytes), acceptedAt: new Date().toISOString() }) + '\n');
}

async function shrinkAccepted(path: string): Promise<boolean> {
  try {
    const note = JSON.parse(await readFile(acceptancePath(path), 'utf8')) as { sha256?: unknown };
    return note.sha256 === sha256(await readFile(path));
  } catch {
    return false;
  }
}
