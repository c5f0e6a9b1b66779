import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TrendingAnime } from './trending.type.js';

export enum ReportScope {
  ALL = 'ALL',
  OWN = 'OWN',
}
registerEnumType(ReportScope, {
  name: 'ReportScope',
  description: "Whose operations a report counts: everyone's (operators) or the caller's own.",
  valuesConfig: { ALL: { description: 'Every caller (ADMIN_API_KEY).' }, OWN: { description: "The signed-in caller's own operations." } },
});

@ObjectType({ description: 'How many operations of one kind the window holds.' })
export class OperationCount {
  @Field(() => String, {
    nullable: true,
    description: 'The operation name (a REST route or MCP tool runs named operations); null for anonymous operations.',
  })
  operationName!: string | null;

  @Field(() => String, { description: 'query, mutation, subscription, or llm (a call of the language model).' })
  operationType!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;

  @Field(() => Float, { description: 'Their share of all operations in the window, 0 to 1.' })
  share!: number;
}

@ObjectType({ description: 'Operations by the transport they came by.' })
export class TransportCount {
  @Field(() => String, {
    description: 'graphql-http, graphql-ws, rest, mcp, or webhooks (the subscriptions the webhook dispatcher holds).',
  })
  transport!: string;

  @Field(() => Int, { description: 'How many operations.' })
  count!: number;
}

@ObjectType({ description: 'Words searched, and how often.' })
export class SearchCount {
  @Field(() => String, { description: 'The words, as searched (trimmed, spaces collapsed, compared without case).' })
  text!: string;

  @Field(() => Int, { description: 'How many searches.' })
  count!: number;
}

@ObjectType({ description: 'How an external platform served the operations of the window.' })
export class PlatformReport {
  @Field(() => String, { description: 'The platform (JIKAN, ANILIST, KITSU, ANIDB, ANIMESCHEDULE).' })
  platform!: string;

  @Field(() => Int, { description: 'Lookups of its data, from any cache tier or the platform itself.' })
  calls!: number;

  @Field(() => Int, { description: 'Of those, the ones the platform itself was asked (the cache had nothing fresh).' })
  originCalls!: number;

  @Field(() => Float, { description: 'The share of lookups that failed, 0 to 1.' })
  errorRate!: number;

  @Field(() => Float, { description: 'The share of lookups a cache tier (memory or Redis) answered, 0 to 1.' })
  cacheHitRate!: number;

  @Field(() => Float, { description: 'Median time of a lookup, in milliseconds.' })
  latencyP50Ms!: number;

  @Field(() => Float, { description: '95th percentile time of a lookup, in milliseconds.' })
  latencyP95Ms!: number;
}

@ObjectType({ description: 'The use of one tier.' })
export class TierUsage {
  @Field(() => String, { description: 'FREE, PREMIUM or ENTERPRISE (anonymous callers are FREE).' })
  tier!: string;

  @Field(() => Int, { description: 'Operations of its callers.' })
  operations!: number;

  @Field(() => Int, { description: 'Distinct callers (users, or anonymous addresses each day).' })
  callers!: number;
}

@ObjectType({ description: 'An error code and how often operations answered it.' })
export class ErrorCount {
  @Field(() => String, { description: 'The extensions.code.' })
  code!: string;

  @Field(() => Int, { description: 'Operations that answered it.' })
  count!: number;
}

@ObjectType({ description: 'How long operations took at the gateway, in milliseconds.' })
export class LatencySummary {
  @Field(() => Float, { description: 'Median.' })
  p50Ms!: number;

  @Field(() => Float, { description: '95th percentile.' })
  p95Ms!: number;

  @Field(() => Float, { description: '99th percentile.' })
  p99Ms!: number;
}

@ObjectType({ description: 'What the operations cost upstream: platform requests and language-model tokens.' })
export class CostSummary {
  @Field(() => Int, { description: 'Requests made to the platforms (cache misses).' })
  platformCalls!: number;

  @Field(() => Int, { description: 'Tokens of the language model.' })
  llmTokens!: number;

  @Field(() => Float, { description: 'Platform requests per query (operations other than language-model calls).' })
  platformCallsPerQuery!: number;

  @Field(() => Float, { description: 'Language-model tokens per query.' })
  llmTokensPerQuery!: number;
}

@ObjectType({ description: 'Something to change, drawn from the figures of the report.' })
export class Optimization {
  @Field(() => String, { description: 'What kind: PLATFORM_CACHE, PLATFORM_ERRORS, SLOW_OPERATION, ERRORS, LLM_COST.' })
  kind!: string;

  @Field(() => String, { description: 'What it is about: a platform, an operation name, an error code.' })
  subject!: string;

  @Field(() => String, { description: 'The advice, with the figures behind it.' })
  message!: string;
}

@ObjectType({
  description:
    'What AniGraph served between two times: the mix of queries, what was searched and looked at, the platforms, tiers, cost and advice.',
})
export class AnalyticsReport {
  @Field(() => Date, { description: 'Start of the window (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'End of the window (exclusive).' })
  to!: Date;

  @Field(() => ReportScope, { description: 'Whose operations it counts.' })
  scope!: ReportScope;

  @Field(() => Int, { description: 'Operations in the window.' })
  operations!: number;

  @Field(() => [OperationCount], { description: 'The query-type mix: operations by name and type, most first (at most 50).' })
  queryMix!: OperationCount[];

  @Field(() => [TransportCount], { description: 'Operations by transport, most first.' })
  transports!: TransportCount[];

  @Field(() => [SearchCount], { description: 'The most searched words, most first (at most 20).' })
  popularSearches!: SearchCount[];

  @Field(() => [TrendingAnime], {
    description: 'Anime searched and looked up more in the window than in the window of the same length before it.',
  })
  trendingAnime!: TrendingAnime[];

  @Field(() => [PlatformReport], { description: 'Each platform the operations reached: lookups, error rate, latency, cache hit rate.' })
  platforms!: PlatformReport[];

  @Field(() => [TierUsage], { description: 'Use by tier.' })
  tiers!: TierUsage[];

  @Field(() => [ErrorCount], { description: 'Error codes answered, most first.' })
  errors!: ErrorCount[];

  @Field(() => LatencySummary, { nullable: true, description: 'Latency of the operations; null when there were none.' })
  latency!: LatencySummary | null;

  @Field(() => CostSummary, { description: 'Platform requests and language-model tokens, in all and per query.' })
  cost!: CostSummary;

  @Field(() => [Optimization], { description: 'Optimization recommendations drawn from these figures.' })
  recommendations!: Optimization[];
}
