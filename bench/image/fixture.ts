// The benchmark's catalog: the first anime of the shared catalog, each given its own poster on the
// local poster server (entry n gets poster n), written to `dir`; and which anime each poster is, as
// the gateway will read the file (its own loader, so ids and rejected entries agree).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCatalog } from '../../subgraphs/catalog/catalog/load-catalog.js';

export interface Fixture {
  catalogPath: string;
  entries: number;
  /** Poster n -> the id of the anime that has it (entries the loader rejected have none). */
  animeOfPoster: Map<number, string>;
}

export async function writeFixture(sourcePath: string, dir: string, count: number, urlOf: (n: number) => string): Promise<Fixture> {
  const source = JSON.parse(await readFile(sourcePath, 'utf8')) as { data?: Record<string, unknown>[] };
  if (!Array.isArray(source.data)) throw new Error(`${sourcePath} is not an anime-offline-database file (no "data" array)`);
  if (source.data.length < count) throw new Error(`${sourcePath} has ${source.data.length} anime, ${count} needed`);
  const data = source.data.slice(0, count).map((entry, n) => ({ ...entry, picture: urlOf(n), thumbnail: urlOf(n) }));
  const catalogPath = join(dir, 'catalog.json');
  await writeFile(catalogPath, JSON.stringify({ ...source, data }));

  const posterOfUrl = new Map(data.map((entry, n) => [entry.picture, n]));
  const catalog = await loadCatalog({ catalogPath });
  const animeOfPoster = new Map<number, string>();
  for (const anime of catalog.animes) {
    const n = anime.picture ? posterOfUrl.get(anime.picture) : undefined;
    if (n !== undefined) animeOfPoster.set(n, anime.id);
  }
  return { catalogPath, entries: data.length, animeOfPoster };
}
