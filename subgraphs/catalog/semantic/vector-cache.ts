// Vectors on disk, keyed by the model and a hash of each text: a restart loads them instead of
// embedding again, and a catalog update embeds only the texts that changed.
//
// File: "AGVC1", u32 dimensions, u32 count, then count 8-byte keys, then count vectors (float32).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MAGIC = 'AGVC1';
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
    const bytes = await readFile(cache.path).catch(() => undefined);
    if (bytes && bytes.toString('latin1', 0, MAGIC.length) === MAGIC && bytes.readUInt32LE(MAGIC.length) === dimensions) {
      const count = bytes.readUInt32LE(MAGIC.length + 4);
      const keysEnd = HEADER + count * 8;
      if (bytes.length === keysEnd + count * dimensions * 4) {
        // Copy into an aligned buffer: Float32Array views need a 4-byte aligned offset.
        const data = new Float32Array(count * dimensions);
        new Uint8Array(data.buffer).set(bytes.subarray(keysEnd));
        for (let i = 0; i < count; i++) {
          cache.vectors.set(bytes.toString('hex', HEADER + i * 8, HEADER + (i + 1) * 8), data.subarray(i * dimensions, (i + 1) * dimensions));
        }
      }
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
    const data = new Float32Array(count * this.dimensions);
    let i = 0;
    for (const [key, vector] of this.vectors) {
      keys.write(key, i * 8, 'hex');
      data.set(vector, i * this.dimensions);
      i++;
    }
    await mkdir(join(this.path, '..'), { recursive: true });
    const partial = `${this.path}.partial`;
    await writeFile(partial, Buffer.concat([header, keys, Buffer.from(data.buffer)]));
    await rename(partial, this.path);
  }
}
