import { registerEnumType } from 'type-graphql';
import { AnimeStatus, AnimeType, Season } from '../../../lib/anime-kinds.js';
import { PLATFORM_DESCRIPTION, PLATFORM_VALUES } from '../../../lib/catalog-sites.js';
import { CatalogSite } from '../catalog/sites.js';

registerEnumType(CatalogSite, { name: 'Platform', description: PLATFORM_DESCRIPTION, valuesConfig: PLATFORM_VALUES });

export { AnimeStatus, AnimeType, CatalogSite, Season };
