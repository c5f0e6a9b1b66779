import { Arg, Ctx, Directive, ID, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../lib/errors.js';
import { pageSize } from '../../../lib/paging.js';
import type { CatalogContext } from '../context.js';
import type { Suggestion as SuggestionRecord } from '../search/recommend.service.js';
import { AnimeFilter } from '../../../lib/anime-filter.input.js';
import { Suggestion } from '../schema/suggestion.type.js';

@Resolver()
export class SuggestionResolver {
  @Query(() => [Suggestion], {
    description: 'Anime like this one, by story (synopsis vectors, when built) and shared tags, best first; never the anime itself.',
  })
  @Directive('@listSize(slicingArguments: ["first"])')
  similar(
    @Arg('id', () => ID, { description: 'AniGraph id of the anime to match; NOT_FOUND when the catalog does not have it.' }) id: string,
    @Arg('filter', () => AnimeFilter, { nullable: true, description: 'Only suggest anime that match it.' }) filter: AnimeFilter | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many suggestions, at most MAX_PAGE_SIZE (100 by default).' })
    first: number,
    @Arg('excludeSameFranchise', () => Boolean, {
      defaultValue: false,
      description: 'Leave out its franchise: anime linked to it as related, or titled as its follow-up ("… Season 2", "… Movie").',
    })
    excludeSameFranchise: boolean,
    @Ctx() ctx: CatalogContext,
  ): Promise<SuggestionRecord[]> {
    return ctx.recommend.similar(id, filter, pageSize(first, 10, ctx.limits.maxPageSize), excludeSameFranchise);
  }

  @Query(() => [Suggestion], {
    description:
      'What to watch next: anime like the liked ones and unlike the disliked, by story and tags, best first; never one of them. ' +
      'Without `liked`, for a signed-in caller: their taste (User.taste: the anime their linked AniList and MyAnimeList lists rate well, ' +
      'their favourite tags and studios) stands in, and nothing on their lists is suggested; an anonymous caller must give `liked`.',
  })
  @Directive('@listSize(slicingArguments: ["first"])')
  async recommendations(
    @Arg('liked', () => [ID], {
      nullable: true,
      description:
        'AniGraph ids of anime the user liked (at least one; with `disliked`, at most MAX_PAGE_SIZE, 100 by default); ' +
        "an unknown id fails with BAD_USER_INPUT. Left out, the signed-in caller's taste is used instead.",
    })
    liked: string[] | null,
    @Arg('disliked', () => [ID], {
      nullable: true,
      description: 'AniGraph ids of anime the user disliked, which suggestions move away from; an unknown id fails with BAD_USER_INPUT.',
    })
    disliked: string[] | null,
    @Arg('filter', () => AnimeFilter, { nullable: true, description: 'Only suggest anime that match it.' }) filter: AnimeFilter | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many suggestions, at most MAX_PAGE_SIZE (100 by default).' })
    first: number,
    @Ctx() ctx: CatalogContext,
  ): Promise<SuggestionRecord[]> {
    pageSize((liked?.length ?? 0) + (disliked?.length ?? 0), 0, ctx.limits.maxPageSize, liked ? 'liked' : 'disliked');
    const size = pageSize(first, 10, ctx.limits.maxPageSize);
    if (liked) return ctx.recommend.recommendations(liked, disliked ?? [], filter, size);
    const taste = await ctx.viewerTaste();
    if (!taste) {
      throw new BadUserInputError(
        'recommendations needs liked: give the ids of anime you liked, or sign in with an API key so that your taste (linked accounts, preferences) stands in.',
        'liked',
      );
    }
    return ctx.recommend.forTaste(taste, disliked ?? [], filter, size);
  }
}
