import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  join__FieldValue: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** RAW: the Japanese broadcast; SUB and DUB: the English subtitled and dubbed releases. */
export type AirType =
  | 'ALL'
  | 'DUB'
  | 'RAW'
  | 'SUB';

/** An anime from the catalog (anime-offline-database). */
export type Anime = {
  __typename?: 'Anime';
  /** From MyAnimeList, else AniList, Kitsu or AniDB. */
  characters: Array<AnimeCharacter>;
  /** The platform calls behind this anime's other fields in this response (asked alone: each platform's main record). */
  dataSources: Array<DataSource>;
  duration: Maybe<Duration>;
  /** 0 when unknown. */
  episodes: Scalars['Int']['output'];
  /** Official sites and other pages, from MyAnimeList, AniList and AniDB; a platform that failed is a null item with an error. */
  externalLinks: Array<Maybe<ExternalLink>>;
  /** Stable AniGraph id, from the preferred platform id: "mal-16498". */
  id: Scalars['ID']['output'];
  /** English synopsis from ANIME_SYNOPSES_PATH, where the catalog has one. */
  localSynopsis: Maybe<Scalars['String']['output']>;
  picture: Scalars['String']['output'];
  /** The platform ids parsed from `sources`. */
  platformIds: Array<PlatformId>;
  /** What MyAnimeList's users recommend with it (else AniList's), linked to the catalog where it has the anime. */
  platformRecommendations: Array<PlatformRecommendation>;
  /** Each platform's score; a platform that failed is a null item with an error (extensions.code, extensions.source). */
  platformScores: Array<Maybe<PlatformScore>>;
  producers: Array<Scalars['String']['output']>;
  /** Mean, median, spread and outliers of the normalized scores; null when no platform has a score. */
  ratingAnalysis: Maybe<RatingAnalysis>;
  /** The related anime that are in the catalog. */
  related: Array<Anime>;
  /** URLs of related anime on the platforms, as the catalog lists them. */
  relatedAnime: Array<Scalars['String']['output']>;
  score: Maybe<AnimeScore>;
  season: Season;
  /** URLs of this anime's pages on the platforms. */
  sources: Array<Scalars['String']['output']>;
  /** From MyAnimeList, else AniList, Kitsu or AniDB. */
  staff: Array<StaffCredit>;
  status: AnimeStatus;
  /** Where to watch it, from MyAnimeList, AniList and Kitsu; a platform that failed is a null item with an error. */
  streamingLinks: Array<Maybe<StreamingLink>>;
  studios: Array<Scalars['String']['output']>;
  /** Alternative titles, in any language. */
  synonyms: Array<Scalars['String']['output']>;
  /** The synopsis: the catalog's own where it has one, else MyAnimeList's, AniList's or Kitsu's. */
  synopsis: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  thumbnail: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** From MyAnimeList, else AniList or Kitsu. */
  trailer: Maybe<Trailer>;
  type: AnimeType;
  year: Maybe<Scalars['Int']['output']>;
};


/** An anime from the catalog (anime-offline-database). */
export type AnimeCharactersArgs = {
  first?: Scalars['Int']['input'];
};


/** An anime from the catalog (anime-offline-database). */
export type AnimePlatformRecommendationsArgs = {
  first?: Scalars['Int']['input'];
};


/** An anime from the catalog (anime-offline-database). */
export type AnimeStaffArgs = {
  first?: Scalars['Int']['input'];
};

export type AnimeCharacter = {
  __typename?: 'AnimeCharacter';
  image: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Main, Supporting, ... as the platform says. */
  role: Maybe<Scalars['String']['output']>;
  source: ExternalPlatform;
  url: Maybe<Scalars['String']['output']>;
  voiceActors: Array<VoiceActor>;
};

/** A page of anime in catalog order (by title). */
export type AnimeConnection = {
  __typename?: 'AnimeConnection';
  edges: Array<AnimeEdge>;
  /** The same anime as `edges`, without cursors. */
  nodes: Array<Anime>;
  pageInfo: PageInfo;
  /** How many anime match the filter in all: paging to the end returns exactly these. */
  totalCount: Scalars['Int']['output'];
};

export type AnimeEdge = {
  __typename?: 'AnimeEdge';
  cursor: Scalars['String']['output'];
  node: Anime;
};

/** Restricts a listing or a search; every criterion given must hold. */
export type AnimeFilter = {
  /** Number of episodes. */
  episodes?: InputMaybe<IntRange>;
  /** Catalog score (arithmetic-geometric mean, 1-10). */
  score?: InputMaybe<FloatRange>;
  /** Any of these seasons. */
  season?: InputMaybe<Array<Season>>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<AnimeStatus>>;
  /** Made by any of these studios (case-insensitive). */
  studios?: InputMaybe<Array<Scalars['String']['input']>>;
  tags?: InputMaybe<TagFilter>;
  /** Any of these types. */
  type?: InputMaybe<Array<AnimeType>>;
  /** Year of the first airing. */
  year?: InputMaybe<IntRange>;
};

/** AnimeSchedule: search, anime by slug, and the weekly timetables. */
export type AnimeScheduleQueries = {
  __typename?: 'AnimeScheduleQueries';
  /** One anime by its AnimeSchedule slug (NOT_FOUND when it has none). */
  anime: Maybe<ScheduleAnime>;
  /** Anime by title and filters, best first by `sort`. */
  search: Maybe<ScheduleAnimeResults>;
  /** A week's episodes, in airing order. */
  timetables: Maybe<Array<TimetableEpisode>>;
};


/** AnimeSchedule: search, anime by slug, and the weekly timetables. */
export type AnimeScheduleQueriesAnimeArgs = {
  slug: Scalars['String']['input'];
};


