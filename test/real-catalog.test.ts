// The real-data catalog in ../shared/data (16,209 entries), when this checkout has it beside it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/paths.js';
import { CatalogStore } from '../subgraphs/catalog/catalog/catalog.store.js';
import { CatalogSite } from '../subgraphs/catalog/catalog/sites.js';
import { TitleIndex } from '../subgraphs/catalog/lexical/title-index.js';
import { createLogger } from '../lib/logger.js';

const catalogPath = join(PROJECT_ROOT, '../shared/data/anime-catalog.json');
const synopsesPath = join(PROJECT_ROOT, '../shared/data/synopses.json');
const present = existsSync(catalogPath);
if (!present) console.log(`${catalogPath} is absent: skipping the real-catalog tests`);

describe.runIf(present)('the shared real catalog', () => {
  const store = new CatalogStore({
    log: createLogger('silent'),
    maxShrink: 0.2,
    buildIndexes: (catalog) => TitleIndex.build(catalog, { background: false }),
    retireIndexes: () => undefined,
  });
  const loaded = present ? store.load({ catalogPath, synopsesPath }) : Promise.resolve(undefined);

  it('loads every entry, rejecting none', async () => {
    const snapshot = (await loaded)!;
    expect(snapshot.catalog.size).toBe(16209);
    expect(snapshot.catalog.rejectedCount).toBe(0);
    expect(snapshot.catalog.lastUpdate).toBe('2026-11-24');
    expect(snapshot.catalog.animes.filter((a) => a.synopsis).length).toBeGreaterThan(9000);
  });

  it('knows well-known titles by their platform ids', async () => {
    const { catalog } = (await loaded)!;
    expect(catalog.bySource(CatalogSite.MYANIMELIST, '16498')?.title).toBe('Shingeki no Kyojin');
    expect(catalog.bySource(CatalogSite.MYANIMELIST, '1')?.title).toBe('Cowboy Bebop');
    expect(catalog.get('mal-5114')?.title).toBe('Fullmetal Alchemist: Brotherhood');
  });

  it('ranks the main series first for typos and English names', async () => {
    const snapshot = (await loaded)!;
    const first = (query: string) => snapshot.indexes.search(query, undefined, 1).matches[0]?.anime.title;
    expect(first('Fullmetal Alchemst Brotherhood')).toBe('Fullmetal Alchemist: Brotherhood');
    expect(first('Attack on Titan')).toBe('Shingeki no Kyojin');
    expect(first('Steins Gate')).toBe('Steins;Gate');
    expect(first('Cowboy Bebob')).toBe('Cowboy Bebop');
  });
});
