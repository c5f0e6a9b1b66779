// The subscriptions the dispatcher holds at the gateway: one per event and filter that live webhooks
// ask for (webhooks with the same filter share one), each a named operation run through the gateway
// like any client's (server-sent events on POST /graphql, in-process), so that the events are the
// graph's own — in one process, or with the schedules and catalog subgraphs elsewhere and Redis
// between instances. A stream that ends or fails is opened again, waiting longer after each failure.
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import type { Logger } from '../lib/logger.js';
import type { GraphQLFetcher } from '../lib/operation-client.js';
import type { WebhookEventName } from '../lib/webhooks/events.js';
import { filterVariable, type StoredFilter } from '../lib/webhooks/filter.js';
import { EVENT_OPERATIONS } from './event-operations.js';
import { sseResults } from './sse.js';

export interface Wanted {
  event: WebhookEventName;
  filter: StoredFilter;
}

export interface EventStreamsOptions {
  gateway: GraphQLFetcher;
  log: Logger;
  /** An event a stream told; a failure is logged and the stream goes on. */
  onEvent(wanted: Wanted, told: { key: string; data: Record<string, unknown> }): Promise<void>;
  /** The first wait before opening a failed stream again (doubling up to a minute). */
  retryMs?: number;
}

interface Stream {
  wanted: Wanted;
  abort: AbortController;
  open: boolean;
  done: Promise<void>;
}

const MAX_RETRY_MS = 60_000;

export class EventStreams {
  private readonly streams = new Map<string, Stream>();

  constructor(private readonly options: EventStreamsOptions) {}

  /** Streams answered by the gateway now (a subscription is running for each). */
  get open(): number {
    return [...this.streams.values()].filter((s) => s.open).length;
  }

  /** Holds a stream for each of `wanted`, and none for anything else. */
  sync(wanted: readonly Wanted[]): void {
    const keys = new Map(wanted.map((w) => [streamKey(w), w]));
    for (const [key, stream] of this.streams) {
      if (!keys.has(key)) {
        stream.abort.abort();
        this.streams.delete(key);
      }
    }
    for (const [key, w] of keys) if (!this.streams.has(key)) this.streams.set(key, this.start(w));
  }

  async close(): Promise<void> {
    const streams = [...this.streams.values()];
    this.streams.clear();
    for (const stream of streams) stream.abort.abort();
    await Promise.all(streams.map((s) => s.done));
  }

  private start(wanted: Wanted): Stream {
    const stream: Stream = { wanted, abort: new AbortController(), open: false, done: Promise.resolve() };
    stream.done = this.run(stream);
    return stream;
  }

  private async run(stream: Stream): Promise<void> {
    const { gateway, log } = this.options;
    const { signal } = stream.abort;
    const operation = EVENT_OPERATIONS[stream.wanted.event];
    const body = JSON.stringify({
      query: print(operation.document),
      operationName: operationNameOf(operation.document),
      variables: operation.variables(filterVariable(stream.wanted.filter)),
    });
    let failures = 0;
    while (!signal.aborted) {
      let openedAt: number | undefined;
      try {
        const response = await gateway.fetch(
          new Request('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
            body,
            signal,
          }),
        );
        if (!response.body || !response.headers.get('content-type')?.includes('text/event-stream')) {
          throw new Error(`the gateway answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
        }
        stream.open = true;
        openedAt = Date.now();
        for await (const result of sseResults(response.body, signal)) {
          if (result.errors?.length) log.warn({ event: stream.wanted.event, errors: result.errors }, 'webhook event stream: errors');
          const told = result.data ? operation.read(result.data) : undefined;
          if (!told) continue;
          await this.options
            .onEvent(stream.wanted, told)
            .catch((error: Error) =>
              log.error({ err: error, event: stream.wanted.event, key: told.key }, 'a webhook event could not be written to the outbox'),
            );
        }
      } catch (error) {
        if (signal.aborted) break;
        log.warn({ err: error, event: stream.wanted.event }, 'webhook event stream failed; it is opened again');
      }
      stream.open = false;
      // A stream that served a while and ended (a subgraph restarted) is opened again at once.
      failures = openedAt !== undefined && Date.now() - openedAt > MAX_RETRY_MS ? 0 : failures + 1;
      const wait = failures && Math.min((this.options.retryMs ?? 1_000) * 2 ** (failures - 1), MAX_RETRY_MS);
      await sleep(wait, undefined, { signal }).catch(() => undefined);
    }
    stream.open = false;
  }
}

/** One stream per event and filter: the filter's JSON with its keys in order. */
const streamKey = ({ event, filter }: Wanted) => `${event} ${JSON.stringify(sorted(filter))}`;

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function operationNameOf(document: EventOperationDocument): string | undefined {
  const definition = document.definitions.find((d) => d.kind === 'OperationDefinition');
  return definition && 'name' in definition ? definition.name?.value : undefined;
}

type EventOperationDocument = (typeof EVENT_OPERATIONS)[WebhookEventName]['document'];
