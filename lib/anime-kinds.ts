// The kinds of anime the catalog tells apart (type, status, season), shared by every subgraph that
// filters anime by them, with their GraphQL names and descriptions.
import { registerEnumType } from 'type-graphql';

export enum AnimeType {
  TV = 'TV',
  MOVIE = 'MOVIE',
  OVA = 'OVA',
  ONA = 'ONA',
  SPECIAL = 'SPECIAL',
  UNKNOWN = 'UNKNOWN',
}
export enum AnimeStatus {
  FINISHED = 'FINISHED',
  ONGOING = 'ONGOING',
  UPCOMING = 'UPCOMING',
  UNKNOWN = 'UNKNOWN',
}
export enum Season {
  SPRING = 'SPRING',
  SUMMER = 'SUMMER',
  FALL = 'FALL',
  WINTER = 'WINTER',
  UNDEFINED = 'UNDEFINED',
}

registerEnumType(AnimeType, {
  name: 'AnimeType',
  description: 'Kind of release, as anime-offline-database classifies it.',
  valuesConfig: {
    TV: { description: 'A series broadcast on television.' },
    MOVIE: { description: 'A film.' },
    OVA: { description: 'Original video animation: released straight to video (DVD, Blu-ray) rather than broadcast.' },
    ONA: { description: 'Original net animation: released first on the internet (streaming, web).' },
    SPECIAL: { description: 'A special outside the regular series: a TV special, recap, bonus or extra episode.' },
    UNKNOWN: { description: 'The sites do not say.' },
  },
});
registerEnumType(AnimeStatus, {
  name: 'AnimeStatus',
  description: 'Airing status, as anime-offline-database recorded it for the served release (see catalogStats.lastUpdate).',
  valuesConfig: {
    FINISHED: { description: 'Has finished airing.' },
    ONGOING: { description: 'Was airing when the release was made.' },
    UPCOMING: { description: 'Announced, not aired yet when the release was made.' },
    UNKNOWN: { description: 'The sites do not say.' },
  },
});
registerEnumType(Season, {
  name: 'Season',
  description: 'Season of the year an anime first aired in; UNDEFINED when unknown.',
  valuesConfig: {
    SPRING: { description: 'First aired in spring.' },
    SUMMER: { description: 'First aired in summer.' },
    FALL: { description: 'First aired in fall (autumn).' },
    WINTER: { description: 'First aired in winter.' },
    UNDEFINED: { description: 'The season is unknown (the year may still be known).' },
  },
});
