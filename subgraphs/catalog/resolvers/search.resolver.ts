import { Arg, Ctx, Directive, Float, Int, Query, Resolver } from 'type-graphql';
import { noteFoundAnime } from '../../../lib/analytics/ledger.js';
import { BadUserInputError } from '../../../lib/errors.js';
import { decodeCursor, encodeCursor, pageSize, paginate } from '../../../lib/paging.js';
import type { CatalogContext } from '../context.js';
import { AnimeFilter } from '../../../lib/anime-filter.input.js';
import { ImageInput } from '../schema/image-input.input.js';
import { EmbeddingPooling, ImageState, SearchMode, SearchHitConnection, SearchStatus } from '../schema/search.type.js';
import type { SearchResult } from '../search/search.service.js';

const DEFAULT_PAGE = 10;
/** The first hits of a search that count as found (analytics' trending). */
const FOUND_COUNTED = 3;

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Finds anime by title (typo tolerant; an anime named exactly as the query comes first) and by what they are about ' +
      '(tags, synopsis, and meaning in HYBRID and SEMANTIC modes).',
  })
  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["hits", "edges"])')
  async search(
    @Arg('query', () => String, {
      description:
        'A title (any language, typos tolerated) or words about the story: 1 to 500 characters once trimmed, no control characters.',
    })
    query: string,
    @Arg('filter', () => AnimeFilter, { nullable: true, description: 'Only anime that match it are ranked; all anime when null.' })
    filter: AnimeFilter | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE, description: 'Hits per page, at most MAX_PAGE_SIZE (100 by default).' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description:
        'Cursor of the hit to continue after (pageInfo.endCursor or an edge cursor of the same query, filter and mode); null for the first page.',
    })
    after: string | null,
    @Arg('mode', () => SearchMode, {
      defaultValue: SearchMode.HYBRID,
      description: 'How to rank: HYBRID (the default), SEMANTIC or LEXICAL.',
    })
    mode: SearchMode,
    @Arg('collapseFranchise', () => Boolean, {
      defaultValue: false,
      description:
        'One hit per franchise: its best-matching entry (the main one, when the query describes the work), the others under `franchiseMatches`.',
    })
    collapseFranchise: boolean,
    @Arg('image', () => ImageInput, {
      nullable: true,
      description: "A picture whose likeness to each anime's poster is blended with the query's ranking (see imageWeight).",
    })
    image: ImageInput | null,
    @Arg('imageWeight', () => Float, {
      defaultValue: 0.5,
      description: "The picture's share of the ranking, 0 to 1: at 1 the picture alone decides, at 0 the query. Ignored without image.",
    })
    imageWeight: number,
    @Ctx() ctx: CatalogContext,
  ): Promise<SearchHitConnection> {
    const size = pageSize(first, DEFAULT_PAGE, ctx.limits.maxPageSize);
    const start = after ? positionAfter(after) : 0;
    const request = { query, filter, mode, collapseFranchise };
    const result = image ? await ctx.pictures.search({ ...request, image, imageWeight }) : await ctx.search.search(request);
    return pageOf(result, start, size, ctx);
  }

  @Query(() => SearchHitConnection, {
    description:
      "Finds the anime whose posters look most like a picture (a screenshot, a poster, an art style), closest first, by their CLIP vectors. Fails with SERVICE_NOT_READY while imageState (searchStatus) is not READY, and with BAD_USER_INPUT for a picture it refuses. The hits' `mode` is SEMANTIC.",
  })
  @Directive('@listSize(slicingArguments: ["first"], sizedFields: ["hits", "edges"])')
  async searchByImage(
    @Arg('image', () => ImageInput, { description: 'The picture: base64 (or a data URL) or an http(s) URL, exactly one.' })
    image: ImageInput,
    @Arg('filter', () => AnimeFilter, { nullable: true, description: 'Only anime that match it are ranked; all anime when null.' })
    filter: AnimeFilter | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE, description: 'Hits per page, at most MAX_PAGE_SIZE (100 by default).' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the hit to continue after (of the same picture and filter); null for the first page.',
    })
    after: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<SearchHitConnection> {
    const size = pageSize(first, DEFAULT_PAGE, ctx.limits.maxPageSize);
    const start = after ? positionAfter(after) : 0;
    const result = await ctx.pictures.searchByImage({ image, filter });
    return pageOf(result, start, size, ctx);
  }

  @Query(() => SearchStatus, { description: 'Which search modes are available now, and why not more.' })
  async searchStatus(@Ctx() ctx: CatalogContext): Promise<SearchStatus> {
    const [status, image] = await Promise.all([ctx.search.status(), ctx.pictures.status()]);
    return {
      mode: status.mode,
      wordIndexReady: status.wordIndexReady,
      semanticState: status.state,
      reason: status.reason,
      model: status.model,
      dimensions: status.dimensions,
      models: status.models.flatMap(({ info, state, reason, lastBuild }) =>
        info
          ? [
              {
                id: info.model,
                pooling: info.pooling as EmbeddingPooling,
                queryPrefix: info.queryPrefix,
                documentPrefix: info.documentPrefix,
                dimensions: info.dimensions,
                maxTokens: info.maxTokens,
                state,
                reason,
                lastBuildSeconds: lastBuild?.seconds ?? null,
              },
            ]
          : [],
      ),
      vectorStore: status.store,
      indexedAnime: status.animes,
      progress: status.progress,
      lastBuildEmbedded: status.lastBuild?.embedded ?? null,
      lastBuildSeconds: status.lastBuild?.seconds ?? null,
      imageState: image.state as ImageState,
      imageReason: image.reason,
      imageModel: image.model,
      indexedPosters: image.posters,
      imageProgress: image.progress,
    };
  }
}

/** One page of a ranking, with its cursors and warnings. */
function pageOf(result: SearchResult, start: number, size: number, ctx: CatalogContext): SearchHitConnection {
  // What a search found first counts toward trending, whatever the query selects of it.
  if (start === 0) noteFoundAnime(result.hits.slice(0, FOUND_COUNTED).map((hit) => hit.anime.id));
  ctx.warnings.push(...result.warnings);
  const page = paginate(result.hits, start, size, (_hit, position) => encodeCursor(`search:${position}`));
  return {
    ...page,
    hits: page.nodes as unknown as SearchHitConnection['hits'],
    edges: page.edges as unknown as SearchHitConnection['edges'],
    mode: result.mode,
    warnings: result.warnings,
    endCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
  };
}

/** Search cursors name a position in the query's ranking; the page after it starts one further. */
function positionAfter(after: string): number {
  const value = decodeCursor(after);
  const position = Number(value.replace(/^search:/, ''));
  if (!value.startsWith('search:') || !Number.isInteger(position) || position < 0) {
    throw new BadUserInputError('after is not a search cursor.', 'after');
  }
  return position + 1;
}
