import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHECK_OUTCOMES, type CheckOutcome } from '../catalog/release-updates.js';

const UpdateOutcome = Object.fromEntries(CHECK_OUTCOMES.map((outcome) => [outcome, outcome])) as { [O in CheckOutcome]: O };

registerEnumType(UpdateOutcome, {
  name: 'UpdateOutcome',
  description: 'How a check for a new catalog release ended.',
  valuesConfig: {
    UPDATED: { description: 'A new release was downloaded, validated and now serves.' },
    UNCHANGED: { description: 'The release has not changed since it was fetched (HTTP 304).' },
    REFUSED: {
      description:
        'The new release holds no valid anime or would drop more anime than CATALOG_MAX_SHRINK allows; the served catalog stays.',
    },
    INVALID: { description: 'The download is not an anime-offline-database release; the served catalog stays.' },
    UNREACHABLE: { description: 'The release could not be downloaded (offline, DNS, timeout, HTTP error); the served catalog stays.' },
    FAILED: { description: 'Something else went wrong (see the log); the served catalog stays.' },
  },
});

@ObjectType({ description: 'One check for a new catalog release.' })
export class UpdateCheck {
  @Field(() => Date, { description: 'When the check ended (UTC, ISO 8601).' })
  at!: Date;

  @Field(() => UpdateOutcome, { description: 'How it ended.' })
  outcome!: CheckOutcome;

  @Field(() => String, { description: 'What happened, in words.' })
  message!: string;
}

@ObjectType({ description: 'The in-process check for new anime-offline-database releases (CATALOG_UPDATE_INTERVAL).' })
export class CatalogUpdates {
  @Field(() => Boolean, { description: 'False when CATALOG_UPDATE_INTERVAL is 0: the release is never checked.' })
  enabled!: boolean;

  @Field(() => Int, { description: 'Seconds between checks: CATALOG_UPDATE_INTERVAL (604800, 7 days, by default).' })
  intervalSeconds!: number;

  @Field(() => String, {
    description: "URL the release is downloaded from (ANIME_DB_URL; by default anime-offline-database's latest GitHub release).",
  })
  url!: string;

  @Field(() => UpdateCheck, { nullable: true, description: 'The last check since this server started; null before the first.' })
  lastCheck!: UpdateCheck | null;

  @Field(() => Date, { nullable: true, description: 'When the next check is due (UTC, ISO 8601); null when updates are off.' })
  nextCheckAt!: Date | null;
}

@ObjectType({
  description: 'A catalog that was not served because it holds no valid anime, or far fewer than the served one (CATALOG_MAX_SHRINK).',
})
export class CatalogRefusal {
  @Field(() => Date, { description: 'When it was refused (UTC, ISO 8601).' })
  at!: Date;

  @Field(() => String, { description: 'The file or URL it came from.' })
  source!: string;

  @Field(() => String, { description: 'Why, and how to serve it anyway.' })
  reason!: string;

  @Field(() => Int, { description: 'Valid anime in the refused catalog.' })
  entries!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Anime served when it was refused; null when only the demo catalog, or nothing, was served.',
  })
  servedEntries!: number | null;
}
