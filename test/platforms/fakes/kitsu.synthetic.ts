// Synthetic anime on the Kitsu fake (`synthesize`): each one's resource graph, built on first use and kept per instance.
import { graphOf, type KitsuRegistry, type KitsuResource } from './kitsu.resources.js';
import { platformIdOf } from './synthetic-ids.js';
import { seedFrom, seedFromMal, syntheticAnime } from './synthetic.js';

const MAX_GRAPHS = 1000;

/** Which seed a mapping's external id names, per external site. */
const SITES: Record<string, (externalId: string) => number | undefined> = {
  'myanimelist/anime': (id) => seedFromMal(id),
  'anilist/anime': (id) => seedFrom('anilist', id),
  anidb: (id) => seedFrom('anidb', id),
};

export class KitsuSynthetics {
  private readonly graphs = new Map<number, KitsuRegistry>();

  /** The anime resource for a Kitsu id the fixture lacks; everything reachable from it loads from the same graph. */
  lookup(type: string, id: string): KitsuResource | undefined {
    const seed = type === 'anime' ? seedFrom('kitsu', id) : undefined;
    return seed === undefined ? undefined : this.graph(seed).get(`anime/${platformIdOf('kitsu', seed)}`);
  }

  /** Mappings of the synthetic anime a `/mappings` filter names; the caller's filters still narrow them. */
  mappings(query: URLSearchParams): KitsuResource[] {
    const site = query.get('filter[externalSite]');
    const externalId = query.get('filter[externalId]');
    if (externalId === null) return [];
    const seeds = Object.entries(SITES)
      .filter(([name]) => site === null || name === site)
      .map(([, seedOf]) => seedOf(externalId))
      .filter((seed): seed is number => seed !== undefined);
    return [...new Set(seeds)].flatMap((seed) => [...this.graph(seed).values()].filter((r) => r.type === 'mappings'));
  }

  private graph(seed: number): KitsuRegistry {
    const cached = this.graphs.get(seed);
    if (cached) return cached;
    const built = graphOf(syntheticAnime(seed));
    this.graphs.set(seed, built);
    // Graphs are deterministic, so forgetting the oldest only costs a rebuild.
    if (this.graphs.size > MAX_GRAPHS) this.graphs.delete(this.graphs.keys().next().value as number);
    return built;
  }
}
