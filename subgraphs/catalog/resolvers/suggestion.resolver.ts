import { Arg, Ctx, Directive, ID, Int, Query, Resolver } from 'type-graphql';
import { pageSize } from '../../../lib/paging.js';
import type { CatalogContext } from '../context.js';
import type { Suggestion as SuggestionRecord } from '../search/recommend.service.js';
import { AnimeFilter } from '../schema/anime-filter.input.js';
import { Suggestion } from '../schema/suggestion.type.js';

@Resolver()
export class SuggestionResolver {
  @Query(() => [Suggestion], { description: 'Anime like this one, by story and tags; never the anime itself.' })
  @Directive('@listSize(slicingArguments: ["first"])')
  similar(
    @Arg('id', () => ID) id: string,
    @Arg('filter', () => AnimeFilter, { nullable: true }) filter: AnimeFilter | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('excludeSameFranchise', () => Boolean, { defaultValue: false, description: 'Leave out its sequels, movies and side stories.' })
    excludeSameFranchise: boolean,
    @Ctx() ctx: CatalogContext,
  ): Promise<SuggestionRecord[]> {
    return ctx.recommend.similar(id, filter, pageSize(first, 10, ctx.limits.maxPageSize), excludeSameFranchise);
  }

  @Query(() => [Suggestion], { description: 'What to watch next: like the liked anime, unlike the disliked ones.' })
  @Directive('@listSize(slicingArguments: ["first"])')
  recommendations(
    @Arg('liked', () => [ID]) liked: string[],
    @Arg('disliked', () => [ID], { nullable: true }) disliked: string[] | null,
    @Arg('filter', () => AnimeFilter, { nullable: true }) filter: AnimeFilter | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: CatalogContext,
  ): Promise<SuggestionRecord[]> {
    pageSize(liked.length + (disliked?.length ?? 0), 0, ctx.limits.maxPageSize, 'liked');
    return ctx.recommend.recommendations(liked, disliked ?? [], filter, pageSize(first, 10, ctx.limits.maxPageSize));
  }
}
