// "Enhanced" operations select fields that the platforms subgraph resolves (it calls the external
// platforms). Which fields those are is read once from the supergraph's @join__field annotations.
// Over the enhanced quota they are taken out of the document before it runs, and answered as null.
import {
  getNamedType,
  getOperationAST,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** The placeholder that keeps a selection set valid when every field of it was taken out. */
const PLACEHOLDER = 'quotaSkipped__';

/** "Type.field" of every field only the subgraph `graph` (join__Graph value, "PLATFORMS") resolves. */
export function fieldsOwnedBy(supergraphSdl: string, graph: string): Set<string> {
  const owned = new Set<string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const resolvers = (field.directives ?? [])
        .filter((d) => d.name.value === 'join__field')
        .filter((d) => !d.arguments?.some((a) => a.name.value === 'external' && a.value.kind === Kind.BOOLEAN && a.value.value))
        .map((d) => d.arguments?.find((a) => a.name.value === 'graph')?.value)
        .map((value) => (value?.kind === Kind.ENUM ? value.value : undefined));
      if (resolvers.length > 0 && resolvers.every((g) => g === graph)) owned.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return owned;
}

/** The owned fields the document selects ("Anime.trailer"), none when it does not touch them. */
// A client sends the same documents again and again, and the gateway's parse cache hands back the same
// DocumentNode for them: the walk is done once per document and schema.
const selectedBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, string[]>>();

export function ownedFieldsSelected(schema: GraphQLSchema, document: DocumentNode, owned: ReadonlySet<string>): string[] {
  let selected = selectedBySchema.get(schema);
  if (!selected) selectedBySchema.set(schema, (selected = new WeakMap()));
  let fields = selected.get(document);
  if (!fields) selected.set(document, (fields = walkOwnedFields(schema, document, owned)));
  return fields;
}

function walkOwnedFields(schema: GraphQLSchema, document: DocumentNode, owned: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const coordinate = `${typeInfo.getParentType()?.name}.${node.name.value}`;
        if (owned.has(coordinate)) found.add(coordinate);
      },
    }),
  );
  return [...found];
}

/** The document without the owned fields; null when nothing else is left of the operations. */
export function withoutOwnedFields(schema: GraphQLSchema, document: DocumentNode, owned: ReadonlySet<string>): DocumentNode | null {
  const typeInfo = new TypeInfo(schema);
  const stripped = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        return owned.has(`${typeInfo.getParentType()?.name}.${node.name.value}`) ? null : undefined;
      },
    }),
  );
  let empty = false;
  const valid = visit(stripped, {
    OperationDefinition: {
      leave(node) {
        if (node.selectionSet.selections.length === 0) empty = true;
      },
    },
    SelectionSet: {
      leave(node, _key, parent) {
        if (node.selections.length > 0 || (parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION) return undefined;
        const placeholder: FieldNode = {
          kind: Kind.FIELD,
          alias: { kind: Kind.NAME, value: PLACEHOLDER },
          name: { kind: Kind.NAME, value: '__typename' },
        };
        return { ...node, selections: [placeholder] } satisfies SelectionSetNode;
      },
    },
  });
  return empty ? null : valid;
}

/**
 * The result with the skipped fields answered as null where their parent object was answered (GraphQL
 * clients expect every selected key), and without the placeholders.
 */
export function withSkippedAsNull(
  result: ExecutionResult,
  schema: GraphQLSchema,
  original: DocumentNode,
  operationName: string | null | undefined,
  owned: ReadonlySet<string>,
): ExecutionResult {
  if (!result.data) return result;
  const fragments = new Map(original.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const fill = (value: unknown, selectionSet: SelectionSetNode, typeName: string): void => {
    if (Array.isArray(value)) return value.forEach((item) => fill(item, selectionSet, typeName));
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    delete object[PLACEHOLDER];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) fill(object, selection.selectionSet, selection.typeCondition?.name.value ?? typeName);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) fill(object, fragment.selectionSet, fragment.typeCondition.name.value);
      } else {
        const key = selection.alias?.value ?? selection.name.value;
        if (owned.has(`${typeName}.${selection.name.value}`)) {
          if (!(key in object)) object[key] = null;
        } else if (selection.selectionSet) {
          const type = schema.getType(typeName);
          const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
          if (field) fill(object[key], selection.selectionSet, getNamedType(field.type).name);
        }
      }
    }
  };
  const data = structuredClone(result.data) as Record<string, unknown>;
  const operation = getOperationAST(original, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (root) fill(data, operation.selectionSet, root.name);
  return { ...result, data };
}
