import { registerEnumType } from 'type-graphql';
import { AnimeStatus, AnimeType, Season } from '../domain/anime.js';
import { Platform } from '../domain/platforms.js';

registerEnumType(AnimeType, { name: 'AnimeType', description: 'Kind of release, as anime-offline-database classifies it.' });
registerEnumType(AnimeStatus, { name: 'AnimeStatus' });
registerEnumType(Season, { name: 'Season', description: 'Season of the first airing; UNDEFINED when unknown.' });
registerEnumType(Platform, { name: 'Platform', description: 'A site that anime-offline-database cross-references.' });

export { AnimeStatus, AnimeType, Platform, Season };
