// The gateway's response cache: whole responses of catalog queries, kept for RESPONSE_CACHE_TTL and
// dropped at once when the in-process catalog or its search indexes change. A repeated query is then
// answered without planning or executing it. Queries with anything from a subgraph that keeps its
// own freshness (the platforms: their cache tiers, ages and staleness) are never cached here, nor
// answers with errors or warnings (a degraded answer must not outlive its cause).
//
// Whether a query may be cached is read once from the query itself, against the schema. It replaces
// @envelop/response-cache, which adds a typename field to every selection set and clones every
// answer to take them out again, for entity tracking that a cache dropped whole on every change does
// not use: 14% of the event loop on pages of 100 anime (profiled under bench:load).
import { createHash } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType,
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { warningsOf } from '../lib/warnings.js';

export interface ResponseCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** SDL of the subgraphs whose fields make a response uncacheable. */
  uncachedSubgraphs: readonly string[];
  /**
   * More schema coordinates that make a response uncacheable; "Type.field without arg" makes it
   * uncacheable when the field is asked without that argument (its answer is then the caller's own).
   */
  uncachedFields: readonly string[];
}

export interface ResponseCache {
  plugin: GatewayPlugin;
  clear(): void;
  readonly size: number;
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const entries = new LRUCache<string, ExecutionResult>({ max: options.maxEntries, ttl: options.ttlMs });
  const conditional = new Map<string, string>();
  const always = options.uncachedFields.filter((entry) => {
    const match = /^(\w+\.\w+) without (\w+)$/.exec(entry);
    if (match) conditional.set(match[1], match[2]);
    return !match;
  });
  const uncached = new Set([...options.uncachedSubgraphs.flatMap(coordinatesOf), ...always]);
  let schema: GraphQLSchema | undefined;
  let verdicts = new WeakMap<DocumentNode, { cacheable: boolean; text: string }>();

  /** Cacheable: a query that reads no uncached coordinate or type, and no introspection. */
  const verdictOf = (document: DocumentNode) => {
    let verdict = verdicts.get(document);
    if (!verdict) {
      verdict = { cacheable: schema !== undefined && readsOnlyCached(schema, document, uncached, conditional), text: print(document) };
      verdicts.set(document, verdict);
    }
    return verdict;
  };

  const plugin: GatewayPlugin = {
    onSchemaChange({ schema: next }) {
      schema = next;
      verdicts = new WeakMap();
      entries.clear();
    },
    onExecute({ args, setResultAndStopExecution }) {
      const verdict = verdictOf(args.document);
      if (!verdict.cacheable) {
        return {
          onExecuteDone({ result, setResult }) {
            if (!(Symbol.asyncIterator in result)) setResult(withMetadata(result, { hit: false, didCache: false }));
          },
        };
      }
      // Hashed: a searchByImage's variables hold a whole picture in base64.
      const key = createHash('sha256')
        .update(`${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${verdict.text}`)
        .digest('base64');
      const cached = entries.get(key);
      if (cached) return setResultAndStopExecution(withMetadata(cached, { hit: true }));
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const didCache = !result.errors?.length && warningsOf(result.extensions).length === 0;
          if (didCache) entries.set(key, result);
          setResult(withMetadata(result, { hit: false, didCache, ttl: options.ttlMs }));
        },
      };
    },
  };
  return {
    plugin,
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}

/** `extensions.responseCache` tells a client what it got. */
function withMetadata(result: ExecutionResult, responseCache: { hit: boolean; didCache?: boolean; ttl?: number }): ExecutionResult {
  return { ...result, extensions: { ...result.extensions, responseCache } };
}

function readsOnlyCached(
  schema: GraphQLSchema,
  document: DocumentNode,
  uncached: ReadonlySet<string>,
  uncachedWithout: ReadonlyMap<string, string>,
): boolean {
  let cacheable = true;
  const typeInfo = new TypeInfo(schema);
  // A variable may be null unless its type says it may not: only then is its argument surely given.
  const nonNullVariables = new Set(
    document.definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION
        ? (d.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE).map((v) => v.variable.name.value)
        : [],
    ),
  );
  const given = (node: FieldNode, argument: string) => {
    const value = node.arguments?.find((a) => a.name.value === argument)?.value;
    if (!value || value.kind === Kind.NULL) return false;
    return value.kind !== Kind.VARIABLE || nonNullVariables.has(value.name.value);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation !== 'query') cacheable = false;
      },
      Field(node) {
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        const reads = [`${parent?.name}.${node.name.value}`, type ? getNamedType(type).name : ''];
        if (node.name.value === '__schema' || node.name.value === '__type' || reads.some((c) => uncached.has(c))) {
          cacheable = false;
        }
        const required = uncachedWithout.get(reads[0]);
        if (required && !given(node, required)) cacheable = false;
      },
    }),
  );
  return cacheable;
}

/** The schema coordinates a subgraph resolves: its own types, and the fields it adds to entities of others. */
function coordinatesOf(sdl: string): string[] {
  const coordinates: string[] = [];
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const name = definition.name.value;
    const keyFields = new Set(
      (definition.directives ?? [])
        .filter((d) => d.name.value === 'key')
        .flatMap(
          (d) =>
            d.arguments?.flatMap((a) => (a.name.value === 'fields' && a.value.kind === Kind.STRING ? a.value.value.split(/\s+/) : [])) ??
            [],
        ),
    );
    if (name === 'Query' || name === 'Mutation' || name === 'Subscription' || keyFields.size > 0) {
      // Of an entity, what this subgraph adds to it: not its key, nor the fields it only reads.
      for (const field of definition.fields ?? []) {
        const external = field.directives?.some((d) => d.name.value === 'external');
        if (!external && !keyFields.has(field.name.value)) coordinates.push(`${name}.${field.name.value}`);
      }
    } else {
      coordinates.push(name);
    }
  }
  return coordinates;
}
