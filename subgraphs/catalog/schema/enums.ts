import { registerEnumType } from 'type-graphql';
import { AnimeStatus, AnimeType, Season } from '../catalog/anime.js';
import { PLATFORM_DESCRIPTION } from '../../../lib/catalog-sites.js';
import { CatalogSite } from '../catalog/sites.js';

registerEnumType(AnimeType, { name: 'AnimeType', description: 'Kind of release, as anime-offline-database classifies it.' });
registerEnumType(AnimeStatus, { name: 'AnimeStatus' });
registerEnumType(Season, { name: 'Season', description: 'Season of the first airing; UNDEFINED when unknown.' });
registerEnumType(CatalogSite, { name: 'Platform', description: PLATFORM_DESCRIPTION });

export { AnimeStatus, AnimeType, CatalogSite, Season };