/** AnimeSchedule: search, anime by slug, and the weekly timetables. */
export type AnimeScheduleQueriesSearchArgs = {
  airingStatus?: InputMaybe<Array<ScheduleAiringStatus>>;
  genres?: InputMaybe<Array<Scalars['String']['input']>>;
  genresMatch?: MatchMode;
  limit?: Scalars['Int']['input'];
  mediaTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  season?: InputMaybe<ScheduleSeason>;
  sort?: ScheduleSort;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  studios?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** AnimeSchedule: search, anime by slug, and the weekly timetables. */
export type AnimeScheduleQueriesTimetablesArgs = {
  airType?: AirType;
  timezone?: InputMaybe<Scalars['String']['input']>;
  week?: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Aggregated score over the platforms, on a 1-10 scale. */
export type AnimeScore = {
  __typename?: 'AnimeScore';
  arithmeticGeometricMean: Scalars['Float']['output'];
  arithmeticMean: Scalars['Float']['output'];
  median: Scalars['Float']['output'];
};

export type AnimeStatus =
  | 'FINISHED'
  | 'ONGOING'
  | 'UNKNOWN'
  | 'UPCOMING';

/** Kind of release, as anime-offline-database classifies it. */
export type AnimeType =
  | 'MOVIE'
  | 'ONA'
  | 'OVA'
  | 'SPECIAL'
  | 'TV'
  | 'UNKNOWN';

/** A platform's circuit breaker: OPEN fails calls at once, HALF_OPEN lets one try. */
export type BreakerState =
  | 'CLOSED'
  | 'HALF_OPEN'
  | 'OPEN';

/** Where an answer came from: this process (L1), Redis shared by all instances (L2), or the platform itself. */
export type CacheTier =
  | 'L1'
  | 'L2'
  | 'ORIGIN';

export type CacheTierStats = {
  __typename?: 'CacheTierStats';
  hits: Scalars['Int']['output'];
  misses: Scalars['Int']['output'];
};

/** An anime known by its id on a platform; `anime` is null when the catalog does not have it. */
export type CatalogEntry = {
  __typename?: 'CatalogEntry';
  anime: Maybe<Anime>;
  id: Scalars['String']['output'];
  platform: Platform;
};

/** A catalog that was refused because it holds far fewer anime than the served one. */
export type CatalogRefusal = {
  __typename?: 'CatalogRefusal';
  at: Scalars['DateTimeISO']['output'];
  /** Valid anime in the refused catalog. */
  entries: Scalars['Int']['output'];
  /** Why, and how to serve it anyway. */
  reason: Scalars['String']['output'];
  /** Anime served when it was refused. */
  servedEntries: Maybe<Scalars['Int']['output']>;
  /** The file or URL it came from. */
  source: Scalars['String']['output'];
};

/** A catalog entry that failed validation and is not served. */
export type CatalogRejection = {
  __typename?: 'CatalogRejection';
  /** Position in the file's data array (0-based). */
  index: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
};

export type CatalogStats = {
  __typename?: 'CatalogStats';
  /** By decade of the first airing ("1990s"), "unknown" without a year. */
  byDecade: Array<CountByKey>;
  byStatus: Array<CountByKey>;
  byType: Array<CountByKey>;
  /** The release file served: ANIME_DB_PATH, or the demo catalog when there is none. */
  file: Scalars['String']['output'];
  /** The last catalog refused because it shrank too much (null once a newer one serves): the served one stayed. */
  lastRefusal: Maybe<CatalogRefusal>;
  /** The release date the served release states (YYYY-MM-DD). */
  lastUpdate: Maybe<Scalars['String']['output']>;
  /** When this server loaded the catalog. */
  loadedAt: Scalars['DateTimeISO']['output'];
  /** Entries of the file that failed validation. */
  rejected: Scalars['Int']['output'];
  /** The first rejected entries (up to 200) and why. */
  rejections: Array<CatalogRejection>;
  /** Most frequent tags first. */
  topTags: Array<CountByKey>;
  /** Anime served. */
  total: Scalars['Int']['output'];
  /** The in-process update: its last check and its outcome, and the next one. */
  updates: CatalogUpdates;
};


export type CatalogStatsTopTagsArgs = {
  first?: Scalars['Int']['input'];
};

/** The in-process catalog update (CATALOG_UPDATE_INTERVAL). */
export type CatalogUpdates = {
  __typename?: 'CatalogUpdates';
  /** False when CATALOG_UPDATE_INTERVAL is 0. */
  enabled: Scalars['Boolean']['output'];
  /** Seconds between checks. */
  intervalSeconds: Scalars['Int']['output'];
  /** The last check since this server started; null before the first. */
  lastCheck: Maybe<UpdateCheck>;
  /** When the next check is due; null when updates are off. */
  nextCheckAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the release is asked for (ANIME_DB_URL). */
  url: Scalars['String']['output'];
};

/** A MyAnimeList user's recommendation: if you liked one, watch the other. */
export type CommunityRecommendation = {
  __typename?: 'CommunityRecommendation';
  content: Maybe<Scalars['String']['output']>;
  date: Maybe<Scalars['String']['output']>;
  entries: Array<JikanAnimeRef>;
  id: Scalars['String']['output'];
  user: Maybe<Scalars['String']['output']>;
};

export type CommunityRecommendationPage = {
  __typename?: 'CommunityRecommendationPage';
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<CommunityRecommendation>;
  page: Scalars['Int']['output'];
};

export type CountByKey = {
  __typename?: 'CountByKey';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

/** Which platform answered for this anime in this response, from where, and how fresh. */
export type DataSource = {
  __typename?: 'DataSource';
  ageSeconds: Maybe<Scalars['Int']['output']>;
  cacheTier: Maybe<CacheTier>;
  error: Maybe<SourceError>;
  /** When the platform gave the data. */
  fetchedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The fields of this response it supplied. */
  fields: Array<Scalars['String']['output']>;
  platform: ExternalPlatform;
  /** What was asked of it: anime, characters, staff, streaming links, ... */
  resource: Scalars['String']['output'];
  /** Older than its cache TTL: served while it is refreshed, or because the platform failed. */
  stale: Scalars['Boolean']['output'];
  /** revalidating or upstream-failed, when stale. */
  staleReason: Maybe<Scalars['String']['output']>;
  state: SourceState;
};

/** Length of one episode. */
export type Duration = {
  __typename?: 'Duration';
  minutes: Scalars['Float']['output'];
  seconds: Scalars['Int']['output'];
};

export type ExternalLink = {
  __typename?: 'ExternalLink';
  site: Scalars['String']['output'];
  sources: Array<ExternalPlatform>;
  url: Scalars['String']['output'];
};

/** A platform AniGraph reads live. MYANIMELIST is read through Jikan, its unofficial API. */
export type ExternalPlatform =
  | 'ANIDB'
  | 'ANILIST'
  | 'ANIMESCHEDULE'
  | 'KITSU'
  | 'MYANIMELIST';

/** Inclusive range; either end may be left open. */
export type FloatRange = {
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** Inclusive integer range; either end may be left open. */
export type IntRange = {
  max?: InputMaybe<Scalars['Int']['input']>;
  min?: InputMaybe<Scalars['Int']['input']>;
};

/** An anime as MyAnimeList (through Jikan) describes it. */
export type JikanAnime = {
  __typename?: 'JikanAnime';
  /** Broadcast slot as MyAnimeList writes it: "Saturdays at 01:25 (JST)". */
  broadcast: Maybe<Scalars['String']['output']>;
  /** Its entry in the catalog: `anime` there is null when the catalog does not have it. */
  catalog: Maybe<CatalogEntry>;
  episodes: Maybe<Scalars['Int']['output']>;
  genres: Array<Scalars['String']['output']>;
  image: Maybe<Scalars['String']['output']>;
  malId: Scalars['Int']['output'];
  members: Maybe<Scalars['Int']['output']>;
  popularity: Maybe<Scalars['Int']['output']>;
  rank: Maybe<Scalars['Int']['output']>;
  /** 1-10. */
  score: Maybe<Scalars['Float']['output']>;
  scoredBy: Maybe<Scalars['Int']['output']>;
  season: Maybe<Scalars['String']['output']>;
  status: Maybe<Scalars['String']['output']>;
  studios: Array<Scalars['String']['output']>;
  synopsis: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  titleEnglish: Maybe<Scalars['String']['output']>;
  type: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
  year: Maybe<Scalars['Int']['output']>;
};

export type JikanAnimePage = {
  __typename?: 'JikanAnimePage';
  /** Where this answer came from (cache tier, age). */
  dataSource: DataSource;
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<JikanAnime>;
  lastPage: Scalars['Int']['output'];
  page: Scalars['Int']['output'];
  /** Items in all pages, where Jikan says. */
  total: Maybe<Scalars['Int']['output']>;
};

export type JikanAnimeRef = {
  __typename?: 'JikanAnimeRef';
  /** Its entry in the catalog: `anime` there is null when the catalog does not have it. */
  catalog: Maybe<CatalogEntry>;
  malId: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type JikanAnimeType =
  | 'MOVIE'
  | 'MUSIC'
  | 'ONA'
  | 'OVA'
  | 'SPECIAL'
  | 'TV';

/** Broadcast day; UNKNOWN and OTHER (not weekly) as MyAnimeList files them. */
export type JikanDay =
  | 'FRIDAY'
  | 'MONDAY'
  | 'OTHER'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'UNKNOWN'
  | 'WEDNESDAY';

export type JikanGenre = {
  __typename?: 'JikanGenre';
  /** Anime with this genre. */
  count: Scalars['Int']['output'];
  malId: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type JikanGenreFilter =
  | 'DEMOGRAPHICS'
  | 'EXPLICIT_GENRES'
  | 'GENRES'
  | 'THEMES';

/** MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more. */
export type JikanQueries = {
  __typename?: 'JikanQueries';
  /** An anime's characters and their voice actors. */
  characters: Maybe<Array<AnimeCharacter>>;
  /** MyAnimeList's genres, themes or demographics, with how many anime each has. */
  genres: Maybe<Array<JikanGenre>>;
  /** A random anime (never cached). */
  randomAnime: Maybe<JikanAnime>;
  /** MyAnimeList users' latest recommendations. */
  recentRecommendations: Maybe<CommunityRecommendationPage>;
  /** What MyAnimeList's users recommend with an anime. */
  recommendations: Maybe<Array<PlatformRecommendation>>;
  /** What airs on a day of the week. */
  schedules: Maybe<JikanAnimePage>;
  /** The anime of a season. */
  season: Maybe<JikanAnimePage>;
  /** An anime's staff and their positions. */
  staff: Maybe<Array<StaffCredit>>;
  /** Top anime, by score unless a filter says otherwise. */
  topAnime: Maybe<JikanAnimePage>;
};


/** MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more. */
export type JikanQueriesCharactersArgs = {
  malId: Scalars['Int']['input'];
};


/** MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more. */
export type JikanQueriesGenresArgs = {
  filter?: InputMaybe<JikanGenreFilter>;
};


/** MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more. */
export type JikanQueriesRecentRecommendationsArgs = {
  page?: Scalars['Int']['input'];
};


/** MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more. */
export type JikanQueriesRecommendationsArgs = {
  malId: Scalars['Int']['input'];
};


/** MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more. */
export type JikanQueriesSchedulesArgs = {
  day?: InputMaybe<JikanDay>;
  kids?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: Scalars['Int']['input'];
  page?: Scalars['Int']['input'];
  sfw?: InputMaybe<Scalars['Boolean']['input']>;
};


/** MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more. */
export type JikanQueriesSeasonArgs = {
  continuing?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<JikanAnimeType>;
  limit?: Scalars['Int']['input'];
  page?: Scalars['Int']['input'];
  season: JikanSeason;
  sfw?: InputMaybe<Scalars['Boolean']['input']>;
  year: Scalars['Int']['input'];
};


/** MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more. */
export type JikanQueriesStaffArgs = {
  malId: Scalars['Int']['input'];
};


/** MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more. */
export type JikanQueriesTopAnimeArgs = {
  filter?: InputMaybe<JikanTopFilter>;
  limit?: Scalars['Int']['input'];
  page?: Scalars['Int']['input'];
  rating?: InputMaybe<JikanRating>;
  sfw?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<JikanAnimeType>;
};

/** Age rating: G all ages ... RX hentai. */
export type JikanRating =
  | 'G'
  | 'PG'
  | 'PG13'
  | 'R'
  | 'R17'
  | 'RX';

export type JikanSeason =
  | 'FALL'
  | 'SPRING'
  | 'SUMMER'
  | 'WINTER';

/** Which top list: airing now, upcoming, by popularity (members), or by favorites. */
export type JikanTopFilter =
  | 'AIRING'
  | 'BYPOPULARITY'
  | 'FAVORITE'
  | 'UPCOMING';

export type Latency = {
  __typename?: 'Latency';
  p50: Maybe<Scalars['Int']['output']>;
  p95: Maybe<Scalars['Int']['output']>;
  /** Requests the percentiles are over (the last 200). */
  samples: Scalars['Int']['output'];
};

/** Whether an anime must have all the genres given, or any of them. */
export type MatchMode =
  | 'ALL'
  | 'ANY';

/** A platform whose score is missing from an analysis, and why. */
export type MissingScore = {
  __typename?: 'MissingScore';
  /** The error code (UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, ...) when it failed. */
  code: Maybe<Scalars['String']['output']>;
  platform: ExternalPlatform;
  state: SourceState;
};

/** Where a page stands in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** More items follow: pass `endCursor` as `after` for them. False on the last page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items come before this page (it was asked with `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A site that anime-offline-database cross-references. */
export type Platform =
  | 'ANIDB'
  | 'ANILIST'
  | 'ANIMECOUNTDOWN'
  | 'ANIMENEWSNETWORK'
  | 'ANIME_PLANET'
  | 'ANISEARCH'
  | 'KITSU'
  | 'LIVECHART'
  | 'MYANIMELIST'
  | 'SIMKL';

/** The platform cache's hits and misses per tier since this instance started. */
export type PlatformCacheStats = {
  __typename?: 'PlatformCacheStats';
  l1: CacheTierStats;
  l2: CacheTierStats;
  /** Whether Redis (L2) is connected now. */
  l2Available: Scalars['Boolean']['output'];
  originFailures: Scalars['Int']['output'];
  /** Loads from the platforms themselves. */
  originLoads: Scalars['Int']['output'];
  /** Answers served stale (while refreshing, or because the platform failed). */
  staleServed: Scalars['Int']['output'];
};

export type PlatformFailure = {
  __typename?: 'PlatformFailure';
  at: Scalars['DateTimeISO']['output'];
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** An anime's id on another platform. */
export type PlatformId = {
  __typename?: 'PlatformId';
  /** The platform's own id (a number, or a slug for anime-planet). */
  id: Scalars['String']['output'];
  platform: Platform;
  url: Scalars['String']['output'];
};

/** Another anime a platform's users recommend with this one. */
export type PlatformRecommendation = {
  __typename?: 'PlatformRecommendation';
  /** Its entry in the catalog: `anime` there is null when the catalog does not have it. */
  catalog: Maybe<CatalogEntry>;
  source: ExternalPlatform;
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
  /** Votes (MyAnimeList) or rating (AniList) behind the recommendation. */
  votes: Maybe<Scalars['Int']['output']>;
};

/** One platform's score for an anime, on its own scale and on 0-10. Never blended. */
export type PlatformScore = {
  __typename?: 'PlatformScore';
  /** The score on 0-10: score / scale * 10. */
  normalized: Scalars['Float']['output'];
  platform: ExternalPlatform;
  /** The top of the platform's scale (10 or 100). */
  scale: Scalars['Float']['output'];
  /** The score as the platform gives it (MyAnimeList 1-10, AniList 0-100, Kitsu 0-100 %, AniDB 1-10, AnimeSchedule 0-100). */
  score: Scalars['Float']['output'];
  /** The anime's page on the platform. */
  url: Maybe<Scalars['String']['output']>;
  /** How many votes the score stands on, where the platform says. */
  votes: Maybe<Scalars['Int']['output']>;
};

/** How a platform is doing, as this instance sees it. */
export type PlatformStatus = {
  __typename?: 'PlatformStatus';
  breaker: BreakerState;
  /** False when it needs credentials that are not configured; it is then never called. */
  configured: Scalars['Boolean']['output'];
  /** recentFailures / recentRequests (0 without requests). */
  errorRate: Scalars['Float']['output'];
  lastError: Maybe<PlatformFailure>;
  latencyMs: Latency;
  /** What to set to use it, when not configured. */
  note: Maybe<Scalars['String']['output']>;
  platform: ExternalPlatform;
  quota: Array<QuotaWindow>;
  recentFailures: Scalars['Int']['output'];
  /** Requests in the last minute. */
  recentRequests: Scalars['Int']['output'];
  /** Seconds until an open breaker lets a request through again. */
  retryAfterSeconds: Maybe<Scalars['Int']['output']>;
  /** Whether the quota is kept in Redis, shared by every instance. */
  sharedQuota: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One anime by its AniGraph id; null when unknown. */
  anime: Maybe<Anime>;
  /** An anime by its id on a platform: (MYANIMELIST, "16498"). */
  animeBySource: Maybe<Anime>;
  /** AnimeSchedule (needs ANIMESCHEDULE_TOKEN). */
  animeSchedule: AnimeScheduleQueries;
  /** Anime in catalog order (by title), filtered, a page at a time. */
  animes: AnimeConnection;
  /** Several anime by id, in the order asked (null where unknown). */
  animesByIds: Array<Maybe<Anime>>;
  /** Several anime by their ids on one platform, in the order asked. */
  animesBySource: Array<Maybe<Anime>>;
  /** What the served catalog holds, what its load rejected, and how it is kept up to date. */
  catalogStats: CatalogStats;
  /** MyAnimeList, read through Jikan. */
  jikan: JikanQueries;
  /** Hits and misses of the platform cache, per tier. */
  platformCache: PlatformCacheStats;
  /** Each platform's circuit breaker, recent error rate, latency and remaining quota. */
  platformStatus: Array<PlatformStatus>;
  /** What to watch next: like the liked anime, unlike the disliked ones. */
  recommendations: Array<Suggestion>;
  /** Finds anime by title (typo tolerant, exact and prefix first) and by what they are about (tags, synopsis, meaning). */
  search: SearchResult;
  /** Which search modes are available now, and why not more. */
  searchStatus: SearchStatus;
  /** Anime like this one, by story and tags; never the anime itself. */
  similar: Array<Suggestion>;
};


export type QueryAnimeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnimeBySourceArgs = {
  id: Scalars['String']['input'];
  platform: Platform;
};


export type QueryAnimesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAnimesByIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryAnimesBySourceArgs = {
  ids: Array<Scalars['String']['input']>;
  platform: Platform;
};


export type QueryRecommendationsArgs = {
  disliked?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<AnimeFilter>;
  first?: Scalars['Int']['input'];
  liked: Array<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnimeFilter>;
  first?: Scalars['Int']['input'];
  mode?: SearchMode;
  query: Scalars['String']['input'];
};


export type QuerySimilarArgs = {
  excludeSameFranchise?: Scalars['Boolean']['input'];
  filter?: InputMaybe<AnimeFilter>;
  first?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type QuotaWindow = {
  __typename?: 'QuotaWindow';
  limit: Scalars['Int']['output'];
  /** Requests left in this window (across every instance when the quota is shared). */
  remaining: Maybe<Scalars['Int']['output']>;
  windowSeconds: Scalars['Float']['output'];
};

/** How the platforms agree on an anime, from their normalized (0-10) scores. */
export type RatingAnalysis = {
  __typename?: 'RatingAnalysis';
  /** 1 when the platforms agree exactly, 0 when their scores spread by 2 points (standard deviation) or more. */
  consistency: Scalars['Float']['output'];
  mean: Scalars['Float']['output'];
  median: Scalars['Float']['output'];
  /** Platforms without a score here: not listing the anime, failing, or not configured. */
  missing: Array<MissingScore>;
  /** Scores far from the others: more than 1 point and 2.5 median absolute deviations from the median (with 3 or more platforms). */
  outliers: Array<PlatformScore>;
  scores: Array<PlatformScore>;
  /** Population standard deviation of the normalized scores. */
  standardDeviation: Scalars['Float']['output'];
};

export type ScheduleAiringStatus =
  | 'FINISHED'
  | 'ONGOING'
  | 'UPCOMING';

/** An anime as AnimeSchedule describes it. */
export type ScheduleAnime = {
  __typename?: 'ScheduleAnime';
  /** Its entry in the catalog: `anime` there is null when the catalog does not have it. */
  catalog: Maybe<CatalogEntry>;
  english: Maybe<Scalars['String']['output']>;
  episodes: Maybe<Scalars['Int']['output']>;
  genres: Array<Scalars['String']['output']>;
  image: Maybe<Scalars['String']['output']>;
  lengthMinutes: Maybe<Scalars['Int']['output']>;
  mediaTypes: Array<Scalars['String']['output']>;
  native: Maybe<Scalars['String']['output']>;
  /** First Japanese airing (ISO date-time). */
  premiere: Maybe<Scalars['String']['output']>;
  ratingCount: Maybe<Scalars['Int']['output']>;
  romaji: Maybe<Scalars['String']['output']>;
  /** AnimeSchedule's users' score, 0-100. */
  score: Maybe<Scalars['Float']['output']>;
  /** AnimeSchedule's slug (its `route`). */
  slug: Scalars['String']['output'];
  sources: Array<Scalars['String']['output']>;
  /** Finished, Ongoing, Upcoming or Delayed. */
  status: Maybe<Scalars['String']['output']>;
  streams: Array<StreamingLink>;
  studios: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Its pages on MyAnimeList, AniList, Kitsu, AniDB and its official site. */
  websites: Array<ExternalLink>;
};

export type ScheduleAnimeResults = {
  __typename?: 'ScheduleAnimeResults';
  dataSource: DataSource;
  items: Array<ScheduleAnime>;
  /** Anime matching, in all pages. */
  total: Scalars['Int']['output'];
};

export type ScheduleSeason =
  | 'FALL'
  | 'SPRING'
  | 'SUMMER'
  | 'WINTER';

export type ScheduleSort =
  | 'ALPHABETIC'
  | 'POPULARITY'
  | 'RELEASE_DATE'
  | 'SCORE';

export type SearchBuildProgress = {
  __typename?: 'SearchBuildProgress';
  done: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  anime: Anime;
  components: SearchScoreComponents;
  /** What matched: title, synonyms, tags, synopsis, or "(meaning)" for semantic matches. */
  matchedFields: Array<Scalars['String']['output']>;
  /** The title or synonym that matched best. */
  matchedName: Maybe<Scalars['String']['output']>;
  /** Higher is better; comparable within one result only. */
  score: Scalars['Float']['output'];
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Pass as `after` for the hits that follow this one. */
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SearchMode =
  | 'HYBRID'
  | 'LEXICAL'
  | 'SEMANTIC';

export type SearchResult = {
  __typename?: 'SearchResult';
  edges: Array<SearchHitEdge>;
  /** Pass as `after` for the next page; null on the last page (pageInfo.endCursor when hasNextPage). */
  endCursor: Maybe<Scalars['String']['output']>;
  /** The hits of this page, best first (the same as `edges`, without cursors). */
  hits: Array<SearchHit>;
  /** The mode the hits were ranked in: LEXICAL when semantic search was asked for but is unavailable. */
  mode: SearchMode;
  pageInfo: PageInfo;
  /** How many hits the ranking found in all (the best candidates of each signal): paging to the end returns exactly these. */
  totalCount: Scalars['Int']['output'];
  /** Why the answer is not what was asked for, if it is not. */
  warnings: Array<Scalars['String']['output']>;
};

/** The signals a hit was ranked by, each in [0, 1]. */
export type SearchScoreComponents = {
  __typename?: 'SearchScoreComponents';
  /** Word match (BM25) over tags and synopsis, 1 for the best candidate. */
  lexical: Scalars['Float']['output'];
  /** Prior from the catalog alone: sites listing it, its score, its type. */
  prior: Scalars['Float']['output'];
  /** Closeness in meaning: best cosine to the synopsis, a synopsis sentence or a title. */
  semantic: Scalars['Float']['output'];
  /** Similarity of the query to the best-matching title or synonym (typo tolerant). */
  title: Scalars['Float']['output'];
  /** Word match (BM25) over titles and synonyms, 1 for the best candidate. */
  titleWords: Scalars['Float']['output'];
};

/** What search can do right now, and why not more. */
export type SearchStatus = {
  __typename?: 'SearchStatus';
  dimensions: Maybe<Scalars['Int']['output']>;
  /** Anime with vectors. */
  indexedAnime: Scalars['Int']['output'];
  /** Texts the last build had to embed (the others came from the disk cache). */
  lastBuildEmbedded: Maybe<Scalars['Int']['output']>;
  lastBuildSeconds: Maybe<Scalars['Float']['output']>;
  /** The best mode available now: HYBRID once the semantic index is built, else LEXICAL. */
  mode: SearchMode;
  model: Maybe<Scalars['String']['output']>;
  /** Texts embedded so far by the build under way. */
  progress: Maybe<SearchBuildProgress>;
  /** Why search is not (yet) semantic. */
  reason: Maybe<Scalars['String']['output']>;
  /** DISABLED, LOADING_MODEL, BUILDING, READY or FAILED. */
  semanticState: Scalars['String']['output'];
  /** embedded or qdrant. */
  vectorStore: Scalars['String']['output'];
  /** Tags and synopses are searchable by word (built in the background after a catalog loads). */
  wordIndexReady: Scalars['Boolean']['output'];
};

/** Season of the first airing; UNDEFINED when unknown. */
export type Season =
  | 'FALL'
  | 'SPRING'
  | 'SUMMER'
  | 'UNDEFINED'
  | 'WINTER';

/** The error of a platform that failed. */
export type SourceError = {
  __typename?: 'SourceError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** What a platform answered for an anime. */
export type SourceState =
  | 'ANSWERED'
  | 'FAILED'
  | 'NOT_CONFIGURED'
  | 'NOT_LISTED';

export type StaffCredit = {
  __typename?: 'StaffCredit';
  name: Scalars['String']['output'];
  /** Director, Music, ... */
  roles: Array<Scalars['String']['output']>;
  source: ExternalPlatform;
  url: Maybe<Scalars['String']['output']>;
};

/** Where to watch it; one entry per URL, with every platform that lists it. */
export type StreamingLink = {
  __typename?: 'StreamingLink';
  /** Dub languages, where the platform says. */
  dubs: Array<Scalars['String']['output']>;
  site: Scalars['String']['output'];
  sources: Array<ExternalPlatform>;
  /** Subtitle languages, where the platform says. */
  subtitles: Array<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

/** An anime suggested by similar() or recommendations(), with why. */
export type Suggestion = {
  __typename?: 'Suggestion';
  anime: Anime;
  /** The liked anime it is closest to. */
  because: Anime;
  /** Why, in words: "shares tags space, action with Cowboy Bebop". */
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
  sharedTags: Array<Scalars['String']['output']>;
  /** Cosine of its synopsis to the liked anime; null without semantic vectors. */
  storySimilarity: Maybe<Scalars['Float']['output']>;
};

/** Tag criteria (case-insensitive); all given lists must hold. */
export type TagFilter = {
  /** The anime has every one of these tags. */
  allOf?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The anime has at least one of these tags. */
  anyOf?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The anime has none of these tags. */
  noneOf?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An episode in a week of the timetable. */
export type TimetableEpisode = {
  __typename?: 'TimetableEpisode';
  airType: AirType;
  /** airing, aired, unaired or delayed-air. */
  airingStatus: Maybe<Scalars['String']['output']>;
  /** When it airs, ISO date-time in the time zone asked for. */
  airsAt: Scalars['String']['output'];
  /** Why and how long it is delayed, when it is. */
  delayed: Maybe<Scalars['String']['output']>;
  /** A Chinese animation. */
  donghua: Scalars['Boolean']['output'];
  english: Maybe<Scalars['String']['output']>;
  episodeNumber: Maybe<Scalars['Int']['output']>;
  /** Episodes in all; null when unknown. */
  episodes: Maybe<Scalars['Int']['output']>;
  image: Maybe<Scalars['String']['output']>;
  lengthMinutes: Maybe<Scalars['Int']['output']>;
  slug: Scalars['String']['output'];
  streams: Array<StreamingLink>;
  title: Scalars['String']['output'];
};

export type Trailer = {
  __typename?: 'Trailer';
  id: Scalars['String']['output'];
  /** youtube or dailymotion. */
  site: Scalars['String']['output'];
  source: ExternalPlatform;
  thumbnail: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

/** One check for a new catalog release. */
export type UpdateCheck = {
  __typename?: 'UpdateCheck';
  at: Scalars['DateTimeISO']['output'];
  /** What happened, in words. */
  message: Scalars['String']['output'];
  outcome: UpdateOutcome;
};

/** How a check for a new catalog release ended. */
export type UpdateOutcome =
  /** Something else went wrong (see the log); the served catalog stays. */
  | 'FAILED'
  /** The download is not an anime-offline-database release; the served catalog stays. */
  | 'INVALID'
  /** The new release would drop more anime than CATALOG_MAX_SHRINK allows; the served catalog stays. */
  | 'REFUSED'
  /** The release has not changed since it was fetched (HTTP 304). */
  | 'UNCHANGED'
  /** The release could not be downloaded (offline, DNS, timeout, HTTP error). */
  | 'UNREACHABLE'
  /** A new release was downloaded, validated and now serves. */
  | 'UPDATED';

export type VoiceActor = {
  __typename?: 'VoiceActor';
  language: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type Join__ContextArgument = {
  context: Scalars['String']['input'];
  name: Scalars['String']['input'];
  selection: Scalars['join__FieldValue']['input'];
  type: Scalars['String']['input'];
};

export type Join__Graph =
  | 'CATALOG'
  | 'PLATFORMS';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type AnimeSummaryFragment = { __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null };

export type SearchAnimeQueryVariables = Exact<{
  query: Scalars['String']['input'];
  filter?: InputMaybe<AnimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<SearchMode>;
}>;


export type SearchAnimeQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', totalCount: number, mode: SearchMode, warnings: Array<string>, endCursor: string | null, hits: Array<{ __typename?: 'SearchHit', score: number, matchedName: string | null, matchedFields: Array<string>, components: { __typename?: 'SearchScoreComponents', title: number, titleWords: number, lexical: number, semantic: number, prior: number }, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null } }> } };

export type SearchStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchStatusQuery = { __typename?: 'Query', searchStatus: { __typename?: 'SearchStatus', mode: SearchMode, wordIndexReady: boolean, semanticState: string, reason: string | null, model: string | null, dimensions: number | null, vectorStore: string, indexedAnime: number, progress: { __typename?: 'SearchBuildProgress', done: number, total: number } | null } };

export type SuggestionFieldsFragment = { __typename?: 'Suggestion', score: number, storySimilarity: number | null, sharedTags: Array<string>, reasons: Array<string>, because: { __typename?: 'Anime', id: string, title: string }, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null } };

export type SimilarAnimeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<AnimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  excludeSameFranchise?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SimilarAnimeQuery = { __typename?: 'Query', similar: Array<{ __typename?: 'Suggestion', score: number, storySimilarity: number | null, sharedTags: Array<string>, reasons: Array<string>, because: { __typename?: 'Anime', id: string, title: string }, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null } }> };

export type RecommendationsQueryVariables = Exact<{
  liked: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  disliked?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  filter?: InputMaybe<AnimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecommendationsQuery = { __typename?: 'Query', recommendations: Array<{ __typename?: 'Suggestion', score: number, storySimilarity: number | null, sharedTags: Array<string>, reasons: Array<string>, because: { __typename?: 'Anime', id: string, title: string }, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null } }> };

export type AnimeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnimeByIdQuery = { __typename?: 'Query', anime: { __typename?: 'Anime', synonyms: Array<string>, studios: Array<string>, producers: Array<string>, synopsis: string | null, sources: Array<string>, id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, platformIds: Array<{ __typename?: 'PlatformId', platform: Platform, id: string, url: string }>, related: Array<{ __typename?: 'Anime', id: string, title: string }>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null } | null };

export type AnimeBySourceQueryVariables = Exact<{
  platform: Platform;
  id: Scalars['String']['input'];
}>;


export type AnimeBySourceQuery = { __typename?: 'Query', animeBySource: { __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null } | null };

export type ListAnimesQueryVariables = Exact<{
  filter?: InputMaybe<AnimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListAnimesQuery = { __typename?: 'Query', animes: { __typename?: 'AnimeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null }> } };

export type CatalogStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogStatsQuery = { __typename?: 'Query', catalogStats: { __typename?: 'CatalogStats', total: number, rejected: number, lastUpdate: string | null, loadedAt: string, byType: Array<{ __typename?: 'CountByKey', key: string, count: number }>, byStatus: Array<{ __typename?: 'CountByKey', key: string, count: number }>, byDecade: Array<{ __typename?: 'CountByKey', key: string, count: number }>, topTags: Array<{ __typename?: 'CountByKey', key: string, count: number }> } };

export type AnimeEnrichmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnimeEnrichmentQuery = { __typename?: 'Query', anime: { __typename?: 'Anime', id: string, title: string, synopsis: string | null, platformScores: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, score: number, scale: number, normalized: number, votes: number | null, url: string | null } | null>, ratingAnalysis: { __typename?: 'RatingAnalysis', mean: number, median: number, standardDeviation: number, consistency: number, outliers: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, normalized: number }>, missing: Array<{ __typename?: 'MissingScore', platform: ExternalPlatform, state: SourceState, code: string | null }> } | null, trailer: { __typename?: 'Trailer', site: string, url: string } | null, streamingLinks: Array<{ __typename?: 'StreamingLink', site: string, url: string, sources: Array<ExternalPlatform> } | null>, dataSources: Array<{ __typename?: 'DataSource', platform: ExternalPlatform, resource: string, state: SourceState, cacheTier: CacheTier | null, ageSeconds: number | null, stale: boolean, staleReason: string | null }> } | null };

export type AnimePeopleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AnimePeopleQuery = { __typename?: 'Query', anime: { __typename?: 'Anime', id: string, title: string, characters: Array<{ __typename?: 'AnimeCharacter', name: string, role: string | null, image: string | null, source: ExternalPlatform, voiceActors: Array<{ __typename?: 'VoiceActor', name: string, language: string | null }> }>, staff: Array<{ __typename?: 'StaffCredit', name: string, roles: Array<string>, source: ExternalPlatform }> } | null };

export type PlatformStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformStatusQuery = { __typename?: 'Query', platformStatus: Array<{ __typename?: 'PlatformStatus', platform: ExternalPlatform, configured: boolean, note: string | null, breaker: BreakerState, retryAfterSeconds: number | null, recentRequests: number, recentFailures: number, errorRate: number, sharedQuota: boolean, latencyMs: { __typename?: 'Latency', p50: number | null, p95: number | null }, quota: Array<{ __typename?: 'QuotaWindow', limit: number, windowSeconds: number, remaining: number | null }> }>, platformCache: { __typename?: 'PlatformCacheStats', l2Available: boolean, staleServed: number, l1: { __typename?: 'CacheTierStats', hits: number, misses: number }, l2: { __typename?: 'CacheTierStats', hits: number, misses: number } } };

export type JikanAnimeSummaryFragment = { __typename?: 'JikanAnime', malId: number, title: string, type: string | null, episodes: number | null, score: number | null, year: number | null, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null };

export type JikanTopAnimeQueryVariables = Exact<{
  type?: InputMaybe<JikanAnimeType>;
  filter?: InputMaybe<JikanTopFilter>;
  rating?: InputMaybe<JikanRating>;
  page?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type JikanTopAnimeQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', topAnime: { __typename?: 'JikanAnimePage', page: number, hasNextPage: boolean, items: Array<{ __typename?: 'JikanAnime', malId: number, title: string, type: string | null, episodes: number | null, score: number | null, year: number | null, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null }> } | null } };

export type JikanSeasonQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  season: JikanSeason;
  filter?: InputMaybe<JikanAnimeType>;
  page?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type JikanSeasonQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', season: { __typename?: 'JikanAnimePage', page: number, hasNextPage: boolean, items: Array<{ __typename?: 'JikanAnime', malId: number, title: string, type: string | null, episodes: number | null, score: number | null, year: number | null, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null }> } | null } };

export type AnimeScheduleSearchQueryVariables = Exact<{
  title?: InputMaybe<Scalars['String']['input']>;
  airingStatus?: InputMaybe<Array<ScheduleAiringStatus> | ScheduleAiringStatus>;
  genres?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AnimeScheduleSearchQuery = { __typename?: 'Query', animeSchedule: { __typename?: 'AnimeScheduleQueries', search: { __typename?: 'ScheduleAnimeResults', total: number, items: Array<{ __typename?: 'ScheduleAnime', slug: string, title: string, status: string | null, score: number | null, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null }> } | null } };

export type AnimeScheduleTimetablesQueryVariables = Exact<{
  week?: InputMaybe<Scalars['String']['input']>;
  airType?: InputMaybe<AirType>;
  timezone?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnimeScheduleTimetablesQuery = { __typename?: 'Query', animeSchedule: { __typename?: 'AnimeScheduleQueries', timetables: Array<{ __typename?: 'TimetableEpisode', title: string, slug: string, episodeNumber: number | null, airsAt: string, airType: AirType, delayed: string | null }> | null } };

export const AnimeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<AnimeSummaryFragment, unknown>;
export const SuggestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"storySimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTags"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"because"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<SuggestionFieldsFragment, unknown>;
export const JikanAnimeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JikanAnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<JikanAnimeSummaryFragment, unknown>;
export const SearchAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAnime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchMode"}},"defaultValue":{"kind":"EnumValue","value":"HYBRID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleWords"}},{"kind":"Field","name":{"kind":"Name","value":"lexical"}},{"kind":"Field","name":{"kind":"Name","value":"semantic"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<SearchAnimeQuery, SearchAnimeQueryVariables>;
export const SearchStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"wordIndexReady"}},{"kind":"Field","name":{"kind":"Name","value":"semanticState"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"vectorStore"}},{"kind":"Field","name":{"kind":"Name","value":"indexedAnime"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<SearchStatusQuery, SearchStatusQueryVariables>;
export const SimilarAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarAnime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeSameFranchise"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeSameFranchise"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeSameFranchise"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"storySimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTags"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"because"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]} as unknown as DocumentNode<SimilarAnimeQuery, SimilarAnimeQueryVariables>;
export const RecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"liked"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disliked"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"liked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"liked"}}},{"kind":"Argument","name":{"kind":"Name","value":"disliked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disliked"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"storySimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTags"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"because"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]} as unknown as DocumentNode<RecommendationsQuery, RecommendationsQueryVariables>;
export const AnimeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"studios"}},{"kind":"Field","name":{"kind":"Name","value":"producers"}},{"kind":"Field","name":{"kind":"Name","value":"synopsis"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"platformIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<AnimeByIdQuery, AnimeByIdQueryVariables>;
export const AnimeBySourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeBySource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animeBySource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<AnimeBySourceQuery, AnimeBySourceQueryVariables>;
export const ListAnimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAnimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<ListAnimesQuery, ListAnimesQueryVariables>;
export const CatalogStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDecade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogStatsQuery, CatalogStatsQueryVariables>;
export const AnimeEnrichmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeEnrichment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synopsis"}},{"kind":"Field","name":{"kind":"Name","value":"platformScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingAnalysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"standardDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"consistency"}},{"kind":"Field","name":{"kind":"Name","value":"outliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trailer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cacheTier"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleReason"}}]}}]}}]}}]} as unknown as DocumentNode<AnimeEnrichmentQuery, AnimeEnrichmentQueryVariables>;
export const AnimePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"characters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"voiceActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<AnimePeopleQuery, AnimePeopleQueryVariables>;
export const PlatformStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"breaker"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"recentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"recentFailures"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p95"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedQuota"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformCache"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"l1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"misses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"l2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"misses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"l2Available"}},{"kind":"Field","name":{"kind":"Name","value":"staleServed"}}]}}]}}]} as unknown as DocumentNode<PlatformStatusQuery, PlatformStatusQueryVariables>;
export const JikanTopAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanTopAnime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnimeType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanTopFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rating"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanRating"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topAnime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"rating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rating"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JikanAnimeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JikanAnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<JikanTopAnimeQuery, JikanTopAnimeQueryVariables>;
export const JikanSeasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanSeason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"season"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanSeason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnimeType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"season"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"season"},"value":{"kind":"Variable","name":{"kind":"Name","value":"season"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JikanAnimeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JikanAnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<JikanSeasonQuery, JikanSeasonQueryVariables>;
export const AnimeScheduleSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeScheduleSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"airingStatus"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAiringStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"genres"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"18"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animeSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"airingStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"airingStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"genres"},"value":{"kind":"Variable","name":{"kind":"Name","value":"genres"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnimeScheduleSearchQuery, AnimeScheduleSearchQueryVariables>;
export const AnimeScheduleTimetablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeScheduleTimetables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"current","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"airType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AirType"}},"defaultValue":{"kind":"EnumValue","value":"ALL"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animeSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timetables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"airType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"airType"}}},{"kind":"Argument","name":{"kind":"Name","value":"timezone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"episodeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"airsAt"}},{"kind":"Field","name":{"kind":"Name","value":"airType"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}}]}}]}}]}}]} as unknown as DocumentNode<AnimeScheduleTimetablesQuery, AnimeScheduleTimetablesQueryVariables>;