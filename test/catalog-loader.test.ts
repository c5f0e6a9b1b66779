import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../subgraphs/catalog/catalog/catalog.js';
import { loadCatalog } from '../subgraphs/catalog/catalog/load-catalog.js';
import { CatalogFormatError, parseRelease } from '../subgraphs/catalog/catalog/release-file.js';
import { INVALID_COUNT, VALID_COUNT, validEntries, writeFixtureCatalog } from './fixtures/catalog.fixture.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const release = (data: unknown[]) => bytes(JSON.stringify({ lastUpdate: '2026-11-24', data }));

describe('catalog loading', () => {
  it('serves the valid entries and rejects each invalid one with its reason', async () => {
    const { catalogPath, synopsesPath } = writeFixtureCatalog();
    const catalog = await loadCatalog({ catalogPath, synopsesPath });
    expect(catalog.size).toBe(VALID_COUNT);
    expect(catalog.rejectedCount).toBe(INVALID_COUNT);
    const reasons = catalog.rejections.map((r) => r.reason);
    expect(reasons).toEqual([
      expect.stringMatching(/^title:/),
      expect.stringMatching(/^type:/),
      expect.stringMatching(/^episodes:/),
      expect.stringMatching(/^sources: needs at least one/),
      expect.stringMatching(/^entry: .*expected object/),
      expect.stringMatching(/^animeSeason\.year:/),
      expect.stringMatching(/^duplicate of/),
    ]);
    expect(catalog.rejections[0].index).toBe(10);
    expect(catalog.get('mal-1')?.synopsis).toMatch(/Bebop/);
  });

  it.each([
    ['not JSON at all', 'hello', /not JSON/],
    ['JSON without a data array', '{"lastUpdate":"2026-01-01"}', /expected an object with a "data" array/],
    ['a top-level array', '[{"title":"x"}]', /not JSON|data/],
    ['an empty file', '', /not JSON/],
    ['truncated JSON', '{"data":[{"title":"Cowboy', /not valid JSON/],
  ])('fails with a clear message on %s', (_name, text, message) => {
    expect(() => parseRelease(bytes(text), 'file.json')).toThrowError(CatalogFormatError);
    expect(() => parseRelease(bytes(text), 'file.json')).toThrowError(message);
  });

  it('fails with a clear message on a missing file', async () => {
    await expect(loadCatalog({ catalogPath: '/nonexistent/catalog.json' })).rejects.toThrow(/Cannot read the catalog file/);
  });

  it('reads the JSON Lines form: a header line, then one anime per line; a broken line is rejected', () => {
    const [a, b] = validEntries();
    const text = [JSON.stringify({ lastUpdate: '2026-11-20' }), JSON.stringify(a), '{"broken', JSON.stringify(b)].join('\n');
    const parsed = parseRelease(bytes(text), 'db.jsonl');
    expect(parsed.lastUpdate).toBe('2026-11-20');
    const catalog = buildCatalog(parsed);
    expect(catalog.size).toBe(2);
    expect(catalog.rejectedCount).toBe(1);
  });

  it.runIf(hasZstd())('reads a zstd-compressed release', () => {
    const { dir, catalogPath } = writeFixtureCatalog();
    execFileSync('zstd', ['-q', catalogPath, '-o', join(dir, 'catalog.json.zst')]);
    const compressed = readFileSync(join(dir, 'catalog.json.zst'));
    expect(buildCatalog(parseRelease(compressed, 'catalog.json.zst')).size).toBe(VALID_COUNT);
  });
});

describe('anime ids', () => {
  it('follow the MyAnimeList id, else the next platform, else a hash of the sources', () => {
    const [entry] = validEntries();
    const onlyAnilist = { ...entry, sources: ['https://anilist.co/anime/777', 'https://anime-planet.com/anime/x'] };
    const unknownSites = { ...entry, sources: ['https://example.org/anime/1'] };
    const catalog = buildCatalog({ lastUpdate: null, entries: [entry, onlyAnilist, unknownSites] });
    expect(catalog.animes.map((a) => a.id)).toEqual([
      expect.stringMatching(/^mal-\d+$/),
      'anilist-777',
      expect.stringMatching(/^aod-[0-9a-f]{12}$/),
    ]);
  });

  it('stay the same when an update reorders and changes entries', () => {
    const entries = validEntries();
    const before = buildCatalog(parseRelease(release(entries), 'a'));
    const changed = entries.map((e) => ({ ...e, episodes: 99, synonyms: [] })).reverse();
    const after = buildCatalog(parseRelease(release(changed), 'b'));
    for (const anime of before.animes) expect(after.get(anime.id)?.title).toBe(anime.title);
  });
});

function hasZstd(): boolean {
  try {
    execFileSync('zstd', ['--version']);
    return true;
  } catch {
    console.log('zstd CLI not installed: skipping the compressed-release test');
    return false;
  }
}
