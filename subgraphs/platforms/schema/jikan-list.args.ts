import { ArgsType, Field, Int } from 'type-graphql';
import { JIKAN_MAX_LIMIT } from '../../../lib/platforms/jikan.client.js';
import type { ListPagingArgs } from '../domain/page-connection.js';
import { AFTER_ARGUMENT } from './connection.type.js';

/** The paging arguments of Jikan's anime lists: first/after, or the deprecated page/limit. */
@ArgsType()
export class JikanListArgs implements ListPagingArgs {
  @Field(() => Int, { nullable: true, description: `How many anime, at most ${JIKAN_MAX_LIMIT} (also the default).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: AFTER_ARGUMENT })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `The MyAnimeList page to read, 1 or more (pages of \`limit\` anime, ${JIKAN_MAX_LIMIT} by default); not with first or after.`,
    deprecationReason: 'Use first and after.',
  })
  page?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many anime per page, 1-${JIKAN_MAX_LIMIT} (${JIKAN_MAX_LIMIT} by default); not with first or after.`,
    deprecationReason: 'Use first.',
  })
  limit?: number | null;
}
