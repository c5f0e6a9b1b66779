// The schedule's events, as they travel between instances (JSON through Hive's pub/sub: in memory,
// or Redis so that every gateway instance hears each event once), and each subscriber's stream of
// the ones it asked for.
import { Repeater } from '@repeaterjs/repeater';
import type { PubSub } from '@graphql-hive/pubsub';
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

/** The schedule's events as one instance hears them, and its subscribers' streams of them. */
export class ScheduleEventBus {
  private listening = 0;

  constructor(readonly pubsub: PubSub<ScheduleTopics>) {}

  /** Streams listening now (each removes itself when it ends). */
  get listeners(): number {
    return this.listening;
  }

  publish(event: ScheduleEvent): Promise<void> {
    return Promise.resolve(this.pubsub.publish(TOPIC, event));
  }

  /**
   * One subscriber's stream: `pick` turns each event into what it delivers (nothing, one item or
   * several), in the order the events came; a subscriber that reads too slowly (1,024 items behind)
   * is ended rather than buffered without bound. Ending the stream (the client unsubscribes or leaves)
   * removes its listener at once, even while no event comes.
   */
  stream<T>(pick: (event: ScheduleEvent) => Promise<T[]> | T[]): AsyncIterableIterator<T> {
    return new Repeater<T>(async (push, stop) => {
      let queue: Promise<unknown> = Promise.resolve();
      const unsubscribe = await this.pubsub.subscribe(TOPIC, (event) => {
        queue = queue
          .then(async () => {
            for (const item of await pick(event)) void push(item);
          })
          .catch(stop);
      });
      this.listening += 1;
      try {
        await stop;
      } finally {
        this.listening -= 1;
        await unsubscribe();
      }
    });
  }
}
