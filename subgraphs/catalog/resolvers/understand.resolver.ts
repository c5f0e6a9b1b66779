import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context.js';
import { QueryUnderstanding } from '../schema/query-understanding.type.js';
import { validateQuery } from '../search/search.service.js';
import { understandQuery } from '../understand/understand.js';

@Resolver()
export class UnderstandResolver {
  @Query(() => QueryUnderstanding, {
    description:
      'What a request in words asks for ("dark military anime like Attack on Titan from the 2010s, not too long"): intent, ' +
      'titles, years, season, types, tags, length, studios, score, status and time zone, by offline rules over the catalog.',
  })
  understandQuery(
    @Arg('text', () => String, { description: 'The request, in English: 1 to 500 characters once trimmed, no control characters.' })
    text: string,
    @Ctx() ctx: CatalogContext,
  ): QueryUnderstanding {
    const trimmed = validateQuery(text, 'text');
    const { catalog, indexes } = ctx.store.snapshot();
    return understandQuery(trimmed, { catalog, titles: indexes.titles, now: new Date() });
  }
}
