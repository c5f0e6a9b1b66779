import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AirType } from '../../../lib/air-type.enum.js';
import { ExternalPlatform } from '../../../lib/external-platform.enum.js';
import { Anime } from './anime.type.js';

export enum AiringStatus {
  UPCOMING = 'UPCOMING',
  AIRED = 'AIRED',
  DELAYED = 'DELAYED',
}

registerEnumType(AiringStatus, {
  name: 'AiringStatus',
  description: 'Where a broadcast stands at the time of the answer.',
  valuesConfig: {
    UPCOMING: { description: 'It has not aired yet, and no source says it is delayed.' },
    AIRED: { description: 'Its airing time has passed.' },
    DELAYED: { description: 'It has not aired yet, and AnimeSchedule says it was delayed (see delayedFrom and delayedUntil).' },
  },
});

@ObjectType({ description: 'A streaming site that carries the episode, as AnimeSchedule lists it.' })
export class AiringStream {
  @Field(() => String, { description: 'The site, as AnimeSchedule names it: crunchyroll, netflix, hidive, ...' })
  platform!: string;

  @Field(() => String, { description: "The show's page on that site." })
  url!: string;
}

@ObjectType({
  description:
    'One broadcast of one episode (its Japanese airing, or its English subtitled or dubbed release), merged from every source that lists it.',
})
export class AiringEntry {
  @Field(() => ID, {
    description: 'Stable id: the anime, the air type and the episode number (or the airing time when no source numbers it).',
  })
  id!: string;

  @Field(() => Anime, {
    nullable: true,
    description: 'The catalog anime; null when the catalog does not have it (the titles still say which).',
  })
  anime!: Anime | null;

  @Field(() => String, { description: 'The title the sources give (romanized Japanese, usually).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The English title, where a source gives one.' })
  englishTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'The title in Japanese script, where a source gives one.' })
  nativeTitle!: string | null;

  @Field(() => Int, { nullable: true, description: "The episode's number; null when only MyAnimeList's weekly slot lists the broadcast." })
  episode!: number | null;

  @Field(() => Date, {
    description: "When it airs, in UTC: AniList's exact time where AniList lists it, else AnimeSchedule's, else MyAnimeList's weekly slot.",
  })
  airingAt!: Date;

  @Field(() => AirType, { description: 'RAW (the Japanese broadcast), SUB or DUB; never ALL.' })
  airType!: AirType;

  @Field(() => Date, { nullable: true, description: 'When it was to air before a delay (AnimeSchedule); null without one.' })
  delayedFrom!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until when it is delayed (AnimeSchedule); null without a delay.' })
  delayedUntil!: Date | null;

  @Field(() => [AiringStream], {
    description: 'Where to watch it (AnimeSchedule; empty for Japanese broadcasts and without AnimeSchedule).',
  })
  streams!: AiringStream[];

  @Field(() => [ExternalPlatform], { description: 'The platforms that list this broadcast.' })
  sources!: ExternalPlatform[];
}

export enum ScheduleChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  DELAYED = 'DELAYED',
  RESCHEDULED = 'RESCHEDULED',
}

registerEnumType(ScheduleChangeKind, {
  name: 'ScheduleChangeKind',
  description: 'How a broadcast changed between two reads of the sources.',
  valuesConfig: {
    ADDED: { description: 'A broadcast the schedule did not have.' },
    REMOVED: { description: 'A coming broadcast that every source that listed it no longer lists.' },
    DELAYED: { description: 'AnimeSchedule now says it is delayed, or delayed until another time.' },
    RESCHEDULED: { description: 'Its airing time moved (by more than a minute).' },
  },
});

@ObjectType({ description: 'A change to the schedule: a broadcast added, removed, delayed or moved.' })
export class ScheduleChange {
  @Field(() => ScheduleChangeKind, { description: 'What changed.' })
  kind!: ScheduleChangeKind;

  @Field(() => AiringEntry, { description: 'The broadcast as it is now (as it was, for REMOVED).' })
  entry!: AiringEntry;

  @Field(() => Date, { nullable: true, description: 'When it was to air before (DELAYED, RESCHEDULED); null otherwise.' })
  previousAiringAt!: Date | null;
}
