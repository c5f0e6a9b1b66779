import { mkdtempSync, readdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textKey, VectorCache } from '../subgraphs/catalog/semantic/vector-cache.js';

const vector = (seed: number) => Float32Array.from({ length: 8 }, (_, i) => Math.sin(seed + i));

async function savedCache(dir: string) {
  const cache = await VectorCache.open(dir, 'model/x@q8', 8);
  for (const text of ['a', 'b', 'c']) cache.set(textKey(text), vector(text.charCodeAt(0)));
  await cache.save(new Set([textKey('a'), textKey('b')]));
  return join(dir, readdirSync(dir)[0]);
}

describe('vector cache on disk', () => {
  it('gives back the saved vectors of the kept texts, and forgets the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-'));
    await savedCache(dir);
    const reopened = await VectorCache.open(dir, 'model/x@q8', 8);
    expect(reopened.size).toBe(2);
    expect([...reopened.get(textKey('a'))!]).toEqual([...vector('a'.charCodeAt(0))]);
    expect(reopened.get(textKey('c'))).toBeUndefined();
  });

  it('starts empty for another model, other dimensions or a damaged file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-'));
    const file = await savedCache(dir);
    expect((await VectorCache.open(dir, 'model/y@q8', 8)).size).toBe(0);
    expect((await VectorCache.open(dir, 'model/x@q8', 16)).size).toBe(0);
    truncateSync(file, 40);
    expect((await VectorCache.open(dir, 'model/x@q8', 8)).size).toBe(0);
  });
});
