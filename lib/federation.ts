// The one place that pins the Federation version every subgraph links to.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

const FEDERATION_LINK = `extend schema @link(
  url: "https://specs.apollo.dev/federation/v2.9"
  import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@cost", "@listSize"]
)`;

const QUERY_DESCRIPTION =
  "AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules.";

const MUTATION_DESCRIPTION =
  "AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key).";

const SUBSCRIPTION_DESCRIPTION =
  "AniGraph's live events, over graphql-ws at the gateway's /graphql: episodes airing, about to air, changes to the schedule, and catalog updates.";

export interface FederatedSchema {
  /** Executable subgraph schema (with _service and _entities). */
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it. */
  sdl: string;
}

type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<FederatedSchema> {
  const typeGraphQLSchema = await buildSchema({ ...options, skipCheck: true, validate: false });
  // type-graphql has no option for the root type's description; every subgraph gives the same one.
  const query = typeGraphQLSchema.getQueryType();
  if (query) query.description = QUERY_DESCRIPTION;
  const mutation = typeGraphQLSchema.getMutationType();
  if (mutation) mutation.description = MUTATION_DESCRIPTION;
  const subscription = typeGraphQLSchema.getSubscriptionType();
  if (subscription) subscription.description = SUBSCRIPTION_DESCRIPTION;
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}\n`;
  const resolvers = createResolversMap(typeGraphQLSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const schema = buildSubgraphSchema({
    typeDefs: parse(sdl),
    resolvers: resolvers as Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers'],
  });
  return { schema, sdl };
}
