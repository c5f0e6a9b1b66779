import { Arg, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { AirType } from '../../../lib/air-type.enum.js';
import { AnimeFilter } from '../../../lib/anime-filter.input.js';
import type { SchedulesContext } from '../context.js';
import type { AiringEntry as Entry } from '../domain/airing.js';
import { checkedMinutes, viewOf, type EntryView } from '../domain/entry-view.js';
import { fromJson, type ScheduleEvent } from '../domain/schedule-events.js';
import { AiringEntry, ScheduleChange } from '../schema/airing-entry.type.js';

interface StreamArgs {
  airType?: AirType;
  filter?: AnimeFilter | null;
  withinMinutes?: number;
}

type Subscribe = SubscribeResolverData<unknown, StreamArgs, SchedulesContext>;

const AIR_TYPE = { defaultValue: AirType.ALL, description: 'Only the Japanese broadcasts (RAW), the English SUB or DUB releases, or ALL.' };
const FILTER = { nullable: true, description: "Only the anime of the catalog this filter keeps (the catalog's own filter)." };

@Resolver()
export class ScheduleSubscriptionResolver {
  @Subscription(() => AiringEntry, {
    description: 'Each episode as its airing time comes (within a minute), with any Anime fields asked for.',
    subscribe: (data: Subscribe) => stream(data, (event) => (event.kind === 'AIRED' ? [told(fromJson(event.entry))] : [])),
  })
  episodeAired(
    @Root() entry: EntryView,
    @Arg('airType', () => AirType, AIR_TYPE) _airType: AirType,
    @Arg('filter', () => AnimeFilter, FILTER) _filter: AnimeFilter | null,
  ): EntryView {
    return entry;
  }

  @Subscription(() => AiringEntry, {
    description: 'Each episode once, when its airing time comes within `withinMinutes` minutes.',
    subscribe: (data: Subscribe) => {
      const leadMs = checkedMinutes(data.args.withinMinutes ?? 30) * 60_000;
      const sent = new Map<string, number>(); // entry id -> its airing time, until it has passed
      return stream(data, (event) => {
        if (event.kind !== 'UPCOMING') return [];
        const at = new Date(event.at).getTime();
        for (const [id, airingAt] of sent) if (airingAt <= at) sent.delete(id);
        const soon = event.entries.map(fromJson).filter((e) => e.airingAt.getTime() - at <= leadMs && !sent.has(e.id));
        for (const entry of soon) sent.set(entry.id, entry.airingAt.getTime());
        return soon.map(told);
      });
    },
  })
  airingSoon(
    @Root() entry: EntryView,
    @Arg('withinMinutes', () => Int, {
      defaultValue: 30,
      description: 'How long before its airing time an episode is told, 1 to 1440 minutes.',
    })
    _withinMinutes: number,
    @Arg('airType', () => AirType, AIR_TYPE) _airType: AirType,
    @Arg('filter', () => AnimeFilter, FILTER) _filter: AnimeFilter | null,
  ): EntryView {
    return entry;
  }

  @Subscription(() => ScheduleChange, {
    description:
      'Each change to the coming week: a broadcast added, removed, delayed or moved (the sources are read every SCHEDULE_POLL_INTERVAL).',
    subscribe: (data: Subscribe) =>
      stream(data, (event) => {
        if (event.kind !== 'CHANGED') return [];
        const entry = fromJson(event.entry);
        const previousAiringAt = event.previousAiringAt ? new Date(event.previousAiringAt) : null;
        return [{ entry, value: { kind: event.change, entry: viewOf(entry, 'UTC'), previousAiringAt } }];
      }),
  })
  scheduleChanged(
    @Root() change: ScheduleChange,
    @Arg('airType', () => AirType, AIR_TYPE) _airType: AirType,
    @Arg('filter', () => AnimeFilter, FILTER) _filter: AnimeFilter | null,
  ): ScheduleChange {
    return change;
  }
}

/** An entry, and what the subscription delivers for it. */
interface Picked<T> {
  entry: Entry;
  value: T;
}

const told = (entry: Entry): Picked<EntryView> => ({ entry, value: viewOf(entry, 'UTC') });

/**
 * A subscriber's stream: what `pick` takes from each event, of the air type asked, whose anime the
 * filter keeps (the catalog is asked once per event and filter, however many subscribers share them).
 */
async function stream<T>({ args, context }: Subscribe, pick: (event: ScheduleEvent) => Picked<T>[]) {
  await context.schedules.validateFilter(args.filter);
  const airType = args.airType ?? AirType.ALL;
  return context.events.stream(async (event) => {
    const picked = pick(event).filter(({ entry }) => airType === AirType.ALL || entry.airType === airType);
    if (!args.filter || !picked.length) return picked.map((p) => p.value);
    // Over all the event's entries, not this subscriber's pick: the answer is shared by every subscriber with this filter.
    const kept = await context.schedules.keptOnce(event.id, entriesOf(event), args.filter);
    return picked.filter((p) => p.entry.animeId && kept.has(p.entry.animeId)).map((p) => p.value);
  });
}

function entriesOf(event: ScheduleEvent): Entry[] {
  return event.kind === 'UPCOMING' ? event.entries.map(fromJson) : [fromJson(event.entry)];
}
