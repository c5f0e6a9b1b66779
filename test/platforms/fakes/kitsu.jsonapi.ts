// JSON:API rendering as Kitsu's jsonapi-resources does it: links, include/included, sparse fields, offset pages, errors.
import { RELATIONSHIPS, type KitsuResource } from './kitsu.resources.js';

const MAX_PAGE = 20;
const DEFAULT_PAGE = 10;

/** A jsonapi-resources error: `code` and `status` are strings in Kitsu's bodies. */
export class JsonApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly code = String(status),
  ) {
    super(detail);
  }

  toBody() {
    return { errors: [{ title: this.title, detail: this.detail, code: this.code, status: String(this.status) }] };
  }
}

export const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

interface Identifier {
  type: string;
  id: string;
}

export interface ResourceObject extends Identifier {
  links: { self: string };
  attributes: Record<string, unknown>;
  relationships?: Record<string, { links: { self: string; related: string }; data?: Identifier | Identifier[] | null }>;
}

const identify = (r: KitsuResource): Identifier => ({ type: r.type, id: r.id });

export function parseInclude(raw: string | null): string[][] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split('.'));
}

/** Checks every include segment against the declared relationships, before anything is loaded. */
export function checkInclude(type: string, paths: string[][]): void {
  for (const path of paths) {
    let owner: string | undefined = type;
    for (const segment of path) {
      if (owner === undefined) break; // below a polymorphic relationship (mappings.item) any type may follow
      if (!(segment in (RELATIONSHIPS[owner] ?? {}))) {
        throw new JsonApiError(400, 'Invalid field', `${segment} is not a valid relationship of ${kebab(owner)}`, '112');
      }
      owner = segment === 'item' ? undefined : targetType(owner, segment);
    }
  }
}

const TARGETS: Record<string, string> = {
  streamer: 'streamers',
  media: 'anime',
  character: 'characters',
  voices: 'characterVoices',
  mediaCharacter: 'mediaCharacters',
  person: 'people',
  characters: 'mediaCharacters',
  staff: 'mediaStaff',
  streamingLinks: 'streamingLinks',
  mappings: 'mappings',
  genres: 'genres',
  categories: 'categories',
  episodes: 'episodes',
  primaryMedia: 'anime',
  mediaCharacters: 'mediaCharacters',
};
export function targetType(owner: string, relationship: string): string {
  if (owner === 'people' && relationship === 'voices') return 'characterVoices';
  return TARGETS[relationship] ?? relationship;
}

export interface RenderContext {
  base: string;
  query: URLSearchParams;
}

function fieldsFor(query: URLSearchParams, type: string): Set<string> | undefined {
  const raw = query.get(`fields[${type}]`);
  return raw === null ? undefined : new Set(raw.split(',').map((f) => f.trim()));
}

function toObject(r: KitsuResource, context: RenderContext, linkage: Set<string>): ResourceObject {
  const path = `${context.base}/${kebab(r.type)}/${r.id}`;
  const fields = fieldsFor(context.query, r.type);
  const keep = (name: string) => !fields || fields.has(name);
  const attributes = Object.fromEntries(Object.entries(r.attributes).filter(([name]) => keep(name)));
  const relationships = Object.fromEntries(
    Object.entries(RELATIONSHIPS[r.type] ?? {})
      .filter(([name]) => keep(name))
      .map(([name, cardinality]) => {
        const links = { self: `${path}/relationships/${kebab(name)}`, related: `${path}/${kebab(name)}` };
        if (!linkage.has(`${r.type}/${r.id}:${name}`)) return [name, { links }];
        const targets = (r.relationships[name]?.() ?? []).map(identify);
        return [name, { links, data: cardinality === 'many' ? targets : (targets[0] ?? null) }];
      }),
  );
  return { id: r.id, type: r.type, links: { self: path }, attributes, ...(Object.keys(relationships).length ? { relationships } : {}) };
}

