import { mkdtempSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
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

  it('remembers which vectors each anime used, and forgets a plan whose vectors are gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-'));
    await savedCache(dir);
    const cache = await VectorCache.open(dir, 'model/x@q8', 8);
    const plan = (doc: string) => ({ doc: textKey(doc), docWeight: 1, sentences: [textKey('b')], titles: [] });
    await cache.savePlans(
      new Map([
        ['anime-1', plan('a')],
        ['anime-2', plan('c')],
      ]),
    );
    const reopened = await VectorCache.open(dir, 'model/x@q8', 8);
    const planned = reopened.planned('anime-1');
    expect(planned?.plan).toEqual(plan('a'));
    expect([...planned!.doc]).toEqual([...vector('a'.charCodeAt(0))]);
    expect([...planned!.sentences[0]]).toEqual([...vector('b'.charCodeAt(0))]);
    // 'c' was not kept when the vectors were saved: that anime's texts must be made again.
    expect(reopened.planned('anime-2')).toBeUndefined();
    expect(reopened.planned('anime-3')).toBeUndefined();
  });

  it('ignores a damaged file of plans, and still gives back the vectors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-'));
    const file = await savedCache(dir);
    const plans = file.replace(/\.bin$/, '.plans.json');
    writeFileSync(plans, JSON.stringify({ version: 1, plans: { 'anime-1': [textKey('a'), 1, null, []], 'anime-2': 'nonsense' } }));
    const cache = await VectorCache.open(dir, 'model/x@q8', 8);
    expect(cache.size).toBe(2);
    expect(cache.planned('anime-1')).toBeUndefined();
    expect(cache.planned('anime-2')).toBeUndefined();
    writeFileSync(plans, '{ not json');
    expect((await VectorCache.open(dir, 'model/x@q8', 8)).planned('anime-1')).toBeUndefined();
  });
});
