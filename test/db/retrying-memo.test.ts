// What depends on the database keeps it once opened, and tries again when opening failed: a gateway
// that first needed it during an outage works once the database is back.
import { describe, expect, it } from 'vitest';
import { retryingMemo } from '../../lib/retrying-memo.js';

describe('retryingMemo', () => {
  it('makes the value once, and again only after a failure', async () => {
    let calls = 0;
    let failing = true;
    const value = retryingMemo(async () => {
      calls++;
      if (failing) throw new Error('connection refused');
      return calls;
    });
    await expect(value()).rejects.toThrow('connection refused');
    await expect(value()).rejects.toThrow('connection refused');
    expect(calls).toBe(2);
    failing = false;
    expect(await value()).toBe(3);
    expect(await value()).toBe(3);
    expect(calls).toBe(3);
  });

  it('shares one attempt between callers that ask at the same time', async () => {
    let calls = 0;
    const value = retryingMemo(async () => ++calls);
    expect(await Promise.all([value(), value(), value()])).toEqual([1, 1, 1]);
  });
});
