import { registerEnumType } from 'type-graphql';
import { AnimeStatus, AnimeType, Season } from '../../../lib/anime-kinds.js';
import { PLATFORM_DESCRIPTION, PLATFORM_VALUES } from '../../../lib/catalog-sites.js';
import { AnimeOrder } from '../catalog/listing.js';
import { CatalogSite } from '../catalog/sites.js';

registerEnumType(CatalogSite, { name: 'Platform', description: PLATFORM_DESCRIPTION, valuesConfig: PLATFORM_VALUES });

registerEnumType(AnimeOrder, {
  name: 'AnimeOrder',
  description: 'The order of a list of anime.',
  valuesConfig: {
    TITLE: { description: 'Catalog order: by main title.' },
    SCORE: { description: 'Best catalog score (arithmetic-geometric mean) first; anime without a score last.' },
  },
});

export { AnimeOrder, AnimeStatus, AnimeType, CatalogSite, Season };
