// A model in a worker of its own (transformers.js runs a model call on the calling thread and blocks
// it): a worker thread, or a child process for index builds (`background`), whose memory goes back to
// the system when it exits. The worker script loads the model from the settings it is given, says
// `ready` (or `failed`), then answers each `{ id, ...work }` with the vectors of that work, one row per
// item. Used by the sentence encoders (transformers.worker.mjs) and CLIP (clip.worker.mjs).
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EmbedOptions } from './embedder.js';

export interface Ready {
  modelId: string;
  dimensions: number;
  maxTokens: number;
}

type FromWorker =
  | ({ type: 'ready' } & Ready)
  | { type: 'failed'; message: string }
  | { type: 'vectors'; id: number; vectors: Float32Array }
  | { type: 'error'; id: number; message: string };

interface Job {
  resolve: (vectors: Float32Array) => void;
  reject: (error: Error) => void;
}

/** What ModelWorker needs of a worker thread or a child process. */
interface Channel {
  post(message: unknown): void;
  on(event: 'message', listener: (message: FromWorker) => void): void;
  once(event: 'message', listener: (message: FromWorker) => void): void;
  onExit(listener: (code: number | null) => void): void;
  onError(listener: (error: Error) => void): void;
  stop(): Promise<void>;
}

function threadChannel(url: URL, workerData: object): Channel {
  const worker = new Worker(url, { workerData });
  return {
    post: (message) => worker.postMessage(message),
    on: (event, listener) => worker.on(event, listener),
    once: (event, listener) => worker.once(event, listener),
    onExit: (listener) => worker.on('exit', listener),
    onError: (listener) => worker.once('error', listener),
    stop: async () => void (await worker.terminate()),
  };
}

function processChannel(url: URL, options: object): Channel {
  // 'advanced' serialization carries the Float32Arrays of vectors as such. The child's stdout goes to
  // stderr: over MCP's stdio transport, stdout carries protocol messages only.
  const child: ChildProcess = fork(fileURLToPath(url), [], {
    serialization: 'advanced',
    stdio: ['ignore', 2, 'inherit', 'ipc'],
  });
  child.send(options);
  return {
    post: (message) => child.send(message as object),
    on: (event, listener) => child.on(event, listener),
    once: (event, listener) => child.once(event, listener),
    onExit: (listener) => child.on('exit', listener),
    onError: (listener) => child.once('error', listener),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

export class ModelWorker {
  private readonly pending = new Map<number, Job>();
  private nextId = 0;
  private exited: Error | undefined;

  private constructor(private readonly worker: Channel) {
    worker.on('message', (message: FromWorker) => {
      if (message.type !== 'vectors' && message.type !== 'error') return;
      const job = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'vectors') job?.resolve(message.vectors);
      else job?.reject(new Error(`the embedding model failed: ${message.message}`));
    });
    worker.onExit((code) => {
      this.exited = new Error(`the embedding worker stopped (exit code ${code})`);
      for (const job of this.pending.values()) job.reject(this.exited);
      this.pending.clear();
    });
  }

  /**
   * Starts `url` with `settings` (in a child process when `background`); rejects with what
   * `unavailable` makes of the reason the model did not load.
   */
  static start(
    url: URL,
    settings: object,
    background: boolean,
    unavailable: (reason: string) => Error,
  ): Promise<{ worker: ModelWorker } & Ready> {
    const worker = background ? processChannel(url, settings) : threadChannel(url, settings);
    return new Promise((resolve, reject) => {
      const fail = (reason: string) => {
        void worker.stop();
        reject(unavailable(reason));
      };
      worker.onError((error) => fail(error.message));
      worker.onExit((code) => fail(`the worker stopped while loading (exit code ${code})`));
      worker.once('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          const { modelId, dimensions, maxTokens } = message;
          resolve({ worker: new ModelWorker(worker), modelId, dimensions, maxTokens });
        } else if (message.type === 'failed') fail(message.message);
      });
    });
  }

  /** The vectors of `work`: one row per item, in order. */
  run(work: object): Promise<Float32Array> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.post({ id, ...work });
    });
  }

  stop(): Promise<void> {
    return this.worker.stop();
  }
}

/** `count` workers from `start`, all or none: when one fails to load, the others are stopped and its error thrown. */
export async function startWorkers(
  count: number,
  start: () => ReturnType<typeof ModelWorker.start>,
): Promise<{ workers: ModelWorker[]; ready: Ready }> {
  const started = await Promise.allSettled(Array.from({ length: Math.max(1, count) }, start));
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value.worker] : []));
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await Promise.all(workers.map((w) => w.stop()));
    throw failure.reason;
  }
  const { modelId, dimensions, maxTokens } = (started[0] as PromiseFulfilledResult<{ worker: ModelWorker } & Ready>).value;
  return { workers, ready: { modelId, dimensions, maxTokens } };
}

/** Runs `items` through the workers in batches, each worker taking the next batch as soon as it is free. */
export async function runInBatches<T, R>(
  workers: readonly ModelWorker[],
  batchSize: number,
  items: readonly T[],
  work: (batch: T[]) => object,
  take: (rows: Float32Array, batch: T[]) => R[],
  options: EmbedOptions,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const lane = async (worker: ModelWorker) => {
    while (next < items.length && !failed) {
      options.signal?.throwIfAborted();
      const start = next;
      next += batchSize;
      const batch = items.slice(start, start + batchSize);
      const rows = await worker.run(work(batch));
      take(rows, batch).forEach((result, i) => (results[start + i] = result));
      options.onProgress?.(batch.length, start);
    }
  };
  await Promise.all(workers.map((worker) => lane(worker).catch((error: Error) => ((failed = true), Promise.reject(error)))));
  return results;
}
