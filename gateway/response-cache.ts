// The gateway's response cache: whole responses of catalog queries, kept for RESPONSE_CACHE_TTL and
// dropped at once when the in-process catalog or its search indexes change. A repeated query is then
// answered without planning or executing it. Responses with anything from a subgraph that keeps its
// own freshness (the platforms: their cache tiers, ages and staleness) are never cached here, nor
// responses with errors or warnings (a degraded answer must not outlive its cause).
import { useResponseCache, type Cache, type CacheEntityRecord } from '@envelop/response-cache';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Kind, parse, type ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { warningsOf } from '../lib/warnings.js';

export interface ResponseCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** SDL of the subgraphs whose fields make a response uncacheable. */
  uncachedSubgraphs: readonly string[];
  /** More schema coordinates that make a response uncacheable. */
  uncachedFields: readonly string[];
}

export interface ResponseCache {
  plugin: GatewayPlugin;
  clear(): void;
  readonly size: number;
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const entries = new LRUCache<string, ExecutionResult>({ max: options.maxEntries });
  const cache: Cache = {
    set: (id, data, _entities: Iterable<CacheEntityRecord>, ttl) => void entries.set(id, data, { ttl }),
    get: (id) => entries.get(id),
    // No mutation changes the catalog: everything goes at once, on a change the gateway hears of.
    invalidate: () => entries.clear(),
  };
  const plugin = useResponseCache({
    cache,
    session: () => null,
    ttl: options.ttlMs,
    ttlPerSchemaCoordinate: Object.fromEntries(
      [...options.uncachedSubgraphs.flatMap(coordinatesOf), ...options.uncachedFields].map((c) => [c, 0]),
    ),
    shouldCacheResult: ({ result }) => !result.errors?.length && warningsOf(result.extensions).length === 0,
    // extensions.responseCache { hit, didCache, ttl } tells a client what it got.
    includeExtensionMetadata: true,
  }) as GatewayPlugin;
  return {
    plugin,
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
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
