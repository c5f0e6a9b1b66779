// The JSON Schema of what a named operation selects, read from the gateway's schema: the REST
// answers are those selections in snake_case, so their OpenAPI schemas come from here, not a copy.
import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { JsonSchema } from '../route.js';
import { snakeCaseKey } from '../snake-case.js';

const SCALARS: Record<string, JsonSchema> = {
  Int: { type: 'integer' },
  Float: { type: 'number' },
  String: { type: 'string' },
  ID: { type: 'string' },
  Boolean: { type: 'boolean' },
};

/**
 * The schema of the field at `path` (response keys, dot-separated: "jikan.topAnime.nodes") of the
 * document's operation, in snake_case as the REST answers give it.
 */
export function operationFieldSchema(schema: GraphQLSchema, document: DocumentNode, path: string): JsonSchema {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let selectionSet: SelectionSetNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) selectionSet = definition.selectionSet;
  }
  const root = schema.getQueryType();
  if (!selectionSet || !root) throw new Error('The document has no query operation.');

  const walker = new SelectionWalker(schema, fragments);
  let type: GraphQLOutputType = root;
  let set: SelectionSetNode | undefined = selectionSet;
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
  /** Selected through a fragment on one of several possible types: not always there. */
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
    if (!isObjectType(type) && !isInterfaceType(type) && !isAbstractType(type)) return into;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__') || (isAbstractType(type) && !isInterfaceType(type))) continue;
        const field = type.getFields()[name];
        if (field) into.set(selection.alias?.value ?? name, { field, selectionSet: selection.selectionSet, conditional });
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const on = fragment.typeCondition ? this.schema.getType(fragment.typeCondition.name.value) : type;
      if (!on) continue;
      this.fieldsOf(on, fragment.selectionSet, conditional || on !== type, into);
    }
    return into;
  }

  typeSchema(type: GraphQLOutputType, set: SelectionSetNode | undefined, description?: string): JsonSchema {
    const schema = this.nonNull(isNonNullType(type) ? type.ofType : type, set);
    const nullable = !isNonNullType(type);
    const withNull = nullable ? orNull(schema) : schema;
    return description ? { ...withNull, description } : withNull;
  }

  private nonNull(type: GraphQLOutputType, set: SelectionSetNode | undefined): JsonSchema {
    if (isListType(type)) return { type: 'array', items: this.typeSchema(type.ofType, set) };
    const named = getNamedType(type);
    if (isEnumType(named)) return { type: 'string', enum: named.getValues().map((v) => v.value) };
    if (!set) return SCALARS[named.name] ?? { description: `${named.name}: ${named.description ?? 'a custom scalar'}` };
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [key, selected] of this.fieldsOf(named, set)) {
      const name = snakeCaseKey(key);
      properties[name] = this.typeSchema(selected.field.type, selected.selectionSet, selected.field.description ?? undefined);
      if (!selected.conditional) required.push(name);
    }
    return { type: 'object', properties, required };
  }
}

function orNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string') {
    const { enum: values, ...rest } = schema;
    return { ...rest, type: [schema.type, 'null'], ...(Array.isArray(values) ? { enum: [...values, null] } : {}) };
  }
  return { anyOf: [schema, { type: 'null' }] };
}
