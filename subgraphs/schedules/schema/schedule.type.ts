import { Field, Int, ObjectType } from 'type-graphql';
import { ExternalPlatform } from '../../../lib/external-platform.enum.js';
import { AiringEntry } from './airing-entry.type.js';

@ObjectType({ description: 'The broadcasts of one local day.' })
export class ScheduleDay {
  @Field(() => String, { description: 'The date in the time zone asked for: YYYY-MM-DD.' })
  date!: string;

  @Field(() => [AiringEntry], { description: 'Its broadcasts, in airing order.' })
  entries!: AiringEntry[];
}

@ObjectType({ description: 'How one source answered for a schedule.' })
export class ScheduleSource {
  @Field(() => ExternalPlatform, { description: 'The platform.' })
  platform!: ExternalPlatform;

  @Field(() => String, { description: 'ANSWERED, FAILED, or NOT_CONFIGURED (AnimeSchedule without ANIMESCHEDULE_TOKEN).' })
  state!: string;

  @Field(() => Int, { description: "The broadcasts it listed for the schedule's days (before merging and filtering)." })
  broadcasts!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed: an error code of docs/errors.md (UPSTREAM_UNAVAILABLE, ...); null unless FAILED.',
  })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, in words; null unless FAILED.' })
  errorMessage!: string | null;
}

@ObjectType({ description: 'Airing episodes merged from AniList, AnimeSchedule and MyAnimeList, for a span of time, by local day.' })
export class Schedule {
  @Field(() => Date, { description: 'Start of the span (inclusive), UTC.' })
  from!: Date;

  @Field(() => Date, { description: 'End of the span (exclusive), UTC.' })
  to!: Date;

  @Field(() => String, { description: 'The IANA time zone the days and local times are in.' })
  timezone!: string;

  @Field(() => [AiringEntry], { description: 'Every broadcast of the span, in airing order.' })
  entries!: AiringEntry[];

  @Field(() => [ScheduleDay], { description: 'The same broadcasts grouped by local date, each day of the span once (empty days too).' })
  days!: ScheduleDay[];

  @Field(() => [ScheduleSource], { description: 'How each source answered; a failed source leaves the others standing.' })
  dataSources!: ScheduleSource[];

  @Field(() => [String], { description: 'What is missing from the answer, if anything (a source that failed).' })
  warnings!: string[];
}
