import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../../../lib/errors.js';
import { decodeCursor, encodeCursor, pageSize, paginate, type Connection } from '../../../lib/paging.js';
import type { CatalogContext } from '../context.js';
import type { Anime as AnimeRecord } from '../catalog/anime.js';
import { compileFilter } from '../catalog/anime-filter.js';
import { compareFor, matchingAnimes } from '../catalog/listing.js';
import { AnimeConnection } from '../schema/anime-connection.type.js';
import { AnimeFilter } from '../../../lib/anime-filter.input.js';
import { Anime, Duration } from '../schema/anime.type.js';
import { AnimeOrder, CatalogSite } from '../schema/enums.js';

const DEFAULT_PAGE = 20;

@Resolver(() => Anime)
export class AnimeResolver {
  @Query(() => Anime, { nullable: true, description: 'One anime by its AniGraph id; null when the catalog does not have it.' })
  anime(
    @Arg('id', () => ID, { description: 'AniGraph id, such as "mal-1".' }) id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<AnimeRecord | null> {
    return ctx.animeById.load(id);
  }

  @Query(() => [Anime], {
    nullable: 'items',
    description:
      'Several anime by AniGraph id, in the order asked (null where the catalog does not have one, or where it does not match `filter`).',
  })
  @Directive('@listSize(assumedSize: 100)')
  async animesByIds(
    @Arg('ids', () => [ID], { description: 'AniGraph ids, at most MAX_PAGE_SIZE (100 by default).' }) ids: string[],
    @Arg('filter', () => AnimeFilter, { nullable: true, description: 'Answers null for the anime that do not match it.' })
    filter: AnimeFilter | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<(AnimeRecord | null)[]> {
    pageSize(ids.length, 0, ctx.limits.maxPageSize, 'ids');
    const matches = compileFilter(filter);
    const found = await Promise.all(ids.map((id) => ctx.animeById.load(id)));
    return matches ? found.map((anime) => (anime && matches(anime) ? anime : null)) : found;
  }

  @Query(() => Anime, {
    nullable: true,
    description:
      'An anime by its id on a platform, such as (MYANIMELIST, "16498"); null when no catalog anime lists that id in its sources.',
  })
  animeBySource(
    @Arg('platform', () => CatalogSite, { description: 'The site the id belongs to.' }) platform: CatalogSite,
    @Arg('id', () => String, {
      description: 'The id on that site, as in its URL: digits on most sites, the slug on ANIME_PLANET (case-insensitive there).',
    })
    id: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<AnimeRecord | null> {
    return ctx.animeBySource.load({ platform, id });
  }

  @Query(() => [Anime], {
    nullable: 'items',
    description: 'Several anime by their ids on one platform, in the order asked (null where the catalog has none).',
  })
  @Directive('@listSize(assumedSize: 100)')
  animesBySource(
    @Arg('platform', () => CatalogSite, { description: 'The site the ids belong to.' }) platform: CatalogSite,
    @Arg('ids', () => [String], { description: 'Ids on that site (as in animeBySource), at most MAX_PAGE_SIZE (100 by default).' })
    ids: string[],
    @Ctx() ctx: CatalogContext,
  ): Promise<(AnimeRecord | null)[]> {
    pageSize(ids.length, 0, ctx.limits.maxPageSize, 'ids');
    return Promise.all(ids.map((id) => ctx.animeBySource.load({ platform, id })));
  }

  @Query(() => AnimeConnection, {
    description: 'Anime in the order asked (by title unless `orderBy` says otherwise), filtered, a page at a time.',
  })
  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"])')
  animes(
    @Arg('filter', () => AnimeFilter, { nullable: true, description: 'Only the anime that match it; all anime when null.' })
    filter: AnimeFilter | null,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_PAGE,
      description: 'Anime per page, at most MAX_PAGE_SIZE (100 by default); null means 20.',
    })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description:
        'Cursor of the anime to continue after (pageInfo.endCursor or an edge cursor); null for the first page. ' +
        'Fails with BAD_USER_INPUT when that anime is no longer in the catalog.',
    })
    after: string | null,
    @Arg('orderBy', () => AnimeOrder, {
      defaultValue: AnimeOrder.TITLE,
      description: 'The order of the list: TITLE (catalog order) or SCORE (best first).',
    })
    orderBy: AnimeOrder,
    @Ctx() ctx: CatalogContext,
  ): Connection<AnimeRecord> {
    const size = pageSize(first, DEFAULT_PAGE, ctx.limits.maxPageSize);
    const { catalog } = ctx.store.snapshot();
    const matching = matchingAnimes(catalog, filter, orderBy);
    let start = 0;
    if (after) {
      const afterId = decodeCursor(after);
      const anchor = catalog.get(afterId);
      if (!anchor) throw new BadUserInputError(`after: the anime of this cursor (${afterId}) is no longer in the catalog.`, 'after');
      start = firstAfter(matching, anchor, compareFor(orderBy));
    }
    return paginate(matching, start, size, (anime) => encodeCursor(anime.id));
  }

  @FieldResolver(() => Duration, { nullable: true })
  duration(@Root() anime: AnimeRecord): Duration | null {
    const seconds = anime.durationSeconds;
    return seconds == null ? null : { seconds, minutes: Math.round((seconds / 60) * 100) / 100 };
  }

  @FieldResolver(() => String, { nullable: true })
  localSynopsis(@Root() anime: AnimeRecord): string | null {
    return anime.synopsis ?? null;
  }

  @FieldResolver(() => [Anime], {
    description: 'The anime of `relatedAnime` that the catalog has; links to anime it does not have are left out.',
  })
  related(@Root() anime: AnimeRecord, @Ctx() ctx: CatalogContext): AnimeRecord[] {
    const { catalog } = ctx.store.snapshot();
    return anime.relatedAnime.map((url) => catalog.byUrl(url)).filter((a): a is AnimeRecord => a !== undefined);
  }
}

/** Index of the first anime in `animes` (sorted by `compare`) that sorts after `anchor`. */
function firstAfter(animes: readonly AnimeRecord[], anchor: AnimeRecord, compare: (a: AnimeRecord, b: AnimeRecord) => number): number {
  let low = 0;
  let high = animes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compare(animes[mid], anchor) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
