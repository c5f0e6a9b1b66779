import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHECK_OUTCOMES, type CheckOutcome } from '../catalog/release-updates.js';

const UpdateOutcome = Object.fromEntries(CHECK_OUTCOMES.map((outcome) => [outcome, outcome])) as { [O in CheckOutcome]: O };

registerEnumType(UpdateOutcome, {
  name: 'UpdateOutcome',
  description: 'How a check for a new catalog release ended.',
  valuesConfig: {
    UPDATED: { description: 'A new release was downloaded, validated and now serves.' },
    UNCHANGED: { description: 'The release has not changed since it was fetched (HTTP 304).' },
    REFUSED: { description: 'The new release would drop more anime than CATALOG_MAX_SHRINK allows; the served catalog stays.' },
    INVALID: { description: 'The download is not an anime-offline-database release; the served catalog stays.' },
    UNREACHABLE: { description: 'The release could not be downloaded (offline, DNS, timeout, HTTP error).' },
    FAILED: { description: 'Something else went wrong (see the log); the served catalog stays.' },
  },
});

@ObjectType({ description: 'One check for a new catalog release.' })
export class UpdateCheck {
  @Field(() => Date)
  at!: Date;

  @Field(() => UpdateOutcome)
  outcome!: CheckOutcome;

  @Field(() => String, { description: 'What happened, in words.' })
  message!: string;
}

@ObjectType({ description: 'The in-process catalog update (CATALOG_UPDATE_INTERVAL).' })
export class CatalogUpdates {
  @Field(() => Boolean, { description: 'False when CATALOG_UPDATE_INTERVAL is 0.' })
  enabled!: boolean;

  @Field(() => Int, { description: 'Seconds between checks.' })
  intervalSeconds!: number;

  @Field(() => String, { description: 'Where the release is asked for (ANIME_DB_URL).' })
  url!: string;

  @Field(() => UpdateCheck, { nullable: true, description: 'The last check since this server started; null before the first.' })
  lastCheck!: UpdateCheck | null;

  @Field(() => Date, { nullable: true, description: 'When the next check is due; null when updates are off.' })
  nextCheckAt!: Date | null;
}

@ObjectType({ description: 'A catalog that was refused because it holds far fewer anime than the served one.' })
export class CatalogRefusal {
  @Field(() => Date)
  at!: Date;

  @Field(() => String, { description: 'The file or URL it came from.' })
  source!: string;

  @Field(() => String, { description: 'Why, and how to serve it anyway.' })
  reason!: string;

  @Field(() => Int, { description: 'Valid anime in the refused catalog.' })
  entries!: number;

  @Field(() => Int, { nullable: true, description: 'Anime served when it was refused.' })
  servedEntries!: number | null;
}
