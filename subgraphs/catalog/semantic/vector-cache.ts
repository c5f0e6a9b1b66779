// Vectors on disk, keyed by the model and a hash of each text: a restart loads them instead of
// embedding again, and a catalog update embeds only the texts that changed. Beside them, which
// vectors each anime used, by a hash of the fields its texts are made from: a restart finds an
// unchanged anime's vectors without splitting its synopsis into sentences and hashing each again
// (a second of a warm start's work on the full catalog).
//
// File: "AGVC2", u32 dimensions, u32 count, then count 8-byte keys, then count vectors (float32).
// The version changes with the key scheme (2: a sentence in context is keyed by its document's key),
// so that a cache of other keys is rebuilt, not half reused.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MAGIC = 'AGVC2';
/** Vectors copied into one buffer per write when the cache is saved. */
const SAVE_CHUNK = 4096;
const HEADER = MAGIC.length + 8;

export function textKey(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** The keys of the vectors one anime used. */
export interface TextPlan {
  doc: string;
  docWeight: number;
  sentences: string[];
  titles: string[];
}

/** A plan with the vectors it names. */
export interface PlannedVectors {
  plan: TextPlan;
  doc: Float32Array;
  sentences: Float32Array[];
  titles: Float32Array[];
}

const PLANS_VERSION = 1;

export class VectorCache {
  private readonly vectors = new Map<string, Float32Array>();
  private readonly plans = new Map<string, TextPlan>();

  private constructor(
    readonly path: string,
    readonly dimensions: number,
  ) {}

  private get plansPath(): string {
    return this.path.replace(/\.bin$/, '.plans.json');
  }

  /** The cache of `modelId` in `dir`; empty when there is none yet, or it is unreadable or of other dimensions. */
  static async open(dir: string, modelId: string, dimensions: number): Promise<VectorCache> {
    const cache = new VectorCache(join(dir, `${modelId.replace(/[^\w.-]+/g, '_')}.bin`), dimensions);
    await Promise.all([cache.readVectors(), cache.readPlans()]);
    return cache;
  }

  private async readVectors(): Promise<void> {
    const { dimensions } = this;
    const file = await open(this.path, 'r').catch(() => undefined);
    if (!file) return;
    try {
      const header = Buffer.alloc(HEADER);
      await file.read(header, 0, HEADER, 0);
      const count = header.readUInt32LE(MAGIC.length + 4);
      const expected = HEADER + count * 8 + count * dimensions * 4;
      const valid = header.toString('latin1', 0, MAGIC.length) === MAGIC && header.readUInt32LE(MAGIC.length) === dimensions;
      if (!valid || (await file.stat()).size !== expected) return;
      const keys = Buffer.alloc(count * 8);
      // Read the vectors straight into one aligned Float32Array: no copy of a 100+ MB buffer.
      const data = new Float32Array(count * dimensions);
      const reads = await Promise.all([
        file.read(keys, 0, keys.length, HEADER),
        file.read(new Uint8Array(data.buffer), 0, data.byteLength, HEADER + keys.length),
      ]);
      if (reads[0].bytesRead !== keys.length || reads[1].bytesRead !== data.byteLength) return;
      const hex = keys.toString('hex');
      for (let i = 0; i < count; i++) {
        this.vectors.set(hex.slice(i * 16, (i + 1) * 16), data.subarray(i * dimensions, (i + 1) * dimensions));
      }
    } finally {
      await file.close();
    }
  }

  /** A missing, unreadable or damaged file of plans costs only the time to make them again. */
  private async readPlans(): Promise<void> {
    try {
      const saved = JSON.parse(await readFile(this.plansPath, 'utf8')) as { version: number; plans: Record<string, unknown> };
      if (saved.version !== PLANS_VERSION) return;
      for (const [input, entry] of Object.entries(saved.plans)) {
        const [doc, docWeight, sentences, titles] = Array.isArray(entry) ? entry : [];
        const keys = (list: unknown): list is string[] => Array.isArray(list) && list.every((key) => typeof key === 'string');
        if (typeof doc === 'string' && typeof docWeight === 'number' && keys(sentences) && keys(titles))
          this.plans.set(input, { doc, docWeight, sentences, titles });
      }
    } catch {
      this.plans.clear();
    }
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

  /** The vectors an anime with texts key `input` used, when the cache still holds every one of them. */
  planned(input: string): PlannedVectors | undefined {
    const plan = this.plans.get(input);
    const doc = plan && this.vectors.get(plan.doc);
    if (!plan || !doc) return undefined;
    const sentences = plan.sentences.map((key) => this.vectors.get(key));
    const titles = plan.titles.map((key) => this.vectors.get(key));
    if (sentences.includes(undefined) || titles.includes(undefined)) return undefined;
    return { plan, doc, sentences: sentences as Float32Array[], titles: titles as Float32Array[] };
  }

  /** Replaces the plans on disk with `plans` (by texts key), the ones the current catalog uses. */
  async savePlans(plans: ReadonlyMap<string, TextPlan>): Promise<void> {
    this.plans.clear();
    const saved: Record<string, [string, number, string[], string[]]> = {};
    for (const [input, plan] of plans) {
      this.plans.set(input, plan);
      saved[input] = [plan.doc, plan.docWeight, plan.sentences, plan.titles];
    }
    await mkdir(join(this.path, '..'), { recursive: true });
    await writeFile(`${this.plansPath}.partial`, JSON.stringify({ version: PLANS_VERSION, plans: saved }));
    await rename(`${this.plansPath}.partial`, this.plansPath);
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
