// Finds the routes of a path: an exact path first, else a pattern whose `{name}` segments become params.
import type { RouteSpec } from './route.js';

export interface PathMatch {
  /** The routes at this path, by method. */
  methods: Map<string, RouteSpec>;
  params: Record<string, string>;
}

export class RouteTable {
  private readonly exact = new Map<string, Map<string, RouteSpec>>();
  private readonly patterns: { parts: string[]; methods: Map<string, RouteSpec> }[] = [];

  constructor(readonly routes: readonly RouteSpec[]) {
    for (const route of routes) {
      const isPattern = route.path.includes('{');
      let methods = isPattern ? this.patterns.find((p) => p.parts.join('/') === route.path)?.methods : this.exact.get(route.path);
      if (!methods) {
        methods = new Map();
        if (isPattern) this.patterns.push({ parts: route.path.split('/'), methods });
        else this.exact.set(route.path, methods);
      }
      if (methods.has(route.method)) throw new Error(`Two routes for ${route.method} ${route.path}.`);
      methods.set(route.method, route);
    }
  }

  match(path: string): PathMatch | undefined {
    const exact = this.exact.get(path);
    if (exact) return { methods: exact, params: {} };
    const segments = path.split('/');
    for (const { parts, methods } of this.patterns) {
      if (parts.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const matches = parts.every((part, i) => {
        if (!part.startsWith('{')) return part === segments[i];
        const value = decodeSegment(segments[i]);
        if (!value) return false;
        params[part.slice(1, -1)] = value;
        return true;
      });
      if (matches) return { methods, params };
    }
    return undefined;
  }
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment) || undefined;
  } catch {
    return undefined;
  }
}
