// What a GraphQL document asks for, as analytics records it: the operation's type, the schema
// coordinates of its fields, the words it searches and the anime ids it names. Worked out once per
// document and schema (the gateway's parse cache hands back the same document for a repeated query).
import {
  getOperationAST,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';

/** An argument whose value is kept: it is only known with the request's variables. */
interface ArgumentRef {
  argument: GraphQLArgument;
  node: ValueNode;
}

export interface OperationFacts {
  /** The operation's name in the document; null for an anonymous one. */
  name: string | null;
  operationType: 'query' | 'mutation' | 'subscription';
  /** "Query.search", "Anime.title", … each once. */
  fields: string[];
  searchArguments: ArgumentRef[];
  animeIdArguments: ArgumentRef[];
}

/** String arguments that hold the words searched, on fields that search. */
const SEARCH_ARGUMENTS = new Set(['query', 'q', 'text']);
/** The arguments that name anime the caller is looking at, by root field (never a user's or a webhook's id). */
const ANIME_ID_ARGUMENTS: Readonly<Record<string, string>> = {
  anime: 'id',
  animesByIds: 'ids',
  similar: 'id',
  recommendations: 'liked',
  nextEpisode: 'animeId',
};

const cache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, OperationFacts | undefined>>>();

export function operationFacts(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): OperationFacts | undefined {
  let bySchema = cache.get(schema);
  if (!bySchema) cache.set(schema, (bySchema = new WeakMap()));
  let byName = bySchema.get(document);
  if (!byName) bySchema.set(document, (byName = new Map()));
  const key = operationName ?? '';
  if (!byName.has(key)) byName.set(key, factsOf(schema, document, operationName));
  return byName.get(key);
}

function factsOf(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): OperationFacts | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const fields = new Set<string>();
  const facts: OperationFacts = {
    name: operation.name?.value ?? null,
    operationType: operation.operation,
    fields: [],
    searchArguments: [],
    animeIdArguments: [],
  };
  const typeInfo = new TypeInfo(schema);
  // Fragments are visited where they are spread, through the whole document: every fragment a
  // valid operation spreads is in it, and one it does not spread only adds coordinates.
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || node.name.value.startsWith('__')) return;
        fields.add(`${parent.name}.${field.name}`);
        const isRoot = parent === schema.getQueryType();
        const searches = field.name.toLowerCase().includes('search');
        for (const argumentNode of node.arguments ?? []) {
          const argument = field.args.find((a) => a.name === argumentNode.name.value);
          if (!argument) continue;
          if (searches && SEARCH_ARGUMENTS.has(argument.name)) facts.searchArguments.push({ argument, node: argumentNode.value });
          if (isRoot && ANIME_ID_ARGUMENTS[field.name] === argument.name) {
            facts.animeIdArguments.push({ argument, node: argumentNode.value });
          }
        }
      },
    }),
  );
  facts.fields = [...fields];
  return facts;
}

/** The value of an argument with the request's variables; undefined when it is not valid. */
export function argumentValue({ argument, node }: ArgumentRef, variables: Record<string, unknown> | undefined): unknown {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return valueFromAST(node, argument.type, variables);
}
