// Anime.franchise, and a franchise's entries a page at a time.
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../../../lib/errors.js';
import { decodeCursor, encodeCursor, pageSize, paginate, type Connection } from '../../../lib/paging.js';
import type { Anime as AnimeRecord } from '../catalog/anime.js';
import type { CatalogContext } from '../context.js';
import { AnimeConnection } from '../schema/anime-connection.type.js';
import { Anime } from '../schema/anime.type.js';
import { Franchise } from '../schema/franchise.type.js';
import { SearchHit } from '../schema/search.type.js';
import type { SearchHit as SearchHitRecord } from '../search/search-hit.js';
import { franchisesOf, type Franchise as FranchiseRecord } from '../search/franchise.js';

const DEFAULT_PAGE = 20;

@Resolver(() => Anime)
export class AnimeFranchiseResolver {
  @FieldResolver(() => Franchise, {
    nullable: true,
    description: 'The franchise it is an entry of; null when it is a work of one entry.',
  })
  franchise(@Root() anime: AnimeRecord, @Ctx() ctx: CatalogContext): FranchiseRecord | null {
    return franchisesOf(ctx.store.snapshot().catalog).of(anime) ?? null;
  }
}

@Resolver(() => Franchise)
export class FranchiseResolver {
  @FieldResolver(() => Int)
  size(@Root() franchise: FranchiseRecord): number {
    return franchise.entries.length;
  }

  @FieldResolver(() => AnimeConnection, { description: 'Its entries, oldest first (entries of unknown year last), a page at a time.' })
  entries(
    @Root() franchise: FranchiseRecord,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE, description: 'Entries per page, at most MAX_PAGE_SIZE (100 by default).' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the entry to continue after; null for the first page.' })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Connection<AnimeRecord> {
    const size = pageSize(first, DEFAULT_PAGE, ctx.limits.maxPageSize);
    let start = 0;
    if (after) {
      const id = decodeCursor(after);
      const at = franchise.entries.findIndex((anime) => anime.id === id);
      if (at < 0) throw new BadUserInputError(`after: the anime of this cursor (${id}) is not an entry of this franchise.`, 'after');
      start = at + 1;
    }
    return paginate(franchise.entries, start, size, (anime) => encodeCursor(anime.id));
  }
}

@Resolver(() => SearchHit)
export class SearchHitFranchiseResolver {
  // Only collapsed hits carry their siblings; every other hit has none.
  @FieldResolver(() => [SearchHit])
  franchiseMatches(@Root() hit: SearchHitRecord): SearchHitRecord[] {
    return hit.franchiseMatches ?? [];
  }
}
