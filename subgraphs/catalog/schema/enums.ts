import { registerEnumType } from 'type-graphql';
import { AnimeStatus, AnimeType, Season } from '../domain/anime.js';
import { PLATFORM_DESCRIPTION } from '../../../lib/catalog-platform.js';
import { Platform } from '../domain/platforms.js';

registerEnumType(AnimeType, { name: 'AnimeType', description: 'Kind of release, as anime-offline-database classifies it.' });
registerEnumType(AnimeStatus, { name: 'AnimeStatus' });
registerEnumType(Season, { name: 'Season', description: 'Season of the first airing; UNDEFINED when unknown.' });
registerEnumType(Platform, { name: 'Platform', description: PLATFORM_DESCRIPTION });

export { AnimeStatus, AnimeType, Platform, Season };
