// Operations that start in one callback and end in another (graphql-ws: subscribe, then the
// operation's result or its error), timed by their owner (the socket's context) and id.
import type { Outcome, RequestMetrics, Transport } from './requests.js';

interface Errors {
  errors?: readonly { extensions?: Record<string, unknown> }[];
}

export class PendingOperations {
  private readonly started = new WeakMap<object, Map<string, (outcome: Outcome) => void>>();

  constructor(
    private readonly metrics: RequestMetrics,
    private readonly transport: Transport,
  ) {}

  start(owner: object, id: string, operation: string): void {
    let ids = this.started.get(owner);
    if (!ids) this.started.set(owner, (ids = new Map()));
    const end = this.metrics.start(this.transport);
    ids.set(id, (outcome) => end(operation, outcome));
  }

  /**
   * Ends it with its result: an answer (its errors count), or a stream of answers (a subscription
   * that started: it is timed to its start, its later events are not).
   */
  end(owner: object, id: string, result: unknown): void {
    const errors = isIterable(result) ? [] : ((result as Errors | undefined)?.errors ?? []);
    this.finish(owner, id, errors);
  }

  /** Ends it with the errors it was refused or failed with. */
  fail(owner: object, id: string, errors: NonNullable<Errors['errors']>): void {
    this.finish(owner, id, errors.length ? errors : [{}]);
  }

  private finish(owner: object, id: string, errors: NonNullable<Errors['errors']>): void {
    const ids = this.started.get(owner);
    const end = ids?.get(id);
    if (!end) return;
    ids!.delete(id);
    this.metrics.countErrors(errors.map((e) => e.extensions?.code));
    end(errors.length ? 'error' : 'ok');
  }
}

const isIterable = (value: unknown): boolean => typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
