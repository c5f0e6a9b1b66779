import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PlatformsContext } from '../context.js';
import { animeIds } from '../domain/anime-ids.js';
import { cachedFacts, conflictsOf, type Conflict } from '../domain/conflicts.js';
import { DataConflict, DataQuality, type DataQualityRepresentation } from '../schema/data-quality.type.js';

@Resolver(() => DataQuality)
export class DataQualityConflictsResolver {
  @FieldResolver(() => [DataConflict], {
    description:
      'Where the platforms disagree with the catalog or with each other on episodes, year, type and status. Read only from platform ' +
      'answers already in the cache, so it is empty until platform data for the anime has been fetched (by platformScores, ' +
      'synopsis, characters or another platform field, in an earlier request) and fills in after; it never calls a platform. ' +
      'A field of the platforms subgraph: it counts toward the enhanced quota like the other platform fields.',
  })
  @Directive('@requires(fields: "catalogEpisodes catalogYear catalogType catalogStatus platformIds { platform id }")')
  async conflicts(@Root() quality: DataQualityRepresentation, @Ctx() ctx: PlatformsContext): Promise<Conflict[]> {
    const ids = animeIds({ id: quality.animeId, platformIds: quality.platformIds });
    const facts = await cachedFacts(ctx.platforms, ids);
    return conflictsOf(
      { episodes: quality.catalogEpisodes, year: quality.catalogYear, type: quality.catalogType, status: quality.catalogStatus },
      facts,
    );
  }
}

/** The gateway hands over the key and the catalog's facts `conflicts` requires: nothing to look up. */
export const dataQualityReference = {
  DataQuality: {
    __resolveReference(reference: DataQualityRepresentation): DataQualityRepresentation {
      return reference;
    },
  },
};
