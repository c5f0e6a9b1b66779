// Which catalog anime the platform benchmark enriches, and in what order it replays them.
import { readFile } from 'node:fs/promises';
import { mulberry32 } from '../lib/queries.js';

/** The AniGraph ids (mal-<id>) of `count` catalog anime with a MyAnimeList id, spread over the catalog. */
export async function catalogAnimeIds(catalogPath: string, count: number): Promise<string[]> {
  const release = JSON.parse(await readFile(catalogPath, 'utf8')) as { data: { sources: string[] }[] };
  const malIds = release.data.flatMap((entry) => {
    const match = entry.sources.map((url) => /myanimelist\.net\/anime\/(\d+)$/.exec(url)).find(Boolean);
    return match ? [`mal-${match[1]}`] : [];
  });
  const step = Math.max(1, Math.floor(malIds.length / count));
  return malIds.filter((_, i) => i % step === 0).slice(0, count);
}

/** `length` picks of `items` by a Zipf law of exponent `s` (the first item most often), seeded. */
export function zipfSequence<T>(items: readonly T[], length: number, s: number, seed: number): T[] {
  const random = mulberry32(seed);
  const weights = items.map((_, rank) => 1 / (rank + 1) ** s);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  return Array.from({ length }, () => {
    const x = random();
    const at = cumulative.findIndex((c) => c >= x);
    return items[at === -1 ? items.length - 1 : at];
  });
}
