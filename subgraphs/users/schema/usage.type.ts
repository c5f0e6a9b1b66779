import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a user asked in the current quota day, of each kind.' })
export class UsageToday {
  @Field(() => Int, { description: 'Queries (every GraphQL operation, REST call or MCP tool call).' })
  queries!: number;

  @Field(() => Int, { description: 'Of those, enhanced ones: they touched platform fields or the language model.' })
  enhanced!: number;
}

@ObjectType({ description: "The daily quotas of the user's tier; null where it has none." })
export class UsageLimits {
  @Field(() => Int, { nullable: true, description: 'Queries a day (QUOTA_<TIER>_QUERIES_PER_DAY); null: unlimited.' })
  queries!: number | null;

  @Field(() => Int, { nullable: true, description: 'Enhanced queries a day (QUOTA_<TIER>_ENHANCED_PER_DAY); null: unlimited.' })
  enhanced!: number | null;
}

@ObjectType({
  description:
    "A user's use of their quotas. A quota day starts with the first query after the last one ended and lasts 24 hours; the counters are the gateway's own (shared in Redis when REDIS_URL is set).",
})
export class Usage {
  @Field(() => UsageToday, { description: 'What the current quota day holds so far.' })
  today!: UsageToday;

  @Field(() => UsageLimits, { description: 'What the tier allows a day.' })
  limits!: UsageLimits;

  @Field(() => Date, { nullable: true, description: 'When the current quota day ends; null when none has begun.' })
  resetsAt!: Date | null;
}
