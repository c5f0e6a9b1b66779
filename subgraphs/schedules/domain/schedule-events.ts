// The schedule's events, as they travel between instances (JSON through Hive's pub/sub: in memory,
// or Redis so that every gateway instance hears each event once), and each subscriber's stream of
// the ones it asked for.
import { Repeater } from '@repeaterjs/repeater';
import type { PubSub } from '@graphql-hive/pubsub';
import type { Logger } from '../../../lib/logger.js';
import type { AiringEntry } from './airing.js';

export type ChangeKind = 'ADDED' | 'REMOVED' | 'DELAYED' | 'RESCHEDULED';

/** An entry as JSON: its dates as ISO strings. */
export type EntryJson = Omit<AiringEntry, 'airingAt' | 'delayedFrom' | 'delayedUntil'> & {
  airingAt: string;
  delayedFrom: string | null;
  delayedUntil: string | null;
};

export type ScheduleEvent =
  /** An episode's airing time has come. */
  | { kind: 'AIRED'; id: string; at: string; entry: EntryJson }
  /** A clock tick: the broadcasts of the next day, for each subscriber to pick those within its own lead. */
  | { kind: 'UPCOMING'; id: string; at: string; entries: EntryJson[] }
  /** The merged schedule changed between two polls. */
  | { kind: 'CHANGED'; id: string; at: string; change: ChangeKind; entry: EntryJson; previousAiringAt: string | null };

export const TOPIC = 'schedule';
export type ScheduleTopics = { [TOPIC]: ScheduleEvent };

export function toJson(entry: AiringEntry): EntryJson {
  return {
    ...entry,
    airingAt: entry.airingAt.toISOString(),
    delayedFrom: entry.delayedFrom?.toISOString() ?? null,
    delayedUntil: entry.delayedUntil?.toISOString() ?? null,
  };
}

export function fromJson(entry: EntryJson): AiringEntry {
  return {
    ...entry,
    airingAt: new Date(entry.airingAt),
    delayedFrom: entry.delayedFrom ? new Date(entry.delayedFrom) : null,
    delayedUntil: entry.delayedUntil ? new Date(entry.delayedUntil) : null,
  };
}

/**
 * The schedule's events as one instance hears them, and its subscribers' streams of them. The bus
 * listens to the pub/sub once, while it has subscribers, and hands each event to every one of them:
 * Hive's Redis pub/sub drops a channel for the whole connection when any one listener leaves.
 */
export class ScheduleEventBus {
  private readonly listeners_ = new Set<(event: ScheduleEvent) => void>();
  private listening: Promise<() => unknown> | undefined;

  constructor(
    readonly pubsub: PubSub<ScheduleTopics>,
    private readonly log: Logger,
  ) {}

  /** Streams listening now (each removes itself when it ends). */
  get listeners(): number {
    return this.listeners_.size;
  }

  publish(event: ScheduleEvent): Promise<void> {
    return Promise.resolve(this.pubsub.publish(TOPIC, event));
  }

  /**
   * One subscriber's stream: `pick` turns each event into what it delivers (nothing, one item or
   * several), in the order the events came. An event `pick` fails on is logged and skipped; a
   * subscriber that reads too slowly (1,024 items behind) is ended rather than buffered without
   * bound. Ending the stream (the client unsubscribes or leaves) removes its listener at once.
   */
  stream<T>(pick: (event: ScheduleEvent) => Promise<T[]> | T[]): AsyncIterableIterator<T> {
    return new Repeater<T>(async (push, stop) => {
      let queue: Promise<unknown> = Promise.resolve();
      const listener = (event: ScheduleEvent) => {
        queue = queue.then(async () => {
          let items: T[];
          try {
            items = await pick(event);
          } catch (error) {
            return this.log.warn({ err: error, event: event.id }, 'a schedule event could not be delivered to a subscriber');
          }
          try {
            for (const item of items) void push(item);
          } catch (error) {
            stop(error); // this subscriber is too far behind
          }
        });
      };
      await this.listen(listener);
      try {
        await stop;
      } finally {
        await this.unlisten(listener);
      }
    });
  }

  private async listen(listener: (event: ScheduleEvent) => void): Promise<void> {
    this.listeners_.add(listener);
    this.listening ??= Promise.resolve(
      this.pubsub.subscribe(TOPIC, (event) => {
        for (const each of this.listeners_) each(event);
      }),
    );
    await this.listening;
  }

  private async unlisten(listener: (event: ScheduleEvent) => void): Promise<void> {
    this.listeners_.delete(listener);
    if (this.listeners_.size > 0 || !this.listening) return;
    const unsubscribe = await this.listening;
    // Another subscriber may have come while this one waited.
    if (this.listeners_.size > 0) return;
    this.listening = undefined;
    await unsubscribe();
  }
}
