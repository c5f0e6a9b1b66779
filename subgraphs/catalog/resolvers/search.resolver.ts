import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import { pageSize } from '../../../lib/paging.js';
import type { CatalogContext } from '../context.js';
import { search, type SearchResult as SearchResultRecord } from '../domain/search.service.js';
import { AnimeFilter } from '../schema/anime-filter.input.js';
import { SearchResult } from '../schema/search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResult, {
    description: 'Finds anime by title or synonym, typo-tolerant; exact and prefix matches first.',
  })
  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["hits"])')
  search(
    @Arg('query', () => String) query: string,
    @Arg('filter', () => AnimeFilter, { nullable: true }) filter: AnimeFilter | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: CatalogContext,
  ): SearchResultRecord {
    const size = pageSize(first, 10, ctx.limits.maxPageSize);
    return search(ctx.store.snapshot(), { query, filter, first: size });
  }
}
