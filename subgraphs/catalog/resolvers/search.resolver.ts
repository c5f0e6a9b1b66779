import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import { decodeCursor, encodeCursor, pageSize } from '../../../lib/paging.js';
import { BadUserInputError } from '../../../lib/errors.js';
import type { CatalogContext } from '../context.js';
import { AnimeFilter } from '../schema/anime-filter.input.js';
import { SearchMode, SearchResult, SearchStatus } from '../schema/search.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResult, {
    description: 'Finds anime by title (typo tolerant, exact and prefix first) and by what they are about (tags, synopsis, meaning).',
  })
  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["hits"])')
  async search(
    @Arg('query', () => String) query: string,
    @Arg('filter', () => AnimeFilter, { nullable: true }) filter: AnimeFilter | null,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('mode', () => SearchMode, { defaultValue: SearchMode.HYBRID }) mode: SearchMode,
    @Ctx() ctx: CatalogContext,
  ): Promise<SearchResult> {
    const size = pageSize(first, 10, ctx.limits.maxPageSize);
    const offset = after ? offsetOf(after) : 0;
    const result = await ctx.search.search({ query, filter, first: size, offset, mode });
    ctx.warnings.push(...result.warnings);
    const next = offset + result.hits.length;
    return {
      ...result,
      hits: result.hits as unknown as SearchResult['hits'],
      endCursor: next < result.totalCount ? encodeCursor(`search:${next}`) : null,
    };
  }

  @Query(() => SearchStatus, { description: 'Which search modes are available now, and why not more.' })
  async searchStatus(@Ctx() ctx: CatalogContext): Promise<SearchStatus> {
    const status = await ctx.search.semantic.status();
    return {
      mode: ctx.search.semantic.ready ? SearchMode.HYBRID : SearchMode.LEXICAL,
      wordIndexReady: ctx.search.contentIndexed,
      semanticState: status.state,
      reason: status.reason,
      model: status.model,
      dimensions: status.dimensions,
      vectorStore: status.store,
      indexedAnime: status.animes,
      progress: status.progress,
      lastBuildEmbedded: status.lastBuild?.embedded ?? null,
      lastBuildSeconds: status.lastBuild?.seconds ?? null,
    };
  }
}

function offsetOf(after: string): number {
  const value = decodeCursor(after);
  const offset = Number(value.replace(/^search:/, ''));
  if (!value.startsWith('search:') || !Number.isInteger(offset) || offset < 0) {
    throw new BadUserInputError('after is not a search cursor.', 'after');
  }
  return offset;
}
