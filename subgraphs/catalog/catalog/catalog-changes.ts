// Catalog updates as events: each catalog swapped in after the first is compared with the one it
// replaces (which anime came, which went), and told to the catalogUpdated subscribers of this process.
// An update's id is the new catalog's version — its release date and a hash of its anime ids — so that
// instances that load the same release tell the same update (webhooks keep one delivery of it).
import { createHash } from 'node:crypto';
import { Repeater } from '@repeaterjs/repeater';
import type { Anime } from './anime.js';
import type { Catalog } from './catalog.js';

export interface CatalogChange {
  /** The new catalog's version. */
  id: string;
  at: Date;
  catalog: Catalog;
  added: readonly Anime[];
  /** As the replaced catalog had them. */
  removed: readonly Anime[];
}

/** A catalog's version: the same release gives the same one in every instance. */
export function catalogVersion(catalog: Catalog): string {
  const hash = createHash('sha256');
  hash.update(catalog.lastUpdate ?? '');
  for (const id of catalog.animes.map((a) => a.id).sort()) hash.update(`\n${id}`);
  return `${catalog.lastUpdate ?? 'undated'}:${hash.digest('hex').slice(0, 16)}`;
}

export class CatalogChanges {
  private last: { catalog: Catalog; version: string } | undefined;
  private readonly listeners = new Set<(change: CatalogChange) => void>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Subscribers now (tests wait for them). */
  get listening(): number {
    return this.listeners.size;
  }

  /** The catalog now served: told as a change unless it is the first one, or the same version again. */
  served(catalog: Catalog): void {
    const version = catalogVersion(catalog);
    const previous = this.last;
    this.last = { catalog, version };
    if (!previous || previous.version === version) return;
    const change: CatalogChange = {
      id: version,
      at: this.now(),
      catalog,
      added: catalog.animes.filter((anime) => !previous.catalog.get(anime.id)),
      removed: previous.catalog.animes.filter((anime) => !catalog.get(anime.id)),
    };
    for (const listener of this.listeners) listener(change);
  }

  /** What `pick` makes of each change from now on (nothing for null), until the subscriber leaves. */
  stream<T>(pick: (change: CatalogChange) => T | null): AsyncIterableIterator<T> {
    return new Repeater<T>(async (push, stop) => {
      const listener = (change: CatalogChange) => {
        const value = pick(change);
        if (value !== null) void push(value).catch(() => undefined);
      };
      this.listeners.add(listener);
      await stop;
      this.listeners.delete(listener);
    });
  }
}
