// The platform-neutral shape of the fixture; each fake renders it in its platform's own field names and scales.

export type SeasonName = 'winter' | 'spring' | 'summer' | 'fall';
export type Weekday = 'Mondays' | 'Tuesdays' | 'Wednesdays' | 'Thursdays' | 'Fridays' | 'Saturdays' | 'Sundays';
export type Language = 'Japanese' | 'English';

/** Ids of one person, character or anime on the platforms that know it. */
export interface EntityIds {
  mal: number;
  anilist: number;
  kitsu: number;
  anidb: number;
}

/** `japanese` names are romanised family-first where a platform does so (AniDB, AnimeSchedule natives). */
export interface FixtureName {
  given: string;
  family?: string;
  native?: string;
  japanese?: boolean;
}

export interface FixturePerson {
  name: FixtureName;
  ids: EntityIds;
  gender: 'male' | 'female';
}

export interface FixtureCharacter {
  name: FixtureName;
  ids: EntityIds;
  gender: 'male' | 'female' | 'unknown';
  description: string;
  /** Favourites on MAL; the other platforms' counts are derived from it. */
  favourites: number;
}

export interface FixtureCasting {
  character: FixtureCharacter;
  role: 'main' | 'supporting';
  voices: { person: FixturePerson; language: Language }[];
}

export interface FixtureStaff {
  person: FixturePerson;
  /** MAL wording ("Director", "Series Composition"); AniList and Kitsu use the same words. */
  positions: string[];
  /** AniDB's creator type for the same job ("Direction", "Music", "Original Work"). */
  anidbType: string;
}

export interface FixtureStudio {
  name: string;
  ids: { mal: number; anilist: number; anidb: number };
}

export interface FixtureCompany {
  name: string;
  mal: number;
}

export interface FixtureLink {
  name: string;
  url: string;
  /** Language of the site (AniList puts it on official sites only). */
  language?: string;
}

export interface FixtureStream {
  name: 'Crunchyroll' | 'Netflix' | 'Hulu' | 'Funimation' | 'HIDIVE';
  url: string;
  subs: string[];
  dubs: string[];
}

/** A recommendation of another anime; the target need not be in the fixture or even in the demo catalog. */
export interface FixtureRecommendation {
  mal: number;
  anilist: number;
  anidb?: number;
  title: string;
  /** MAL image path without extension, e.g. `anime/4/19644`. */
  image: string;
  /** MAL votes; AniList's agreement `rating` is derived from it. */
  votes: number;
  content: string;
  user: string;
  date: string;
}

export interface FixtureRelation {
  relation: 'Sequel' | 'Prequel' | 'Side story' | 'Parent story' | 'Adaptation' | 'Summary' | 'Alternative version';
  kind: 'anime' | 'manga';
  mal: number;
  title: string;
  anilist?: number;
  anidb?: number;
}

export interface FixtureEpisode {
  number: number;
  title: string;
  romaji?: string;
  native?: string;
  aired: string;
  anidbId: number;
}

/** Weekly slots of a running show, so timetables and schedules can place episodes in any week. */
export interface FixtureAiring {
  /** One known raw (Japanese TV) broadcast, in UTC; every other episode is a whole number of weeks away. */
  anchor: { episode: number; at: string };
  subDelayMinutes: number;
  /** The English dub runs this many episodes behind and airs this many minutes from the raw slot of its week. */
  dubLagEpisodes: number;
  dubOffsetMinutes: number;
}

export interface FixtureScores {
  mal: { score: number; scoredBy: number; rank: number; popularity: number; members: number; favorites: number };
  anilist: { averageScore: number; meanScore: number; popularity: number; favourites: number };
  /** Kitsu sends averageRating as a string percentage. */
  kitsu: { averageRating: string; userCount: number; favoritesCount: number; popularityRank: number; ratingRank: number };
  anidb: { permanent: number; permanentVotes: number; temporary: number; temporaryVotes: number; review: number | null; reviews: number };
  animeschedule: { averageScore: number; ratingCount: number; trackedCount: number; trackedRating: number };
}

export interface FixtureAnime {
  ids: { mal: number; anilist: number; kitsu: number; anidb: number };
  kitsuSlug: string;
  /** AnimeSchedule's route (its slug). */
  route: string;
  /** Entries sharing it come back together from AnimeSchedule's id filters, as the live API does. */
  franchise: string;
  titles: { romaji: string; english: string | null; native: string; synonyms: string[]; short?: string };
  format: 'TV' | 'Movie';
  episodes: number | null;
  durationMin: number;
  status: 'finished' | 'airing';
  aired: { from: string; to: string | null };
  season: { name: SeasonName; year: number };
  source: 'Original' | 'Manga' | 'Visual novel';
  ageRating: 'PG-13' | 'R';
  /** Plain text, paragraphs separated by a blank line. */
  synopsis: string;
  background: string | null;
  genres: string[];
  themes: string[];
  demographics: string[];
  /** AniDB tag names (looked up in the AniDB fake's tag table). */
  tags: string[];
  studios: FixtureStudio[];
  producers: FixtureCompany[];
  licensors: FixtureCompany[];
  broadcast: { day: Weekday; time: string } | null;
  trailer: string | null;
  images: { mal: string; anilist: string; anidb: string; animeschedule: string };
  scores: FixtureScores;
  cast: FixtureCasting[];
  staff: FixtureStaff[];
  recommendations: FixtureRecommendation[];
  relations: FixtureRelation[];
  streaming: FixtureStream[];
  external: FixtureLink[];
  theme: { openings: string[]; endings: string[] };
  episodeList: FixtureEpisode[];
  annId: number | null;
  airing: FixtureAiring | null;
  /** Release dates AnimeSchedule tracks besides the Japanese premiere (ISO UTC), null = unknown. */
  premieres: { sub: string | null; dub: string | null };
  /** False for an entry MyAnimeList has not approved yet: Jikan lists it only when asked with `unapproved`. Default true. */
  approved?: boolean;
}
