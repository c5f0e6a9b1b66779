// The zod schema of what a named operation selects, read from the GraphQL schema: the facades (REST,
// MCP) answer those selections in snake_case, so their answer schemas come from here, each field
// described by the GraphQL schema's own description, never written twice.
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { z } from 'zod';

export const snakeCaseKey = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** camelCase keys to snake_case, all the way down; `__typename` is left out. */
export function snakeCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeCase);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '__typename')
      .map(([key, inner]) => [snakeCaseKey(key), snakeCase(inner)]),
  );
}

const SCALARS: Record<string, () => z.ZodType> = {
  Int: () => z.number().int(),
  Float: () => z.number(),
  String: () => z.string(),
  ID: () => z.string(),
  Boolean: () => z.boolean(),
};

/**
 * The schema of the field at `path` (response keys, dot-separated: "jikan.topAnime.nodes") of the
 * document's query, in snake_case as the facades give it.
 */
export function selectionSchema(schema: GraphQLSchema, document: DocumentNode, path: string): z.ZodType {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let set: SelectionSetNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) set = definition.selectionSet;
  }
  const root = schema.getQueryType();
  if (!set || !root) throw new Error('The document has no query operation.');

  const walker = new SelectionWalker(schema, fragments);
  let type: GraphQLOutputType = root;
  let field: GraphQLField<unknown, unknown> | undefined;
  for (const key of path.split('.')) {
    const named: GraphQLNamedType = getNamedType(type);
    const found: SelectedField | undefined = set && walker.fieldsOf(named, set).get(key);
    if (!found) throw new Error(`The operation selects no ${path}.`);
    field = found.field;
    set = found.selectionSet;
    type = found.field.type;
  }
  return walker.typeSchema(type, set, field?.description ?? undefined);
}

interface SelectedField {
  field: GraphQLField<unknown, unknown>;
  selectionSet?: SelectionSetNode;
  /** Selected through a fragment on one of several possible types, or under @include/@skip: not always there. */
  conditional: boolean;
}

class SelectionWalker {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
  ) {}

  /** The fields a selection set picks on `type`, by response key (fragments flattened). */
  fieldsOf(
    type: GraphQLNamedType,
    set: SelectionSetNode,
    conditional = false,
    into = new Map<string, SelectedField>(),
  ): Map<string, SelectedField> {
    if (!isObjectType(type) && !isAbstractType(type)) return into;
    for (const selection of set.selections) {
      // @include and @skip make a selection depend on the variables: it may be absent.
      const optional = conditional || Boolean(selection.directives?.some((d) => d.name.value === 'include' || d.name.value === 'skip'));
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // A union has no fields of its own: only its members' fragments select any.
        if (name.startsWith('__') || (isAbstractType(type) && !isInterfaceType(type))) continue;
        const field = type.getFields()[name];
        if (field) into.set(selection.alias?.value ?? name, { field, selectionSet: selection.selectionSet, conditional: optional });
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const on = fragment.typeCondition ? this.schema.getType(fragment.typeCondition.name.value) : type;
      if (on) this.fieldsOf(on, fragment.selectionSet, optional || on !== type, into);
    }
    return into;
  }

  typeSchema(type: GraphQLOutputType, set: SelectionSetNode | undefined, description?: string): z.ZodType {
    const inner = this.nonNull(isNonNullType(type) ? type.ofType : type, set);
    const schema = isNonNullType(type) ? inner : inner.nullable();
    return description ? schema.describe(description) : schema;
  }

  private nonNull(type: GraphQLOutputType, set: SelectionSetNode | undefined): z.ZodType {
    if (isListType(type)) return z.array(this.typeSchema(type.ofType, set));
    const named = getNamedType(type);
    if (isEnumType(named)) return z.enum(named.getValues().map((v) => v.value) as [string, ...string[]]);
    if (!set) return SCALARS[named.name]?.() ?? z.unknown().describe(`${named.name}: ${named.description ?? 'a custom scalar'}`);
    const shape: Record<string, z.ZodType> = {};
    for (const [key, selected] of this.fieldsOf(named, set)) {
      const schema = this.typeSchema(selected.field.type, selected.selectionSet, selected.field.description ?? undefined);
      shape[snakeCaseKey(key)] = selected.conditional ? schema.optional() : schema;
    }
    return z.object(shape);
  }
}
