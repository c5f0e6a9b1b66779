// Vectors on disk, keyed by the model and a hash of each text: a restart loads them instead of
// embedding again, and a catalog update embeds only the texts that changed.
//
// File: "AGVC2", u32 dimensions, u32 count, then count 8-byte keys, then count vectors (float32).
// The version changes with the key scheme (2: a sentence in context is keyed by its document's key),
// so that a cache of other keys is rebuilt, not half reused.
import { createHash } from 'node:crypto';
import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';

const MAGIC = 'AGVC2';
/** Vectors copied into one buffer per write when the cache is saved. */
const SAVE_CHUNK = 4096;
const HEADER = MAGIC.length + 8;

export function textKey(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

export class VectorCache {
  private readonly vectors = new Map<string, Float32Array>();

  private constructor(
    readonly path: string,
    readonly dimensions: number,
  ) {}

  /** The cache of `modelId` in `dir`; empty when there is none yet, or it is unreadable or of other dimensions. */
  static async open(dir: string, modelId: string, dimensions: number): Promise<VectorCache> {
    const cache = new VectorCache(join(dir, `${modelId.replace(/[^\w.-]+/g, '_')}.bin`), dimensions);
    const file = await open(cache.path, 'r').catch(() => undefined);
    if (!file) return cache;
    try {
      const header = Buffer.alloc(HEADER);
      await file.read(header, 0, HEADER, 0);
      const count = header.readUInt32LE(MAGIC.length + 4);
      const expected = HEADER + count * 8 + count * dimensions * 4;
      const valid = header.toString('latin1', 0, MAGIC.length) === MAGIC && header.readUInt32LE(MAGIC.length) === dimensions;
      if (!valid || (await file.stat()).size !== expected) return cache;
      const keys = Buffer.alloc(count * 8);
      // Read the vectors straight into one aligned Float32Array: no copy of a 100+ MB buffer.
      const data = new Float32Array(count * dimensions);
      const reads = await Promise.all([
        file.read(keys, 0, keys.length, HEADER),
        file.read(new Uint8Array(data.buffer), 0, data.byteLength, HEADER + keys.length),
      ]);
      if (reads[0].bytesRead !== keys.length || reads[1].bytesRead !== data.byteLength) return cache;
      const hex = keys.toString('hex');
      for (let i = 0; i < count; i++) {
        cache.vectors.set(hex.slice(i * 16, (i + 1) * 16), data.subarray(i * dimensions, (i + 1) * dimensions));
      }
    } finally {
      await file.close();
    }
    return cache;
  }

  get size(): number {
    return this.vectors.size;
  }

  get(key: string): Float32Array | undefined {
    return this.vectors.get(key);
  }

  set(key: string, vector: Float32Array): void {
    this.vectors.set(key, vector);
  }

  /** Writes the vectors of `keep` (the texts the current catalog uses) and forgets the others. */
  async save(keep: ReadonlySet<string>): Promise<void> {
    for (const key of this.vectors.keys()) if (!keep.has(key)) this.vectors.delete(key);
    const count = this.vectors.size;
    const header = Buffer.alloc(HEADER);
    header.write(MAGIC, 0, 'latin1');
    header.writeUInt32LE(this.dimensions, MAGIC.length);
    header.writeUInt32LE(count, MAGIC.length + 4);
    const keys = Buffer.alloc(count * 8);
    let i = 0;
    for (const key of this.vectors.keys()) keys.write(key, 8 * i++, 'hex');
    await mkdir(join(this.path, '..'), { recursive: true });
    const partial = `${this.path}.partial`;
    // Written a slice at a time: a copy of every vector at once would add its size to the peak memory.
    const file = await open(partial, 'w');
    try {
      await file.write(header);
      await file.write(keys);
      const vectors = [...this.vectors.values()];
      const chunk = new Float32Array(SAVE_CHUNK * this.dimensions);
      for (let start = 0; start < vectors.length; start += SAVE_CHUNK) {
        const slice = vectors.slice(start, start + SAVE_CHUNK);
        slice.forEach((vector, j) => chunk.set(vector, j * this.dimensions));
        await file.write(new Uint8Array(chunk.buffer, 0, slice.length * this.dimensions * 4));
      }
    } finally {
      await file.close();
    }
    await rename(partial, this.path);
  }
}
