// Subscribers that ask for exactly the same thing (the same document, operation and variables) share
// one execution: the gateway resolves each event once (its federated fields included) and hands the
// same result to all of them. A frontend's users send identical subscriptions, so a thousand
// subscribers cost about one execution per event, not a thousand. Everyone gets only the events
// after they joined, as with a subscription of their own; the last one to leave ends the execution.
import { Repeater } from '@repeaterjs/repeater';
import type { ExecutionResult } from 'graphql';

type Result = ExecutionResult | AsyncIterable<ExecutionResult>;

interface Upstream {
  listeners: Set<(result: ExecutionResult) => void>;
  enders: Set<(error?: unknown) => void>;
  iterator?: AsyncIterator<ExecutionResult>;
  /** The execution has ended: a subscriber that comes now is ended at once. */
  ended: boolean;
  failure?: unknown;
}

export class SharedSubscriptions {
  private readonly upstreams = new Map<string, Promise<Upstream | ExecutionResult>>();
  private subscribers = 0;

  /** Subscriptions of clients now. */
  get clients(): number {
    return this.subscribers;
  }

  /** Executions shared by them now. */
  get executions(): number {
    return this.upstreams.size;
  }

  /**
   * The stream of `key`'s results for one more subscriber; `start` runs the execution when none is
   * running for the key. An execution that answers at once (with errors) is that subscriber's alone.
   */
  async subscribe(key: string, start: () => Promise<Result> | Result): Promise<Result> {
    let pending = this.upstreams.get(key);
    if (!pending) {
      pending = this.open(key, start);
      this.upstreams.set(key, pending);
    }
    const upstream = await pending;
    if (!('listeners' in upstream)) return upstream;
    return new Repeater<ExecutionResult>(async (push, stop) => {
      if (upstream.ended) return stop(upstream.failure);
      const listener = (result: ExecutionResult) => {
        try {
          void push(result);
        } catch (error) {
          stop(error); // this subscriber is 1,024 results behind: it alone is ended
        }
      };
      const ender = (error?: unknown) => stop(error);
      upstream.listeners.add(listener);
      upstream.enders.add(ender);
      this.subscribers += 1;
      try {
        await stop;
      } finally {
        this.subscribers -= 1;
        upstream.listeners.delete(listener);
        upstream.enders.delete(ender);
        if (upstream.listeners.size === 0 && this.upstreams.get(key) === pending) {
          this.upstreams.delete(key);
          await upstream.iterator?.return?.();
        }
      }
    });
  }

  private async open(key: string, start: () => Promise<Result> | Result): Promise<Upstream | ExecutionResult> {
    let result: Result;
    try {
      result = await start();
    } catch (error) {
      this.upstreams.delete(key);
      throw error;
    }
    if (!(Symbol.asyncIterator in result)) {
      this.upstreams.delete(key);
      return result;
    }
    const upstream: Upstream = { listeners: new Set(), enders: new Set(), iterator: result[Symbol.asyncIterator](), ended: false };
    void this.pump(key, upstream);
    return upstream;
  }

  /** Reads the execution's results and hands each to every subscriber; its end ends them all. */
  private async pump(key: string, upstream: Upstream): Promise<void> {
    let failure: unknown;
    try {
      for (;;) {
        const next = await upstream.iterator!.next();
        if (next.done) break;
        for (const listener of upstream.listeners) listener(next.value);
      }
    } catch (error) {
      failure = error;
      await upstream.iterator!.return?.().catch(() => undefined);
    }
    upstream.ended = true;
    upstream.failure = failure;
    if (this.upstreams.has(key) && (await this.upstreams.get(key)) === upstream) this.upstreams.delete(key);
    for (const end of upstream.enders) end(failure);
  }
}
