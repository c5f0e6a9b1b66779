// The fields a response selects on the object whose field is being resolved (the resolver's own
// included), read from the operation: fragments, inline fragments, @skip and @include followed.
import {
  isAbstractType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type NamedTypeNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

export function siblingFieldNames(info: GraphQLResolveInfo): Set<string> {
  let selectionSets: readonly SelectionSetNode[] = [info.operation.selectionSet];
  // The runtime types of the objects above the parent are not in `info`: there every type condition
  // is followed, which can only add fields of another type's branch under the same response key.
  for (const key of responseKeysToParent(info)) {
    selectionSets = collectFields(selectionSets, info)
      .filter((field) => (field.alias ?? field.name).value === key)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(collectFields(selectionSets, info, info.parentType).map((field) => field.name.value));
}

/** The response keys from the operation's root down to the parent object, list indices left out. */
function responseKeysToParent(info: GraphQLResolveInfo): string[] {
  const keys: string[] = [];
  for (let path = info.path.prev; path; path = path.prev) if (typeof path.key === 'string') keys.unshift(path.key);
  return keys;
}

/** The fields of the selection sets, fragments flattened; with `type`, only fragments that apply to it. */
function collectFields(selectionSets: readonly SelectionSetNode[], info: GraphQLResolveInfo, type?: GraphQLObjectType): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition, type, info.schema)) visit(selection.selectionSet.selections);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition, type, info.schema)) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const set of selectionSets) visit(set.selections);
  return fields;
}

function applies(condition: NamedTypeNode | undefined, type: GraphQLObjectType | undefined, schema: GraphQLSchema): boolean {
  if (!condition || !type || condition.name.value === type.name) return true;
  const conditionType = schema.getType(condition.name.value);
  return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}

function included(selection: SelectionNode, variables: Record<string, unknown>): boolean {
  for (const directive of selection.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const argument = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    const value =
      argument?.kind === Kind.VARIABLE ? variables[argument.name.value] : argument?.kind === Kind.BOOLEAN ? argument.value : undefined;
    if ((name === 'skip' && value === true) || (name === 'include' && value === false)) return false;
  }
  return true;
}
