import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Anime as AnimeRecord } from '../catalog/anime.js';
import { completenessOf, qualityOf, type QualityStats } from '../catalog/data-quality.js';
import type { CatalogStats as CatalogStatsRecord } from '../catalog/stats.js';
import type { CatalogContext } from '../context.js';
import { Anime } from '../schema/anime.type.js';
import { CatalogStats } from '../schema/catalog-stats.type.js';
import { CatalogQuality, DATA_QUALITY_DESCRIPTION, DataQuality } from '../schema/data-quality.type.js';

@Resolver(() => Anime)
export class DataQualityResolver {
  @FieldResolver(() => DataQuality, { description: DATA_QUALITY_DESCRIPTION })
  dataQuality(@Root() anime: AnimeRecord, @Ctx() ctx: CatalogContext): DataQuality {
    // The served catalog's figures when the anime is in it (the usual case), else computed for this record alone.
    const { score, missing } = qualityOf(ctx.store.snapshot().catalog).byId.get(anime.id) ?? completenessOf(anime);
    return {
      animeId: anime.id,
      score,
      missing,
      catalogEpisodes: anime.episodes,
      catalogYear: anime.year,
      catalogType: anime.type,
      catalogStatus: anime.status,
      platformIds: anime.platformIds,
    };
  }
}

@Resolver(() => CatalogStats)
export class CatalogQualityResolver {
  @FieldResolver(() => CatalogQuality, {
    description: 'How complete the served records are (Anime.dataQuality.score): the distribution, the mean and the most common gaps.',
  })
  quality(@Root() _stats: CatalogStatsRecord, @Ctx() ctx: CatalogContext): QualityStats {
    return qualityOf(ctx.store.snapshot().catalog);
  }
}

/** DataQuality by its key, for a subgraph that hands one over (none does today: each reaches it through Anime). */
export const dataQualityReference = {
  DataQuality: {
    async __resolveReference(reference: { animeId: string }, ctx: CatalogContext): Promise<DataQuality | null> {
      const anime = await ctx.animeById.load(reference.animeId);
      return anime && new DataQualityResolver().dataQuality(anime, ctx);
    },
  },
};
