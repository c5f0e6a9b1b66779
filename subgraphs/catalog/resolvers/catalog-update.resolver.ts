// catalogUpdated: a subscription, like the schedules' ones, so that a client (or the webhook
// dispatcher) hears of catalog updates through the gateway, in one process or several.
import { Arg, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { AnimeFilter } from '../../../lib/anime-filter.input.js';
import { compileFilter } from '../catalog/anime-filter.js';
import type { CatalogChange } from '../catalog/catalog-changes.js';
import type { CatalogContext } from '../context.js';
import { CatalogUpdate } from '../schema/catalog-update.type.js';

/** How many added and removed anime an update lists (the counts cover all of them). */
const LISTED = 100;

type Subscribe = SubscribeResolverData<unknown, { filter?: AnimeFilter | null }, CatalogContext>;

@Resolver()
export class CatalogUpdateResolver {
  @Subscription(() => CatalogUpdate, {
    description:
      'Each new catalog that serves after the first (the weekly release update, a reload): the anime it added and removed. With a filter, only the updates that added or removed anime it keeps, and only those anime.',
    subscribe: ({ args, context }: Subscribe) => {
      const keeps = compileFilter(args.filter); // a reversed range fails the subscription at once
      return context.changes.stream((change) => updateOf(change, keeps));
    },
  })
  catalogUpdated(
    @Root() update: CatalogUpdate,
    @Arg('filter', () => AnimeFilter, { nullable: true, description: 'Only the anime of the catalog this filter keeps.' })
    _filter: AnimeFilter | null,
  ): CatalogUpdate {
    return update;
  }
}

function updateOf(change: CatalogChange, keeps: ((anime: CatalogChange['added'][number]) => boolean) | undefined): CatalogUpdate | null {
  const added = keeps ? change.added.filter(keeps) : change.added;
  const removed = keeps ? change.removed.filter(keeps) : change.removed;
  if (keeps && !added.length && !removed.length) return null;
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
  return {
    id: change.id,
    at: change.at,
    total: change.catalog.size,
    lastUpdate: change.catalog.lastUpdate,
    addedCount: added.length,
    removedCount: removed.length,
    added: [...added].sort(byTitle).slice(0, LISTED),
    removed: [...removed]
      .sort(byTitle)
      .slice(0, LISTED)
      .map(({ id, title }) => ({ id, title })),
  };
}