/** A document for one resource or a collection, with `included` built from the request's include paths. */
export function renderDocument(
  primary: KitsuResource | KitsuResource[] | null,
  context: RenderContext,
  extra: Record<string, unknown> = {},
) {
  const list = primary === null ? [] : Array.isArray(primary) ? primary : [primary];
  const included = new Map<string, KitsuResource>();
  const linkage = new Set<string>();
  for (const path of parseInclude(context.query.get('include'))) {
    let level = list;
    for (const segment of path) {
      for (const r of level) linkage.add(`${r.type}/${r.id}:${segment}`);
      level = level.flatMap((r) => r.relationships[segment]?.() ?? []);
      for (const r of level) included.set(`${r.type}/${r.id}`, r);
    }
  }
  for (const r of list) included.delete(`${r.type}/${r.id}`);
  const data = Array.isArray(primary) ? list.map((r) => toObject(r, context, linkage)) : primary && toObject(primary, context, linkage);
  return {
    data,
    ...(included.size ? { included: [...included.values()].map((r) => toObject(r, context, linkage)) } : {}),
    ...extra,
  };
}

/** One offset page of a collection, with Kitsu's `meta.count` and first/prev/next/last links. */
export function renderCollection(items: KitsuResource[], path: string, context: RenderContext) {
  const limitRaw = context.query.get('page[limit]');
  const offsetRaw = context.query.get('page[offset]');
  const limit = limitRaw === null ? DEFAULT_PAGE : Number(limitRaw);
  const offset = offsetRaw === null ? 0 : Number(offsetRaw);
  if (!Number.isInteger(limit) || limit < 1)
    throw new JsonApiError(400, 'Invalid page value', `${limitRaw} is not a valid value for limit page parameter.`, '118');
  if (limit > MAX_PAGE) throw new JsonApiError(400, 'Invalid page value', `Limit exceeds maximum page size of ${MAX_PAGE}.`, '118');
  if (!Number.isInteger(offset) || offset < 0)
    throw new JsonApiError(400, 'Invalid page value', `${offsetRaw} is not a valid value for offset page parameter.`, '118');
  const link = (at: number) => {
    const params = new URLSearchParams([...context.query].filter(([name]) => !name.startsWith('page[')));
    params.set('page[limit]', String(limit));
    params.set('page[offset]', String(at));
    params.sort();
    return `${context.base}${path}?${params.toString()}`;
  };
  const lastOffset = Math.max(0, Math.floor((items.length - 1) / limit) * limit);
  const links: Record<string, string> = { first: link(0) };
  if (offset > 0) links.prev = link(Math.max(0, offset - limit));
  if (offset + limit < items.length) links.next = link(offset + limit);
  links.last = link(lastOffset);
  return renderDocument(items.slice(offset, offset + limit), context, { meta: { count: items.length }, links });
}

/** `sort=-userCount,canonicalTitle` over attributes; unknown attributes are a 400 as in jsonapi-resources. */
export function sortResources(items: KitsuResource[], raw: string | null, type: string): KitsuResource[] {
  if (!raw) return items;
  const keys = raw.split(',').map((k) => ({ desc: k.startsWith('-'), name: k.replace(/^-/, '') }));
  for (const k of keys) {
    if (k.name !== 'id' && !items.some((r) => k.name in r.attributes)) {
      throw new JsonApiError(400, 'Invalid sort criteria', `${k.name} is not a valid sort criteria for ${kebab(type)}`, '114');
    }
  }
  const value = (r: KitsuResource, name: string) => (name === 'id' ? Number(r.id) : r.attributes[name]);
  return [...items].sort((a, b) => {
    for (const k of keys) {
      const x = value(a, k.name);
      const y = value(b, k.name);
      const numeric = Number(x) - Number(y);
      const order = Number.isNaN(numeric) ? String(x).localeCompare(String(y)) : numeric;
      if (order !== 0) return k.desc ? -order : order;
    }
    return 0;
  });
}
