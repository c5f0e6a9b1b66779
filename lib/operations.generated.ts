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
};

/** What one linked account's anime list says of its owner. */
export type AccountTaste = {
  __typename?: 'AccountTaste';
  /** How many anime on the list they completed. */
  completed: Scalars['Int']['output'];
  /** How many anime the list holds (planned ones included). */
  entries: Scalars['Int']['output'];
  /** Studios of the anime they scored above their mean, best first, lower case. */
  favouriteStudios: Array<Scalars['String']['output']>;
  /** Genres and tags of the anime they scored above their mean (and finished), best first, lower case. */
  favouriteTags: Array<Scalars['String']['output']>;
  /** The mean of their scores, from 0 to 100; null when they scored nothing. */
  meanScore: Maybe<Scalars['Float']['output']>;
  /** How many anime on the list they scored. */
  scored: Scalars['Int']['output'];
};

/** RAW: the Japanese broadcast; SUB and DUB: the English subtitled and dubbed releases. */
export type AirType =
  /** Every kind of release: RAW, SUB and DUB. */
  | 'ALL'
  /** The English dubbed release. */
  | 'DUB'
  /** The Japanese broadcast. */
  | 'RAW'
  /** The English subtitled release; asked for, AnimeSchedule lists the Japanese broadcast where there is no subtitled one. */
  | 'SUB';

/** One broadcast of one episode (its Japanese airing, or its English subtitled or dubbed release), merged from every source that lists it. */
export type AiringEntry = {
  __typename?: 'AiringEntry';
  /** RAW (the Japanese broadcast), SUB or DUB; never ALL. */
  airType: AirType;
  /** When it airs, in UTC: AniList's exact time where AniList lists it, else AnimeSchedule's, else MyAnimeList's weekly slot. */
  airingAt: Scalars['DateTimeISO']['output'];
  /** The catalog anime; null when the catalog does not have it (the titles still say which). */
  anime: Maybe<Anime>;
  /** When it was to air before a delay (AnimeSchedule); null without one. */
  delayedFrom: Maybe<Scalars['DateTimeISO']['output']>;
  /** Until when it is delayed (AnimeSchedule); null without a delay. */
  delayedUntil: Maybe<Scalars['DateTimeISO']['output']>;
  /** The English title, where a source gives one. */
  englishTitle: Maybe<Scalars['String']['output']>;
  /** The episode's number; null when only MyAnimeList's weekly slot lists the broadcast. */
  episode: Maybe<Scalars['Int']['output']>;
  /** Stable id: the anime, the air type and the episode number (or the airing time when no source numbers it). */
  id: Scalars['ID']['output'];
  /** airingAt as a local ISO 8601 time with its offset, such as 2026-12-06T16:30:00+01:00. */
  localTime: Scalars['String']['output'];
  /** The title in Japanese script, where a source gives one. */
  nativeTitle: Maybe<Scalars['String']['output']>;
  /** The platforms that list this broadcast. */
  sources: Array<ExternalPlatform>;
  /** Upcoming, aired or delayed, at the time of the answer. */
  status: AiringStatus;
  /** Where to watch it (AnimeSchedule; empty for Japanese broadcasts and without AnimeSchedule). */
  streams: Array<AiringStream>;
  /** The title the sources give (romanized Japanese, usually). */
  title: Scalars['String']['output'];
};


/** One broadcast of one episode (its Japanese airing, or its English subtitled or dubbed release), merged from every source that lists it. */
export type AiringEntryLocalTimeArgs = {
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** Where a broadcast stands at the time of the answer. */
export type AiringStatus =
  /** Its airing time has passed. */
  | 'AIRED'
  /** It has not aired yet, and AnimeSchedule says it was delayed (see delayedFrom and delayedUntil). */
  | 'DELAYED'
  /** It has not aired yet, and no source says it is delayed. */
  | 'UPCOMING';

/** A streaming site that carries the episode, as AnimeSchedule lists it. */
export type AiringStream = {
  __typename?: 'AiringStream';
  /** The site, as AnimeSchedule names it: crunchyroll, netflix, hidive, ... */
  platform: Scalars['String']['output'];
  /** The show's page on that site. */
  url: Scalars['String']['output'];
};

/** What AniGraph served between two times: the mix of queries, what was searched and looked at, the platforms, tiers, cost and advice. */
export type AnalyticsReport = {
  __typename?: 'AnalyticsReport';
  /** Platform requests and language-model tokens, in all and per query. */
  cost: CostSummary;
  /** Error codes answered, most first. */
  errors: Array<ErrorCount>;
  /** Start of the window (inclusive). */
  from: Scalars['DateTimeISO']['output'];
  /** Latency of the operations; null when there were none. */
  latency: Maybe<LatencySummary>;
  /** Operations in the window. */
  operations: Scalars['Int']['output'];
  /** Each platform the operations reached: lookups, error rate, latency, cache hit rate. */
  platforms: Array<PlatformReport>;
  /** The most searched words, most first (at most 20). */
  popularSearches: Array<SearchCount>;
  /** The query-type mix: operations by name and type, most first (at most 50). */
  queryMix: Array<OperationCount>;
  /** Optimization recommendations drawn from these figures. */
  recommendations: Array<Optimization>;
  /** Whose operations it counts. */
  scope: ReportScope;
  /** Use by tier. */
  tiers: Array<TierUsage>;
  /** End of the window (exclusive). */
  to: Scalars['DateTimeISO']['output'];
  /** Operations by transport, most first. */
  transports: Array<TransportCount>;
  /** Anime searched and looked up more in the window than in the window of the same length before it. */
  trendingAnime: Array<TrendingAnime>;
};

/** An anime from the catalog: one anime-offline-database entry, which merges what the sites in `Platform` list for it. */
export type Anime = {
  __typename?: 'Anime';
  /** Its broadcasts of every air type from now to `days` days ahead, in airing order. */
  airing: Array<AiringEntry>;
  /** Its characters and their voice actors, from MyAnimeList, else AniList, Kitsu or AniDB (the first that lists some). */
  characters: Array<AnimeCharacter>;
  /** How complete and how consistent an anime's data is: `score` and `missing` from the catalog's record, `conflicts` from the live platforms (their answers already cached; no platform is asked for it). */
  dataQuality: DataQuality;
  /** The platform calls behind this anime's other fields in this response, by platform (asked without them: each platform's main record, fetched for it). */
  dataSources: Array<DataSource>;
  /** Running time of one episode; null when unknown. */
  duration: Maybe<Duration>;
  /** Number of episodes (1 for most movies); 0 when unknown. */
  episodes: Scalars['Int']['output'];
  /** Official sites and other pages, from MyAnimeList, AniList and AniDB; a platform that failed is a null item with an error. */
  externalLinks: Array<Maybe<ExternalLink>>;
  /** The franchise it is an entry of; null when it is a work of one entry. */
  franchise: Maybe<Franchise>;
  /** Stable AniGraph id: the prefix and id of the most preferred site that lists it ("mal-1" for MyAnimeList, else "anilist-…", "kitsu-…", "anidb-…" and so on), or "aod-" and a hash of its sources when none does. */
  id: Scalars['ID']['output'];
  /** Its next broadcast of this air type within 14 days, merged across AniList, AnimeSchedule and MyAnimeList; null when none is known. */
  nextEpisode: Maybe<AiringEntry>;
  /** URL of its picture; anime-offline-database's placeholder image (no_pic.png) when no site has one. */
  picture: Scalars['String']['output'];
  /** The platform ids parsed from `sources`; URLs of sites that are not in `Platform` are left out. */
  platformIds: Array<PlatformId>;
  /** What MyAnimeList's users recommend with it (else AniList's), linked to the catalog where it has the anime. */
  platformRecommendations: Array<PlatformRecommendation>;
  /** Each platform's score, on its own scale and on 0-10 (platforms without one are left out); a platform that failed is a null item with an error (extensions.code, extensions.source). */
  platformScores: Array<Maybe<PlatformScore>>;
  /** Producing companies, in lower case as anime-offline-database lists them. */
  producers: Array<Scalars['String']['output']>;
  /** Mean, median, spread and outliers of the normalized scores; null when no platform has a score. */
  ratingAnalysis: Maybe<RatingAnalysis>;
  /** The anime of `relatedAnime` that the catalog has; links to anime it does not have are left out. */
  related: Array<Anime>;
  /** URLs of related anime (sequels, prequels, side stories and others, without saying which) on the sites, as the catalog lists them. */
  relatedAnime: Array<Scalars['String']['output']>;
  /** anime-offline-database's aggregate of the sites' scores (1-10); null when no site scores it. */
  score: Maybe<AnimeScore>;
  /** Season of the year it first aired in; UNDEFINED when unknown. */
  season: Season;
  /** URLs of this anime's pages on the sites anime-offline-database merged it from; at least one. */
  sources: Array<Scalars['String']['output']>;
  /** Who made it and in what role, from MyAnimeList, else AniList, Kitsu or AniDB (the first that lists some). */
  staff: Array<StaffCredit>;
  /** Airing status as of the served release (catalogStats.lastUpdate). */
  status: AnimeStatus;
  /** Where to watch it, from MyAnimeList, AniList and Kitsu; a platform that failed is a null item with an error. */
  streamingLinks: Array<Maybe<StreamingLink>>;
  /** Animation studios that made it, in lower case as anime-offline-database lists them. */
  studios: Array<Scalars['String']['output']>;
  /** Alternative titles and spellings, in any language and script; may be empty. */
  synonyms: Array<Scalars['String']['output']>;
  /** The synopsis: the catalog's own where it has one, else MyAnimeList's, AniList's or Kitsu's (the first that has one); null when none has one. */
  synopsis: Maybe<Scalars['String']['output']>;
  /** Genre and theme tags from anime-offline-database, in lower case ("action", "space"). */
  tags: Array<Scalars['String']['output']>;
  /** URL of a smaller version of `picture` (may be the same image); a placeholder (no_pic_thumbnail.png) when there is none. */
  thumbnail: Scalars['String']['output'];
  /** Main title, as anime-offline-database gives it (usually the romanized Japanese title). */
  title: Scalars['String']['output'];
  /** Its trailer, from MyAnimeList, else AniList or Kitsu; null when none has one. */
  trailer: Maybe<Trailer>;
  /** Kind of release: TV, MOVIE, OVA, ONA, SPECIAL or UNKNOWN. */
  type: AnimeType;
  /** Year it first aired (or is to air); null when unknown. */
  year: Maybe<Scalars['Int']['output']>;
};


/** An anime from the catalog: one anime-offline-database entry, which merges what the sites in `Platform` list for it. */
export type AnimeAiringArgs = {
  days?: Scalars['Int']['input'];
};


/** An anime from the catalog: one anime-offline-database entry, which merges what the sites in `Platform` list for it. */
export type AnimeCharactersArgs = {
  first?: Scalars['Int']['input'];
};


/** An anime from the catalog: one anime-offline-database entry, which merges what the sites in `Platform` list for it. */
export type AnimeNextEpisodeArgs = {
  airType?: AirType;
};


/** An anime from the catalog: one anime-offline-database entry, which merges what the sites in `Platform` list for it. */
export type AnimePlatformRecommendationsArgs = {
  first?: Scalars['Int']['input'];
};


/** An anime from the catalog: one anime-offline-database entry, which merges what the sites in `Platform` list for it. */
export type AnimeStaffArgs = {
  first?: Scalars['Int']['input'];
};

/** A character of an anime, as one platform lists it. */
export type AnimeCharacter = {
  __typename?: 'AnimeCharacter';
  /** URL of the character's picture; null when the platform has none. */
  image: Maybe<Scalars['String']['output']>;
  /** The character's name, as the platform writes it. */
  name: Scalars['String']['output'];
  /** The character's part, worded as the platform has it: Main or Supporting (MyAnimeList), MAIN, SUPPORTING or BACKGROUND (AniList), ...; null when the platform gives none. */
  role: Maybe<Scalars['String']['output']>;
  /** The platform this character comes from. */
  source: ExternalPlatform;
  /** The character's page on the platform; null when it gives none. */
  url: Maybe<Scalars['String']['output']>;
  /** Who voices the character: in every language MyAnimeList lists, in Japanese from AniList and AniDB; none from Kitsu. */
  voiceActors: Array<VoiceActor>;
};

/** A page of anime in catalog order (by title). */
export type AnimeConnection = {
  __typename?: 'AnimeConnection';
  /** The anime of this page with their cursors, in catalog order. */
  edges: Array<AnimeEdge>;
  /** The same anime as `edges`, without cursors. */
  nodes: Array<Anime>;
  /** Where this page stands: whether more anime follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many anime match the filter in all: paging to the end returns exactly these. */
  totalCount: Scalars['Int']['output'];
};

/** An anime of a page, with its cursor. */
export type AnimeEdge = {
  __typename?: 'AnimeEdge';
  /** Pass as `after` for the anime that follow this one. */
  cursor: Scalars['String']['output'];
  /** The anime. */
  node: Anime;
};

/** Restricts a listing, a search or suggestions; every criterion given must hold. Null or an empty list restricts nothing. */
export type AnimeFilter = {
  /** Number of episodes; an unknown number counts as 0. */
  episodes?: InputMaybe<IntRange>;
  /** Catalog score (AnimeScore.arithmeticGeometricMean, 1-10); anime without a score are left out once a bound is given. */
  score?: InputMaybe<FloatRange>;
  /** First aired in any of these seasons. */
  season?: InputMaybe<Array<Season>>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<AnimeStatus>>;
  /** Made by any of these studios (exact names, case-insensitive). */
  studios?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Tags the anime must, may or must not have (case-insensitive). */
  tags?: InputMaybe<TagFilter>;
  /** Any of these types. */
  type?: InputMaybe<Array<AnimeType>>;
  /** Year of the first airing; anime without a known year are left out once a bound is given. */
  year?: InputMaybe<IntRange>;
};

/** The order of a list of anime. */
export type AnimeOrder =
  /** Best catalog score (arithmetic-geometric mean) first; anime without a score last. */
  | 'SCORE'
  /** Catalog order: by main title. */
  | 'TITLE';

/** AnimeSchedule (v3 API): anime search, anime by slug, and the weekly timetables. */
export type AnimeScheduleQueries = {
  __typename?: 'AnimeScheduleQueries';
  /** One anime by its AnimeSchedule slug; null, with a NOT_FOUND error, when AnimeSchedule has no such anime. */
  anime: Maybe<ScheduleAnime>;
  /** AnimeSchedule's anime matching a title and filters, in the order of `sort`; null, with an error, when the search fails. */
  search: Maybe<ScheduleAnimeConnection>;
  /** A week's episodes on AnimeSchedule's timetable, in airing order; empty for a week it has no timetable for. */
  timetables: Maybe<Array<TimetableEpisode>>;
};


/** AnimeSchedule (v3 API): anime search, anime by slug, and the weekly timetables. */
export type AnimeScheduleQueriesAnimeArgs = {
  slug: Scalars['String']['input'];
};


/** AnimeSchedule (v3 API): anime search, anime by slug, and the weekly timetables. */
export type AnimeScheduleQueriesSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  airingStatus?: InputMaybe<Array<ScheduleAiringStatus>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  genres?: InputMaybe<Array<Scalars['String']['input']>>;
  genresMatch?: MatchMode;
  limit?: InputMaybe<Scalars['Int']['input']>;
  mediaTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  season?: InputMaybe<ScheduleSeason>;
  sort?: ScheduleSort;
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  studios?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** AnimeSchedule (v3 API): anime search, anime by slug, and the weekly timetables. */
export type AnimeScheduleQueriesTimetablesArgs = {
  airType?: AirType;
  timezone?: InputMaybe<Scalars['String']['input']>;
  week?: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** anime-offline-database's aggregate of the scores the sites give an anime, on a 1-10 scale (10 best). */
export type AnimeScore = {
  __typename?: 'AnimeScore';
  /** Arithmetic-geometric mean of the sites' scores (1-10): the score AnimeFilter.score filters on and search ranks by. */
  arithmeticGeometricMean: Scalars['Float']['output'];
  /** Arithmetic mean of the sites' scores (1-10). */
  arithmeticMean: Scalars['Float']['output'];
  /** Median of the sites' scores (1-10). */
  median: Scalars['Float']['output'];
};

/** Airing status, as anime-offline-database recorded it for the served release (see catalogStats.lastUpdate). */
export type AnimeStatus =
  /** Has finished airing. */
  | 'FINISHED'
  /** Was airing when the release was made. */
  | 'ONGOING'
  /** The sites do not say. */
  | 'UNKNOWN'
  /** Announced, not aired yet when the release was made. */
  | 'UPCOMING';

/** Kind of release, as anime-offline-database classifies it. */
export type AnimeType =
  /** A film. */
  | 'MOVIE'
  /** Original net animation: released first on the internet (streaming, web). */
  | 'ONA'
  /** Original video animation: released straight to video (DVD, Blu-ray) rather than broadcast. */
  | 'OVA'
  /** A special outside the regular series: a TV special, recap, bonus or extra episode. */
  | 'SPECIAL'
  /** A series broadcast on television. */
  | 'TV'
  /** The sites do not say. */
  | 'UNKNOWN';

/** One of a user's API keys, as its owner sees it: never the key itself, which is shown once when made. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The key's id (what revokeApiKey takes). */
  id: Scalars['ID']['output'];
  /** When a request last used it; null when none has. */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The name its owner gave it ("laptop", "ci"). */
  name: Scalars['String']['output'];
  /** Its first characters ("ag_3f9cK2Lq"), to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** When it was revoked (it authenticates no more); null while it is live. */
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A platform's circuit breaker: OPEN fails calls at once, HALF_OPEN lets one try. */
export type BreakerState =
  /** Requests go through to the platform. */
  | 'CLOSED'
  /** The wait is over: one request goes through as a trial; it closes the breaker if it succeeds, opens it again if not. */
  | 'HALF_OPEN'
  /** After several failed requests in a row (timeouts, 5xx answers, unreachable; not-found, refused and rate-limited answers do not count), calls fail at once with UPSTREAM_UNAVAILABLE, without asking the platform, until retryAfterSeconds has passed. */
  | 'OPEN';

/** Where an answer came from: this process (L1), Redis shared by all instances (L2), or the platform itself. */
export type CacheTier =
  /** This process's in-memory cache. */
  | 'L1'
  /** Redis, shared by every instance of AniGraph (only when REDIS_URL is set). */
  | 'L2'
  /** The platform itself, asked for this answer (not from a cache). */
  | 'ORIGIN';

/** Hits and misses of one tier of the platform cache since this instance started. */
export type CacheTierStats = {
  __typename?: 'CacheTierStats';
  /** Lookups this tier answered with fresh data. */
  hits: Scalars['Int']['output'];
  /** Lookups this tier could not answer with fresh data (absent, or past its TTL). */
  misses: Scalars['Int']['output'];
};

/** An anime known by its id on a platform, as the platforms subgraph returns it; `anime` is the catalog's entry for it. */
export type CatalogEntry = {
  __typename?: 'CatalogEntry';
  /** The catalog anime with this platform id; null when the catalog does not have it. */
  anime: Maybe<Anime>;
  /** The id on that site, as in PlatformId.id. */
  id: Scalars['String']['output'];
  /** The site the id belongs to. */
  platform: Platform;
};

/** The distribution of Anime.dataQuality.score over the served catalog, and the catalog's most common gaps. */
export type CatalogQuality = {
  __typename?: 'CatalogQuality';
  /** The fields served anime lack, most often missing first. */
  commonGaps: Array<QualityGap>;
  /** Ten buckets of 0.1, lowest first, empty ones included. */
  histogram: Array<QualityBucket>;
  /** Mean completeness score (0-1, 3 decimals). */
  mean: Scalars['Float']['output'];
};

/** A catalog that was not served because it holds no valid anime, or far fewer than the served one (CATALOG_MAX_SHRINK). */
export type CatalogRefusal = {
  __typename?: 'CatalogRefusal';
  /** When it was refused (UTC, ISO 8601). */
  at: Scalars['DateTimeISO']['output'];
  /** Valid anime in the refused catalog. */
  entries: Scalars['Int']['output'];
  /** Why, and how to serve it anyway. */
  reason: Scalars['String']['output'];
  /** Anime served when it was refused; null when only the demo catalog, or nothing, was served. */
  servedEntries: Maybe<Scalars['Int']['output']>;
  /** The file or URL it came from. */
  source: Scalars['String']['output'];
};

/** An entry of the release file that is not served: it failed validation or duplicates another entry's id. */
export type CatalogRejection = {
  __typename?: 'CatalogRejection';
  /** Position in the file's data array (0-based). */
  index: Scalars['Int']['output'];
  /** Why: the first problems validation found (up to three), or the entry whose AniGraph id it duplicates. */
  reason: Scalars['String']['output'];
  /** Its title; null when the entry has no title string. */
  title: Maybe<Scalars['String']['output']>;
};

/** What the served catalog holds, what its load rejected, and how it is kept up to date. */
export type CatalogStats = {
  __typename?: 'CatalogStats';
  /** Served anime per decade of the first airing ("1990s"), oldest first; "unknown" (no year) last. */
  byDecade: Array<CountByKey>;
  /** Served anime per AnimeStatus, most first. */
  byStatus: Array<CountByKey>;
  /** Served anime per AnimeType, most first. */
  byType: Array<CountByKey>;
  /** Path of the release file served: ANIME_DB_PATH, or the bundled demo catalog while there is none. */
  file: Scalars['String']['output'];
  /** The last catalog refused by the shrink guard since this server started (the served one stayed); null once a catalog serves after it. */
  lastRefusal: Maybe<CatalogRefusal>;
  /** The date the served release states as its lastUpdate (YYYY-MM-DD); null when the file states none. */
  lastUpdate: Maybe<Scalars['String']['output']>;
  /** When this server loaded the served catalog (UTC, ISO 8601). */
  loadedAt: Scalars['DateTimeISO']['output'];
  /** How complete the served records are (Anime.dataQuality.score): the distribution, the mean and the most common gaps. */
  quality: CatalogQuality;
  /** Entries of the file that are not served: they failed validation or duplicate an id. */
  rejected: Scalars['Int']['output'];
  /** The first rejected entries (up to 200) and why. */
  rejections: Array<CatalogRejection>;
  /** The most frequent tags, each with how many served anime carry it, most first. */
  topTags: Array<CountByKey>;
  /** Number of anime served. */
  total: Scalars['Int']['output'];
  /** The in-process update: whether it is on, its last check and outcome, and the next one. */
  updates: CatalogUpdates;
};


/** What the served catalog holds, what its load rejected, and how it is kept up to date. */
export type CatalogStatsTopTagsArgs = {
  first?: Scalars['Int']['input'];
};

/** A new catalog now serves (a release update or a reload): which anime it added and removed. */
export type CatalogUpdate = {
  __typename?: 'CatalogUpdate';
  /** The first 100 of the anime it added, by title. */
  added: Array<Anime>;
  /** Anime it added (that the subscription's filter keeps). */
  addedCount: Scalars['Int']['output'];
  /** When it started to serve. */
  at: Scalars['DateTimeISO']['output'];
  /** The new catalog's version: its release date and a hash of its anime ids (the same in every instance that serves it). */
  id: Scalars['ID']['output'];
  /** The lastUpdate date the new release states (YYYY-MM-DD); null without one. */
  lastUpdate: Maybe<Scalars['String']['output']>;
  /** The first 100 of the anime it removed, by title. */
  removed: Array<RemovedAnime>;
  /** Anime it removed (that the subscription's filter kept). */
  removedCount: Scalars['Int']['output'];
  /** Anime the catalog now serves. */
  total: Scalars['Int']['output'];
};

/** The in-process check for new anime-offline-database releases (CATALOG_UPDATE_INTERVAL). */
export type CatalogUpdates = {
  __typename?: 'CatalogUpdates';
  /** False when CATALOG_UPDATE_INTERVAL is 0: the release is never checked. */
  enabled: Scalars['Boolean']['output'];
  /** Seconds between checks: CATALOG_UPDATE_INTERVAL (604800, 7 days, by default). */
  intervalSeconds: Scalars['Int']['output'];
  /** The last check since this server started; null before the first. */
  lastCheck: Maybe<UpdateCheck>;
  /** When the next check is due (UTC, ISO 8601); null when updates are off. */
  nextCheckAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** URL the release is downloaded from (ANIME_DB_URL; by default anime-offline-database's latest GitHub release). */
  url: Scalars['String']['output'];
};

/** A MyAnimeList user's recommendation: if you liked one, watch the other. */
export type CommunityRecommendation = {
  __typename?: 'CommunityRecommendation';
  /** Why, in the user's words; null when there is no text. */
  content: Maybe<Scalars['String']['output']>;
  /** When it was posted: an ISO 8601 date-time, as Jikan gives it; null when unknown. */
  date: Maybe<Scalars['String']['output']>;
  /** The two anime it pairs. */
  entries: Array<JikanAnimeRef>;
  /** Jikan's id of the recommendation. */
  id: Scalars['String']['output'];
  /** The MyAnimeList username of its author; null when unknown. */
  user: Maybe<Scalars['String']['output']>;
};

/** A page of MyAnimeList users' latest recommendations, newest first. */
export type CommunityRecommendationConnection = {
  __typename?: 'CommunityRecommendationConnection';
  /** Where this page came from (cache tier, age); when it took several of MyAnimeList's pages, the least fresh of them. */
  dataSource: DataSource;
  /** The items of this page, in MyAnimeList's order, each with its cursor. */
  edges: Array<CommunityRecommendationEdge>;
  /**
   * Whether more recommendations follow this page.
   * @deprecated Use pageInfo.hasNextPage.
   */
  hasNextPage: Scalars['Boolean']['output'];
  /**
   * The recommendations of this page.
   * @deprecated Use nodes, the same list.
   */
  items: Array<CommunityRecommendation>;
  /** The same items as `edges`, without cursors. */
  nodes: Array<CommunityRecommendation>;
  /**
   * The number of the MyAnimeList page (of 100 recommendations) this page starts on.
   * @deprecated Page with first and after; pageInfo says where a page stands.
   */
  page: Scalars['Int']['output'];
  /** Whether more follow, and the cursors to ask for them. */
  pageInfo: PageInfo;
  /** How many items the whole list holds, as MyAnimeList counts them; null when MyAnimeList does not say. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** One recommendation in a page of MyAnimeList's list, with its cursor. */
export type CommunityRecommendationEdge = {
  __typename?: 'CommunityRecommendationEdge';
  /** Opaque cursor of this recommendation: pass it as `after`, with the same other arguments, for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
  node: CommunityRecommendation;
};

/** What the operations cost upstream: platform requests and language-model tokens. */
export type CostSummary = {
  __typename?: 'CostSummary';
  /** Tokens of the language model. */
  llmTokens: Scalars['Int']['output'];
  /** Language-model tokens per query. */
  llmTokensPerQuery: Scalars['Float']['output'];
  /** Requests made to the platforms (cache misses). */
  platformCalls: Scalars['Int']['output'];
  /** Platform requests per query (operations other than language-model calls). */
  platformCallsPerQuery: Scalars['Float']['output'];
};

/** How many served anime have one key: a type, a status, a decade or a tag. */
export type CountByKey = {
  __typename?: 'CountByKey';
  /** Number of served anime with that key. */
  count: Scalars['Int']['output'];
  /** What is counted: an AnimeType or AnimeStatus value, a decade ("1990s", or "unknown"), or a tag. */
  key: Scalars['String']['output'];
};

/** A new API key: the key itself is in this answer only, so keep it now. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key's record, as it is listed from now on. */
  apiKey: ApiKey;
  /** The key, to send as `Authorization: Bearer <key>`. Shown this once: AniGraph keeps only its hash. */
  key: Scalars['String']['output'];
};

/** A fact of an anime on which the catalog and the platforms (or the platforms among themselves) disagree. */
export type DataConflict = {
  __typename?: 'DataConflict';
  /** The catalog's value, written as the platforms' are; null when the catalog does not know it (0 episodes, UNKNOWN). */
  catalogValue: Maybe<Scalars['String']['output']>;
  /** The fact: "episodes", "year", "type" or "status". */
  field: Scalars['String']['output'];
  /** What each platform with a cached answer says (platforms that do not say are left out). */
  values: Array<PlatformValue>;
};

/** How complete and how consistent an anime's data is: `score` and `missing` from the catalog's record, `conflicts` from the live platforms (their answers already cached; no platform is asked for it). */
export type DataQuality = {
  __typename?: 'DataQuality';
  /** AniGraph id of the anime it describes. */
  animeId: Scalars['ID']['output'];
  /** Where the platforms disagree with the catalog or with each other on episodes, year, type and status. Read only from platform answers already in the cache, so it is empty until platform data for the anime has been fetched (by platformScores, synopsis, characters or another platform field, in an earlier request) and fills in after; it never calls a platform. A field of the platforms subgraph: it counts toward the enhanced quota like the other platform fields. */
  conflicts: Array<DataConflict>;
  /** The fields the record lacks, heaviest first: synopsis (none at ANIME_SYNOPSES_PATH), picture (only the placeholder), year, season (UNDEFINED), episodes (0), studios, tags, score, sources (fewer than two sites list it). */
  missing: Array<Scalars['String']['output']>;
  /** Completeness, 0-1: the weights of the fields the record has, out of synopsis 0.2, tags 0.15, picture, year, episodes, studios, score and sources 0.1 each, season 0.05. */
  score: Scalars['Float']['output'];
};

/** Where part of this response came from: which platform was asked for what, whether it answered, from which cache tier, how fresh. */
export type DataSource = {
  __typename?: 'DataSource';
  /** Whole seconds since the data was fetched from the platform (0 when fetched for this request); null when it did not answer. */
  ageSeconds: Maybe<Scalars['Int']['output']>;
  /** Where the answer came from (for stale data, the tier that held it); null when the platform did not answer. */
  cacheTier: Maybe<CacheTier>;
  /** Why the call failed (state FAILED), or why the last refresh of stale data failed (upstream-failed); else null. */
  error: Maybe<SourceError>;
  /** When the data was fetched from the platform (UTC); null when it did not answer. */
  fetchedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The fields of this response it supplied: ["dataSources"] when dataSources was asked without them; empty for the dataSource of a list page. */
  fields: Array<Scalars['String']['output']>;
  /** The platform asked. */
  platform: ExternalPlatform;
  /** What it was asked for: anime, media (AniList's one record of an anime), characters, staff, recommendations, streaming, streaming links, anime search or list (a page of a list). */
  resource: Scalars['String']['output'];
  /** Older than its cache TTL (by default 7 days for anime details, 1 hour for schedules, 30 minutes for streaming links, 6 hours for the rest) and served anyway, up to a day past it by default: while it is refreshed, or because the platform failed. */
  stale: Scalars['Boolean']['output'];
  /** Why stale data was served: revalidating (a refresh is under way) or upstream-failed (the last refresh failed; see `error`). Null when not stale. */
  staleReason: Maybe<Scalars['String']['output']>;
  /** Whether it answered, and why not when it did not. */
  state: SourceState;
};

/** Running time of one episode, as anime-offline-database gives it. */
export type Duration = {
  __typename?: 'Duration';
  /** The same length in minutes (seconds / 60, rounded to 2 decimals). */
  minutes: Scalars['Float']['output'];
  /** Length of one episode in seconds. */
  seconds: Scalars['Int']['output'];
};

/** An embedding model search uses, as its card (the sentence-transformers files beside it) describes it. */
export type EmbeddingModelInfo = {
  __typename?: 'EmbeddingModelInfo';
  /** Length of its vectors. */
  dimensions: Scalars['Int']['output'];
  /** What every document is prefixed with ("passage: "); empty for nothing. */
  documentPrefix: Scalars['String']['output'];
  /** The model (EMBEDDING_MODEL, or one of EMBEDDING_MODELS), such as "Xenova/bge-small-en-v1.5". */
  id: Scalars['String']['output'];
  /** Wall-clock seconds its last successful build took; null before the first. */
  lastBuildSeconds: Maybe<Scalars['Float']['output']>;
  /** Tokens it reads of a text: EMBEDDING_MAX_TOKENS, or less where the model takes less. */
  maxTokens: Scalars['Int']['output'];
  /** How it pools. */
  pooling: EmbeddingPooling;
  /** What every query is prefixed with ("query: "); empty for nothing. */
  queryPrefix: Scalars['String']['output'];
  /** Why its vectors do not serve (yet); null when they do. */
  reason: Maybe<Scalars['String']['output']>;
  /** The state of its vectors: BUILDING, READY or FAILED (its first build failed). */
  state: Scalars['String']['output'];
};

/** How a model turns its tokens' vectors into one: as its card (1_Pooling/config.json) says, or EMBEDDING_POOLING. */
export type EmbeddingPooling =
  /** The first token, [CLS] (bge). */
  | 'CLS'
  /** The mean of the tokens, over the attention mask (MiniLM, e5). */
  | 'MEAN';

/** An error code and how often operations answered it. */
export type ErrorCount = {
  __typename?: 'ErrorCount';
  /** The extensions.code. */
  code: Scalars['String']['output'];
  /** Operations that answered it. */
  count: Scalars['Int']['output'];
};

/** A web page about an anime (official site, social account, database entry, ...); one entry per URL. */
export type ExternalLink = {
  __typename?: 'ExternalLink';
  /** What the page is, named as the first platform listing the URL names it: Official Site, Twitter, Wikipedia, ... */
  site: Scalars['String']['output'];
  /** Every platform that lists this URL. */
  sources: Array<ExternalPlatform>;
  /** The page's address. */
  url: Scalars['String']['output'];
};

/** A platform AniGraph reads live. MYANIMELIST is read through Jikan, its unofficial API. */
export type ExternalPlatform =
  /** AniDB, through its HTTP API; only for a client registered with AniDB (ANIDB_CLIENT, ANIDB_CLIENT_VERSION). */
  | 'ANIDB'
  /** AniList, through its GraphQL API (graphql.anilist.co). */
  | 'ANILIST'
  /** AnimeSchedule, through its v3 API (animeschedule.net/api/v3); only with an ANIMESCHEDULE_TOKEN. */
  | 'ANIMESCHEDULE'
  /** Kitsu, through its JSON:API (kitsu.app/api/edge). */
  | 'KITSU'
  /** MyAnimeList, read through Jikan v4 (api.jikan.moe), its unofficial REST API. */
  | 'MYANIMELIST';

/** Inclusive range; either end may be left open. A min above the max fails with BAD_USER_INPUT. */
export type FloatRange = {
  /** Largest value let through (inclusive); no upper bound when null. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Smallest value let through (inclusive); no lower bound when null. */
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** A work's entries together: its series, sequels, films, OVAs and specials, grouped by the catalog's related-anime links where it has them, else by title (the same title once a season, part, film or OVA marker and a subtitle are taken off). */
export type Franchise = {
  __typename?: 'Franchise';
  /** Its entries, oldest first (entries of unknown year last), a page at a time. */
  entries: AnimeConnection;
  /** "franchise-" and the id of its main entry. */
  id: Scalars['ID']['output'];
  /** Its main entry: the first TV series, else the first film, else the earliest entry. */
  main: Anime;
  /** How many entries it has (2 or more). */
  size: Scalars['Int']['output'];
};


/** A work's entries together: its series, sequels, films, OVAs and specials, grouped by the catalog's related-anime links where it has them, else by title (the same title once a season, part, film or OVA marker and a subtitle are taken off). */
export type FranchiseEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A picture to search by: exactly one of `base64` and `url`. PNG, JPEG, WebP or GIF (judged by its bytes), at most IMAGE_MAX_BYTES (5 MiB) and IMAGE_MAX_PIXELS (40 megapixels); anything else fails with BAD_USER_INPUT naming the rule. */
export type ImageInput = {
  /** The file in base64, or as a data URL ("data:image/png;base64,…"). */
  base64?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) URL of the picture. It must lead to a public address (no loopback, private, link-local or metadata ranges, checked after DNS and on each of at most 3 redirects) unless IMAGE_FETCH_ALLOW_HOSTS names its host; read within IMAGE_FETCH_TIMEOUT_MS. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Whether anime can be found by a picture (searchByImage, search with image). */
export type ImageState =
  /** The CLIP model is loading, or the posters are being fetched and embedded. */
  | 'BUILDING'
  /** IMAGE_SEARCH=false. */
  | 'DISABLED'
  /** The catalog's posters are indexed: pictures can be searched. */
  | 'READY'
  /** No CLIP model could be loaded, or the build failed: see imageReason. */
  | 'UNAVAILABLE';

/** Inclusive integer range; either end may be left open. A min above the max fails with BAD_USER_INPUT. */
export type IntRange = {
  /** Largest value let through (inclusive); no upper bound when null. */
  max?: InputMaybe<Scalars['Int']['input']>;
  /** Smallest value let through (inclusive); no lower bound when null. */
  min?: InputMaybe<Scalars['Int']['input']>;
};

/** An anime as MyAnimeList (through Jikan) describes it. */
export type JikanAnime = {
  __typename?: 'JikanAnime';
  /** Its weekly broadcast slot in Japan time, as MyAnimeList writes it: "Saturdays at 01:25 (JST)"; null when it has none. */
  broadcast: Maybe<Scalars['String']['output']>;
  /** Its entry in the catalog: `anime` there is null when the catalog does not have it. */
  catalog: Maybe<CatalogEntry>;
  /** How many episodes it has; null when unknown (often while it airs). */
  episodes: Maybe<Scalars['Int']['output']>;
  /** Its genres, by name (its explicit genres, themes and demographics are not included). */
  genres: Array<Scalars['String']['output']>;
  /** URL of its cover picture (JPEG); null when it has none. */
  image: Maybe<Scalars['String']['output']>;
  /** Its MyAnimeList id. */
  malId: Scalars['Int']['output'];
  /** How many MyAnimeList users have it on their list. */
  members: Maybe<Scalars['Int']['output']>;
  /** Its place in MyAnimeList's ranking by members (1 has the most). */
  popularity: Maybe<Scalars['Int']['output']>;
  /** Its place in MyAnimeList's ranking by score (1 is best); null when unranked. */
  rank: Maybe<Scalars['Int']['output']>;
  /** MyAnimeList's user score, 1-10; null when it has none yet. */
  score: Maybe<Scalars['Float']['output']>;
  /** How many MyAnimeList users scored it. */
  scoredBy: Maybe<Scalars['Int']['output']>;
  /** The season it premiered in: winter, spring, summer or fall; null when MyAnimeList files it under none. */
  season: Maybe<Scalars['String']['output']>;
  /** Finished Airing, Currently Airing or Not yet aired, as MyAnimeList writes it. */
  status: Maybe<Scalars['String']['output']>;
  /** Its studios, by name. */
  studios: Array<Scalars['String']['output']>;
  /** MyAnimeList's synopsis; null when it has none. */
  synopsis: Maybe<Scalars['String']['output']>;
  /** MyAnimeList's main title (usually the romanized Japanese one). */
  title: Scalars['String']['output'];
  /** Its English title; null when MyAnimeList has none. */
  titleEnglish: Maybe<Scalars['String']['output']>;
  /** Its type as MyAnimeList writes it: TV, Movie, OVA, Special, ONA, Music, ...; null when unknown. */
  type: Maybe<Scalars['String']['output']>;
  /** Its MyAnimeList page. */
  url: Scalars['String']['output'];
  /** The year of that season; null when none. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A page of a MyAnimeList list (top, season, a day's schedule), read through Jikan. */
export type JikanAnimeConnection = {
  __typename?: 'JikanAnimeConnection';
  /** Where this page came from (cache tier, age); when it took several of MyAnimeList's pages, the least fresh of them. */
  dataSource: DataSource;
  /** The items of this page, in MyAnimeList's order, each with its cursor. */
  edges: Array<JikanAnimeEdge>;
  /**
   * Whether more anime follow this page.
   * @deprecated Use pageInfo.hasNextPage.
   */
  hasNextPage: Scalars['Boolean']['output'];
  /**
   * The anime of this page.
   * @deprecated Use nodes, the same list.
   */
  items: Array<JikanAnime>;
  /**
   * The number of the list's last MyAnimeList page (of `limit` anime, else 25).
   * @deprecated Page with first and after until pageInfo.hasNextPage is false.
   */
  lastPage: Scalars['Int']['output'];
  /** The same items as `edges`, without cursors. */
  nodes: Array<JikanAnime>;
  /**
   * The number of the MyAnimeList page (of `limit` anime, else 25) this page starts on.
   * @deprecated Page with first and after; pageInfo says where a page stands.
   */
  page: Scalars['Int']['output'];
  /** Whether more follow, and the cursors to ask for them. */
  pageInfo: PageInfo;
  /**
   * How many anime the list holds in all; null when MyAnimeList does not say.
   * @deprecated Use totalCount.
   */
  total: Maybe<Scalars['Int']['output']>;
  /** How many items the whole list holds, as MyAnimeList counts them; null when MyAnimeList does not say. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** One anime in a page of MyAnimeList's list, with its cursor. */
export type JikanAnimeEdge = {
  __typename?: 'JikanAnimeEdge';
  /** Opaque cursor of this anime: pass it as `after`, with the same other arguments, for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The anime. */
  node: JikanAnime;
};

/** An anime named in a MyAnimeList recommendation. */
export type JikanAnimeRef = {
  __typename?: 'JikanAnimeRef';
  /** Its entry in the catalog: `anime` there is null when the catalog does not have it. */
  catalog: Maybe<CatalogEntry>;
  /** Its MyAnimeList id. */
  malId: Scalars['Int']['output'];
  /** MyAnimeList's main title. */
  title: Scalars['String']['output'];
  /** Its MyAnimeList page. */
  url: Scalars['String']['output'];
};

/** A kind of release, as MyAnimeList files anime. */
export type JikanAnimeType =
  /** A film. */
  | 'MOVIE'
  /** A music video. */
  | 'MUSIC'
  /** Original net animation: released online first. */
  | 'ONA'
  /** Original video animation: released straight to video. */
  | 'OVA'
  /** A special: an episode or short outside the regular series. */
  | 'SPECIAL'
  /** A TV series. */
  | 'TV';

/** Broadcast day in Japan time (JST); UNKNOWN and OTHER (not weekly) as MyAnimeList files them. */
export type JikanDay =
  /** Friday, Japan time. */
  | 'FRIDAY'
  /** Monday, Japan time. */
  | 'MONDAY'
  /** Not broadcast weekly on one day, as MyAnimeList files it. */
  | 'OTHER'
  /** Saturday, Japan time. */
  | 'SATURDAY'
  /** Sunday, Japan time. */
  | 'SUNDAY'
  /** Thursday, Japan time. */
  | 'THURSDAY'
  /** Tuesday, Japan time. */
  | 'TUESDAY'
  /** MyAnimeList does not know the broadcast day. */
  | 'UNKNOWN'
  /** Wednesday, Japan time. */
  | 'WEDNESDAY';

/** A MyAnimeList genre, theme or demographic. */
export type JikanGenre = {
  __typename?: 'JikanGenre';
  /** How many anime MyAnimeList files under it. */
  count: Scalars['Int']['output'];
  /** Its MyAnimeList id. */
  malId: Scalars['Int']['output'];
  /** Its name: Action, School, Shounen, ... */
  name: Scalars['String']['output'];
  /** Its MyAnimeList page, which lists its anime. */
  url: Scalars['String']['output'];
};

/** Which kind of MyAnimeList genre. */
export type JikanGenreFilter =
  /** Demographics, the target audience: Shounen, Shoujo, Seinen, Josei, Kids. */
  | 'DEMOGRAPHICS'
  /** Explicit genres: Ecchi, Erotica, Hentai. */
  | 'EXPLICIT_GENRES'
  /** Genres: Action, Comedy, ... */
  | 'GENRES'
  /** Themes: School, Isekai, ... */
  | 'THEMES';

/** MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more. */
export type JikanQueries = {
  __typename?: 'JikanQueries';
  /** An anime's characters and their voice actors on MyAnimeList; null, with a NOT_FOUND error, when it has no such anime. */
  characters: Maybe<Array<AnimeCharacter>>;
  /** MyAnimeList's genres, themes or demographics, with how many anime each has. */
  genres: Maybe<Array<JikanGenre>>;
  /** A random MyAnimeList anime, another on every call (never cached). */
  randomAnime: Maybe<JikanAnime>;
  /** MyAnimeList users' latest recommendations, newest first. */
  recentRecommendations: Maybe<CommunityRecommendationConnection>;
  /** What MyAnimeList's users recommend with an anime; null, with a NOT_FOUND error, when MyAnimeList has no such anime. */
  recommendations: Maybe<Array<PlatformRecommendation>>;
  /** MyAnimeList's broadcast schedule: the anime airing on a day of the week, in Japan time. */
  schedules: Maybe<JikanAnimeConnection>;
  /** The anime of a season, as MyAnimeList files them. */
  season: Maybe<JikanAnimeConnection>;
  /** An anime's staff and their positions on MyAnimeList; null, with a NOT_FOUND error, when it has no such anime. */
  staff: Maybe<Array<StaffCredit>>;
  /** MyAnimeList's top anime, by score unless `filter` says otherwise; null, with an error, when the list cannot be read. */
  topAnime: Maybe<JikanAnimeConnection>;
};


/** MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more. */
export type JikanQueriesCharactersArgs = {
  malId: Scalars['Int']['input'];
};


/** MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more. */
export type JikanQueriesGenresArgs = {
  filter?: InputMaybe<JikanGenreFilter>;
};


/** MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more. */
export type JikanQueriesRecentRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
};


/** MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more. */
export type JikanQueriesRecommendationsArgs = {
  malId: Scalars['Int']['input'];
};


/** MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more. */
export type JikanQueriesSchedulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  day?: InputMaybe<JikanDay>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kids?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  sfw?: InputMaybe<Scalars['Boolean']['input']>;
  unapproved?: InputMaybe<Scalars['Boolean']['input']>;
};


/** MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more. */
export type JikanQueriesSeasonArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  continuing?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<JikanAnimeType>;
  first?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  season: JikanSeason;
  sfw?: InputMaybe<Scalars['Boolean']['input']>;
  unapproved?: InputMaybe<Scalars['Boolean']['input']>;
  year: Scalars['Int']['input'];
};


/** MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more. */
export type JikanQueriesStaffArgs = {
  malId: Scalars['Int']['input'];
};


/** MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more. */
export type JikanQueriesTopAnimeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JikanTopFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  page?: InputMaybe<Scalars['Int']['input']>;
  rating?: InputMaybe<JikanRating>;
  sfw?: InputMaybe<Scalars['Boolean']['input']>;
  type?: InputMaybe<JikanAnimeType>;
};

/** MyAnimeList's age rating: G all ages ... RX hentai. */
export type JikanRating =
  /** G: all ages. */
  | 'G'
  /** PG: children. */
  | 'PG'
  /** PG-13: teens 13 or older. */
  | 'PG13'
  /** R+: mild nudity. */
  | 'R'
  /** R: 17 or older (violence and profanity). */
  | 'R17'
  /** Rx: hentai. */
  | 'RX';

/** An anime season of a year, as MyAnimeList files anime. */
export type JikanSeason =
  /** Fall: October to December. */
  | 'FALL'
  /** Spring: April to June. */
  | 'SPRING'
  /** Summer: July to September. */
  | 'SUMMER'
  /** Winter: January to March. */
  | 'WINTER';

/** Which top list: airing now, upcoming, by popularity (members), or by favorites. */
export type JikanTopFilter =
  /** Top anime airing now. */
  | 'AIRING'
  /** By popularity: the most MyAnimeList members (users with it on their list) first. */
  | 'BYPOPULARITY'
  /** By how many MyAnimeList users have it as a favorite, most first. */
  | 'FAVORITE'
  /** Top anime not aired yet. */
  | 'UPCOMING';

/** How long this instance's latest requests to a platform took, in milliseconds (waiting for the rate limit not included). */
export type Latency = {
  __typename?: 'Latency';
  /** Median duration, in whole milliseconds; null before the first request. */
  p50: Maybe<Scalars['Int']['output']>;
  /** 95th percentile duration, in whole milliseconds; null before the first request. */
  p95: Maybe<Scalars['Int']['output']>;
  /** How many requests the percentiles are over: the latest, up to 200, retries and failures included. */
  samples: Scalars['Int']['output'];
};

/** How long operations took at the gateway, in milliseconds. */
export type LatencySummary = {
  __typename?: 'LatencySummary';
  /** Median. */
  p50Ms: Scalars['Float']['output'];
  /** 95th percentile. */
  p95Ms: Scalars['Float']['output'];
  /** 99th percentile. */
  p99Ms: Scalars['Float']['output'];
};

/** A user's account on AniList or MyAnimeList, linked with its token. The token is kept sealed and is never returned. */
export type LinkedAccount = {
  __typename?: 'LinkedAccount';
  /** The account's id on the platform. */
  accountId: Scalars['String']['output'];
  /** The account's name on the platform. */
  accountName: Scalars['String']['output'];
  /** When the account was linked (last linked, when linked again). */
  linkedAt: Scalars['DateTimeISO']['output'];
  /** The platform. */
  platform: LinkedPlatform;
  /** When its anime list was last read (at linking, and at each syncPlatformAccount). */
  syncedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What its anime list says of the user, as last read. */
  taste: AccountTaste;
};

/** A platform whose account a user can link (linkPlatformAccount), so that its anime list informs their recommendations. */
export type LinkedPlatform =
  /** AniList (anilist.co): an access token of its API v2 (OAuth). */
  | 'ANILIST'
  /** MyAnimeList (myanimelist.net): an access token of MyAnimeList's API v2 (OAuth). */
  | 'MYANIMELIST';

/** How the values given to AnimeSchedule's list filters combine (its `mt` parameter). */
export type MatchMode =
  /** An anime must match every value given. */
  | 'ALL'
  /** An anime needs to match only one of the values given. */
  | 'ANY';

/** A platform whose score is missing from an analysis, and why. */
export type MissingScore = {
  __typename?: 'MissingScore';
  /** The error code (UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, ...) when it failed; else null. */
  code: Maybe<Scalars['String']['output']>;
  /** The platform without a score. */
  platform: ExternalPlatform;
  /** Why: NOT_LISTED (no id for it, not on the platform, or no score there), FAILED or NOT_CONFIGURED. */
  state: SourceState;
};

/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Makes an API key for the caller, or (operators) for the user `userId` names: the key is in this answer only; AniGraph keeps its hash and prefix. */
  createApiKey: CreatedApiKey;
  /** Creates a user (operators only: ADMIN_API_KEY). Give them a key with createApiKey(name, userId). */
  createUser: User;
  /** Deletes the caller and all their data, API keys included: the key of this request stops working at once. */
  deleteMyData: UserDeletion;
  /** Deletes a user and every API key they had (operators only). */
  deleteUser: UserDeletion;
  /** Deletes one of the caller's webhooks with its deliveries: nothing more is sent. NOT_FOUND when there is none. */
  deleteWebhook: Webhook;
  /** Everything AniGraph keeps about the caller: their record, preferences, key records (never a key) and linked accounts (never a token). */
  exportMyData: UserDataExport;
  /** Links the caller's account on a platform: the platform must accept the token (AniList's Viewer, MyAnimeList's users/@me), then the account's anime list is read into their taste. The token is stored sealed (AES-256-GCM) and never returned. A token the platform refuses fails with BAD_USER_INPUT (extensions.source names the platform) and nothing is stored; FORBIDDEN when the operator has not set CREDENTIALS_KEY. Linking a platform again replaces its account. */
  linkPlatformAccount: LinkedAccount;
  /** Registers a webhook for the caller's API key: AniGraph POSTs each event it asks for to `url`, signed as Standard Webhooks says, and retries for 24 h. The secret is in this answer only. At most 20 per key; the URL must be http(s) and resolve to public addresses. */
  registerWebhook: RegisteredWebhook;
  /** Revokes an API key at once: it authenticates no more. NOT_FOUND when there is no such live key. */
  revokeApiKey: ApiKey;
  /** Changes the caller's preferences; the lists left out stay as they are. */
  setPreferences: User;
  /** Changes a user's tier, and with it their quotas, from their next request (operators only). */
  setTier: User;
  /** Reads the linked account's anime list again with its stored token (and seals the token with the current key). RELINK_REQUIRED when the platform no longer accepts the token, or it can no longer be opened; NOT_FOUND when none is linked. */
  syncPlatformAccount: LinkedAccount;
  /** Unlinks the account: its sealed token and its taste are deleted. Answers the account as it was; NOT_FOUND when none is linked. */
  unlinkPlatformAccount: LinkedAccount;
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationCreateUserArgs = {
  name: Scalars['String']['input'];
  tier?: Tier;
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationDeleteUserArgs = {
  userId: Scalars['ID']['input'];
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationLinkPlatformAccountArgs = {
  platform: LinkedPlatform;
  token: Scalars['String']['input'];
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationRegisterWebhookArgs = {
  events: Array<WebhookEvent>;
  filter?: InputMaybe<AnimeFilter>;
  url: Scalars['String']['input'];
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationSetPreferencesArgs = {
  input: PreferencesInput;
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationSetTierArgs = {
  tier: Tier;
  userId: Scalars['ID']['input'];
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationSyncPlatformAccountArgs = {
  platform: LinkedPlatform;
};


/** AniGraph's changes: users, their API keys and preferences (an operator's fields need ADMIN_API_KEY; a user's, the user's API key). */
export type MutationUnlinkPlatformAccountArgs = {
  platform: LinkedPlatform;
};

/** How many operations of one kind the window holds. */
export type OperationCount = {
  __typename?: 'OperationCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The operation name (a REST route or MCP tool runs named operations); null for anonymous operations. */
  operationName: Maybe<Scalars['String']['output']>;
  /** query, mutation, subscription, or llm (a call of the language model). */
  operationType: Scalars['String']['output'];
  /** Their share of all operations in the window, 0 to 1. */
  share: Scalars['Float']['output'];
};

/** Something to change, drawn from the figures of the report. */
export type Optimization = {
  __typename?: 'Optimization';
  /** What kind: PLATFORM_CACHE, PLATFORM_ERRORS, SLOW_OPERATION, ERRORS, LLM_COST. */
  kind: Scalars['String']['output'];
  /** The advice, with the figures behind it. */
  message: Scalars['String']['output'];
  /** What it is about: a platform, an operation name, an error code. */
  subject: Scalars['String']['output'];
};

/** Where a page stands in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** More items follow: pass `endCursor` as `after` for them. False on the last page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items of the list come before this page; false on the first page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A site whose anime pages anime-offline-database cross-references: an anime's `sources` link to them. */
export type Platform =
  /** AniDB (anidb.net). */
  | 'ANIDB'
  /** AniList (anilist.co). */
  | 'ANILIST'
  /** AnimeCountdown (animecountdown.com). */
  | 'ANIMECOUNTDOWN'
  /** Anime News Network's encyclopedia (animenewsnetwork.com). */
  | 'ANIMENEWSNETWORK'
  /** Anime-Planet (anime-planet.com); its ids are slugs such as "cowboy-bebop". */
  | 'ANIME_PLANET'
  /** aniSearch (anisearch.com). */
  | 'ANISEARCH'
  /** Kitsu (kitsu.app, formerly kitsu.io). */
  | 'KITSU'
  /** LiveChart.me (livechart.me). */
  | 'LIVECHART'
  /** MyAnimeList (myanimelist.net). */
  | 'MYANIMELIST'
  /** Simkl (simkl.com). */
  | 'SIMKL';

/** The platform cache's hits and misses per tier since this instance started. */
export type PlatformCacheStats = {
  __typename?: 'PlatformCacheStats';
  /** L1: this process's in-memory cache. */
  l1: CacheTierStats;
  /** L2: Redis, shared by every instance; counted only while Redis is connected (zero without REDIS_URL). */
  l2: CacheTierStats;
  /** Whether Redis (L2) is connected now. */
  l2Available: Scalars['Boolean']['output'];
  /** Of those loads, the ones that failed. */
  originFailures: Scalars['Int']['output'];
  /** Loads from the platforms themselves, background refreshes included. */
  originLoads: Scalars['Int']['output'];
  /** Answers served stale (while refreshing, or because the platform failed). */
  staleServed: Scalars['Int']['output'];
};

/** The latest failed request to a platform on this instance (failed attempts that were retried, and calls an open breaker refused, count). */
export type PlatformFailure = {
  __typename?: 'PlatformFailure';
  /** When it failed (UTC). */
  at: Scalars['DateTimeISO']['output'];
  /** The error code: UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT or UPSTREAM_RATE_LIMITED. */
  code: Scalars['String']['output'];
  /** What went wrong, in words, after the platform's name. */
  message: Scalars['String']['output'];
};

/** An anime's id on one of the sites anime-offline-database cross-references. */
export type PlatformId = {
  __typename?: 'PlatformId';
  /** The id on that site, as in its URL: digits ("1") on most sites, a slug ("cowboy-bebop") on ANIME_PLANET. */
  id: Scalars['String']['output'];
  /** The site the id belongs to. */
  platform: Platform;
  /** URL of the anime's page on that site, in the canonical https form rebuilt from the id. */
  url: Scalars['String']['output'];
};

/** Another anime a platform's users recommend with this one. */
export type PlatformRecommendation = {
  __typename?: 'PlatformRecommendation';
  /** Its entry in the catalog, by its MyAnimeList id: `anime` there is null when the catalog does not have it; null when the platform gives no MyAnimeList id for it. */
  catalog: Maybe<CatalogEntry>;
  /** The platform whose users recommend it. */
  source: ExternalPlatform;
  /** The recommended anime's title (from AniList, its English title, else its romaji one). */
  title: Scalars['String']['output'];
  /** The recommendation's page on MyAnimeList, or the recommended anime's page on AniList; null when there is none. */
  url: Maybe<Scalars['String']['output']>;
  /** Votes (MyAnimeList) or rating (AniList) behind the recommendation; null when AniList gives none. */
  votes: Maybe<Scalars['Int']['output']>;
};

/** How an external platform served the operations of the window. */
export type PlatformReport = {
  __typename?: 'PlatformReport';
  /** The share of lookups a cache tier (memory or Redis) answered, 0 to 1. */
  cacheHitRate: Scalars['Float']['output'];
  /** Lookups of its data, from any cache tier or the platform itself. */
  calls: Scalars['Int']['output'];
  /** The share of lookups that failed, 0 to 1. */
  errorRate: Scalars['Float']['output'];
  /** Median time of a lookup, in milliseconds. */
  latencyP50Ms: Scalars['Float']['output'];
  /** 95th percentile time of a lookup, in milliseconds. */
  latencyP95Ms: Scalars['Float']['output'];
  /** Of those, the ones the platform itself was asked (the cache had nothing fresh). */
  originCalls: Scalars['Int']['output'];
  /** The platform (JIKAN, ANILIST, KITSU, ANIDB, ANIMESCHEDULE). */
  platform: Scalars['String']['output'];
};

/** One platform's score for an anime, on its own scale and on 0-10. Never blended. */
export type PlatformScore = {
  __typename?: 'PlatformScore';
  /** The score on 0-10: score / scale * 10, rounded to 3 decimals. */
  normalized: Scalars['Float']['output'];
  /** The platform the score is from. */
  platform: ExternalPlatform;
  /** The top of the platform's scale: 10 or 100. */
  scale: Scalars['Float']['output'];
  /** The score as the platform gives it: MyAnimeList 1-10, AniList 0-100 (its average score, else its mean score), Kitsu 0-100 (average rating, a percentage), AniDB 1-10 (its permanent rating, else the temporary one), AnimeSchedule 1-100. */
  score: Scalars['Float']['output'];
  /** The anime's page on the platform; null when the platform gives none. */
  url: Maybe<Scalars['String']['output']>;
  /** How many users the score stands on: MyAnimeList's and AniDB's voters, AnimeSchedule's raters, Kitsu's users with it in their library; null for AniList, which does not say. */
  votes: Maybe<Scalars['Int']['output']>;
};

/** How a platform is doing, as this instance sees it. */
export type PlatformStatus = {
  __typename?: 'PlatformStatus';
  /** The state of its circuit breaker on this instance. */
  breaker: BreakerState;
  /** False when it needs credentials that are not configured; it is then never called. */
  configured: Scalars['Boolean']['output'];
  /** recentFailures / recentRequests, from 0 to 1 (0 without requests). */
  errorRate: Scalars['Float']['output'];
  /** Its latest failure on this instance; null when none since it started. */
  lastError: Maybe<PlatformFailure>;
  /** How long its latest requests took, in milliseconds. */
  latencyMs: Latency;
  /** What to set to use it, when not configured; else null. */
  note: Maybe<Scalars['String']['output']>;
  /** The platform. */
  platform: ExternalPlatform;
  /** Its rate limit, one entry per window, shortest first, with the requests left in each. */
  quota: Array<QuotaWindow>;
  /** Of those, the ones that failed after their retries because the platform was unwell (timeout, 5xx answer, unreachable, garbled answer); not-found, refused (4xx) and rate-limited answers do not count. */
  recentFailures: Scalars['Int']['output'];
  /** Requests sent to it in about the last minute, each counted once with its retries (cache hits and calls an open breaker refused are not). */
  recentRequests: Scalars['Int']['output'];
  /** Seconds until an open breaker lets a request through again; null when the breaker is not open. */
  retryAfterSeconds: Maybe<Scalars['Int']['output']>;
  /** Whether the quota is kept in Redis, shared by every instance. */
  sharedQuota: Scalars['Boolean']['output'];
};

/** What one platform says about a fact of an anime. */
export type PlatformValue = {
  __typename?: 'PlatformValue';
  /** The platform. */
  platform: ExternalPlatform;
  /** Its value in the catalog's terms: a number for episodes and year, an AnimeType or AnimeStatus name ("TV", "FINISHED"). */
  value: Scalars['String']['output'];
};

/** What a user likes and avoids, as they set it (setPreferences). */
export type Preferences = {
  __typename?: 'Preferences';
  /** Catalog tags the user wants to avoid, lower case. */
  excludedTags: Array<Scalars['String']['output']>;
  /** Studios the user likes, as the catalog names them ("Sunrise"). */
  favouriteStudios: Array<Scalars['String']['output']>;
  /** Catalog tags the user likes, lower case ("mecha", "slice of life"). */
  favouriteTags: Array<Scalars['String']['output']>;
};

/** Changes to the preferences: a list given replaces that list (an empty one clears it), a list left out stays as it is. At most 100 entries per list, each 1 to 100 characters; a tag cannot be both a favourite and excluded. */
export type PreferencesInput = {
  /** Catalog tags the user wants to avoid (case-insensitive; kept in lower case). */
  excludedTags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Studios the user likes, as the catalog names them. */
  favouriteStudios?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Catalog tags the user likes (case-insensitive; kept in lower case). */
  favouriteTags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How many served anime have a data quality score in [from, to) (the last bucket includes 1). */
export type QualityBucket = {
  __typename?: 'QualityBucket';
  /** Number of served anime in it. */
  count: Scalars['Int']['output'];
  /** Lower bound, inclusive. */
  from: Scalars['Float']['output'];
  /** Upper bound, exclusive (inclusive for the last bucket, 1). */
  to: Scalars['Float']['output'];
};

/** A field of the record (as DataQuality.missing names it) and how many served anime lack it. */
export type QualityGap = {
  __typename?: 'QualityGap';
  /** Number of served anime that lack it. */
  count: Scalars['Int']['output'];
  /** The field, as DataQuality.missing names it. */
  field: Scalars['String']['output'];
  /** That number as a share of the served anime (0-1, 3 decimals). */
  share: Scalars['Float']['output'];
};

/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type Query = {
  __typename?: 'Query';
  /** The episodes whose broadcast started in the last `withinMinutes` minutes or starts in the next `withinMinutes`, in airing order. */
  airingNow: Array<AiringEntry>;
  /** What AniGraph served between `from` and `to`: the query mix, popular searches, trending anime, each platform's error rate, latency and cache hit rate, use by tier, cost per query and optimization advice. Operators (ADMIN_API_KEY) see everyone's operations; a signed-in user their own. */
  analyticsReport: AnalyticsReport;
  /** One anime by its AniGraph id; null when the catalog does not have it. */
  anime: Maybe<Anime>;
  /** An anime by its id on a platform, such as (MYANIMELIST, "16498"); null when no catalog anime lists that id in its sources. */
  animeBySource: Maybe<Anime>;
  /** AnimeSchedule (v3 API): anime search, anime by slug and weekly timetables. Without ANIMESCHEDULE_TOKEN set, its fields fail with UPSTREAM_UNAVAILABLE. */
  animeSchedule: AnimeScheduleQueries;
  /** Anime in the order asked (by title unless `orderBy` says otherwise), filtered, a page at a time. */
  animes: AnimeConnection;
  /** Several anime by AniGraph id, in the order asked (null where the catalog does not have one, or where it does not match `filter`). */
  animesByIds: Array<Maybe<Anime>>;
  /** Several anime by their ids on one platform, in the order asked (null where the catalog has none). */
  animesBySource: Array<Maybe<Anime>>;
  /** What the served catalog holds, what its load rejected, and how it is kept up to date. */
  catalogStats: CatalogStats;
  /** MyAnimeList, read through Jikan v4: top lists, seasons, broadcast schedules, genres, characters, staff and recommendations. */
  jikan: JikanQueries;
  /** An anime's next broadcast of this air type within 14 days; null when none is known. */
  nextEpisode: Maybe<AiringEntry>;
  /** Hits and misses of the platform cache, per tier, since this instance started. */
  platformCache: PlatformCacheStats;
  /** Each platform's circuit breaker, recent error rate, latency and remaining quota, as this instance sees them. */
  platformStatus: Array<PlatformStatus>;
  /** What to watch next: anime like the liked ones and unlike the disliked, by story and tags, best first; never one of them. Without `liked`, for a signed-in caller: their taste (User.taste: the anime their linked AniList and MyAnimeList lists rate well, their favourite tags and studios) stands in, and nothing on their lists is suggested; an anonymous caller must give `liked`. */
  recommendations: Array<Suggestion>;
  /** What airs between `from` and `to` (at most 31 days), merged from AniList, AnimeSchedule and MyAnimeList, grouped by day in `timezone`. */
  schedule: Schedule;
  /** Finds anime by title (typo tolerant; an anime named exactly as the query comes first) and by what they are about (tags, synopsis, and meaning in HYBRID and SEMANTIC modes). */
  search: SearchHitConnection;
  /** Finds the anime whose posters look most like a picture (a screenshot, a poster, an art style), closest first, by their CLIP vectors. Fails with SERVICE_NOT_READY while imageState (searchStatus) is not READY, and with BAD_USER_INPUT for a picture it refuses. The hits' `mode` is SEMANTIC. */
  searchByImage: SearchHitConnection;
  /** Which search modes are available now, and why not more. */
  searchStatus: SearchStatus;
  /** Anime like this one, by story (synopsis vectors, when built) and shared tags, best first; never the anime itself. */
  similar: Array<Suggestion>;
  /** The anime AniGraph's callers searched for and looked up more in the last `window` than in the window before it, most risen first. */
  trending: Array<TrendingAnime>;
  /** What a request in words asks for ("dark military anime like Attack on Titan from the 2010s, not too long"): intent, titles, years, season, types, tags, length, studios, score, status and time zone, by offline rules over the catalog. */
  understandQuery: QueryUnderstanding;
  /** A user by id, for operators (ADMIN_API_KEY; FORBIDDEN otherwise); null when there is none. */
  user: Maybe<User>;
  /** The user whose API key the request carries; null for an anonymous caller (or an operator key, which belongs to no user). */
  viewer: Maybe<User>;
  /** One of the caller's webhooks' deliveries, newest first: each event's status, attempts and last answer. NOT_FOUND for a webhook that is not the caller's. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The caller's webhooks, newest first (those of each of their API keys). */
  webhooks: Array<Webhook>;
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryAiringNowArgs = {
  airType?: AirType;
  filter?: InputMaybe<AnimeFilter>;
  withinMinutes?: Scalars['Int']['input'];
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryAnalyticsReportArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryAnimeArgs = {
  id: Scalars['ID']['input'];
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryAnimeBySourceArgs = {
  id: Scalars['String']['input'];
  platform: Platform;
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryAnimesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: AnimeOrder;
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryAnimesByIdsArgs = {
  filter?: InputMaybe<AnimeFilter>;
  ids: Array<Scalars['ID']['input']>;
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryAnimesBySourceArgs = {
  ids: Array<Scalars['String']['input']>;
  platform: Platform;
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryNextEpisodeArgs = {
  airType?: AirType;
  animeId: Scalars['ID']['input'];
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryRecommendationsArgs = {
  disliked?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<AnimeFilter>;
  first?: Scalars['Int']['input'];
  liked?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryScheduleArgs = {
  airType?: AirType;
  filter?: InputMaybe<AnimeFilter>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  timezone?: Scalars['String']['input'];
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  collapseFranchise?: Scalars['Boolean']['input'];
  filter?: InputMaybe<AnimeFilter>;
  first?: Scalars['Int']['input'];
  image?: InputMaybe<ImageInput>;
  imageWeight?: Scalars['Float']['input'];
  mode?: SearchMode;
  query: Scalars['String']['input'];
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QuerySearchByImageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnimeFilter>;
  first?: Scalars['Int']['input'];
  image: ImageInput;
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QuerySimilarArgs = {
  excludeSameFranchise?: Scalars['Boolean']['input'];
  filter?: InputMaybe<AnimeFilter>;
  first?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryTrendingArgs = {
  first?: Scalars['Int']['input'];
  window?: TrendingWindow;
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryUnderstandQueryArgs = {
  text: Scalars['String']['input'];
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** AniGraph's entry points: the anime catalog with its search and recommendations, what the external platforms say about anime, and their airing schedules. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** What kind of answer a request in words asks for. */
export type QueryIntent =
  /** How the platforms (MyAnimeList, AniList, ...) rate the anime named. */
  | 'COMPARE_RATINGS'
  /** What is known about the one anime named (similarTo). */
  | 'DETAILS'
  /** A random pick, within the criteria given. */
  | 'RANDOM'
  /** What to watch next after the anime the user liked (similarTo, two or more, or "I liked X"). */
  | 'RECOMMENDATIONS'
  /** When episodes air: tonight, this week, or the next episode of the anime named. */
  | 'SCHEDULE'
  /** Anime that fit the criteria (the default). */
  | 'SEARCH'
  /** The anime of one season (season). */
  | 'SEASONAL'
  /** Anime like the one title named (similarTo). */
  | 'SIMILAR'
  /** A top list, within the criteria given (years, types, tags). */
  | 'TOP';

/** What a request in words asks for, understood offline by rules (no language model): the intent and the criteria, each optional, and why. The criteria map onto AnimeFilter and the search, similar and recommendations fields. */
export type QueryUnderstanding = {
  __typename?: 'QueryUnderstanding';
  /** The episode counts asked for ("short" at most 13); null when the request says nothing of length. */
  episodes: Maybe<UnderstoodEpisodes>;
  /** What kind of answer the request asks for. */
  intent: QueryIntent;
  /** Lowest catalog score (0-10) asked for ("highly rated" 8); null when none. */
  minScore: Maybe<Scalars['Float']['output']>;
  /** What was understood from which words, in the order the rules read them: "\"90s\": years 1990–1999". */
  reasons: Array<Scalars['String']['output']>;
  /** The season asked for; null when the request names none. */
  season: Maybe<UnderstoodSeason>;
  /** The anime the request names: to be like, liked, or asked about; may be empty. */
  similarTo: Array<UnderstoodTitle>;
  /** Airing statuses asked for ("airing now" ONGOING); empty for any. */
  status: Array<AnimeStatus>;
  /** Studios named, as the catalog writes them (lower case); empty for any. */
  studios: Array<Scalars['String']['output']>;
  /** Every tag the request asks for with its weight, the weak suggestions included. */
  tagWeights: Array<TagWeight>;
  /** Catalog tags (lower case) the request rules out ("not isekai", "no romance"). */
  tagsExclude: Array<Scalars['String']['output']>;
  /** Catalog tags (lower case) the anime should have: named, or suggested strongly (weight 0.5 or more) by a descriptor. */
  tagsInclude: Array<Scalars['String']['output']>;
  /** The words no rule used, lower case and without the words requests are made of, for semantic search; null when none are left. */
  text: Maybe<Scalars['String']['output']>;
  /** The IANA time zone the request names ("in JST" Asia/Tokyo); null when none. */
  timezone: Maybe<Scalars['String']['output']>;
  /** The kinds of release asked for ("movie" MOVIE, "series" TV); empty for any. */
  types: Array<AnimeType>;
  /** The first-air years asked for; null when the request names none. */
  years: Maybe<UnderstoodYears>;
};

/** One window of a platform's configured request rate (Jikan's by default: 3 per second and 60 per minute), and what is left of it. */
export type QuotaWindow = {
  __typename?: 'QuotaWindow';
  /** Requests allowed per window. */
  limit: Scalars['Int']['output'];
  /** Requests left in this window (across every instance when the quota is shared); null when it cannot be read. */
  remaining: Maybe<Scalars['Int']['output']>;
  /** Length of the window, in seconds. */
  windowSeconds: Scalars['Float']['output'];
};

/** How the platforms agree on an anime, from their normalized (0-10) scores. */
export type RatingAnalysis = {
  __typename?: 'RatingAnalysis';
  /** 1 when the platforms agree exactly, 0 when their scores spread by 2 points (standard deviation) or more. */
  consistency: Scalars['Float']['output'];
  /** Mean of the normalized scores, 0-10, rounded to 3 decimals. */
  mean: Scalars['Float']['output'];
  /** Median of the normalized scores, 0-10, rounded to 3 decimals. */
  median: Scalars['Float']['output'];
  /** Platforms without a score here: not listing the anime, failing, or not configured. */
  missing: Array<MissingScore>;
  /** Scores far from the others: more than 1 point and 2.5 median absolute deviations from the median (with 3 or more platforms). */
  outliers: Array<PlatformScore>;
  /** The scores analysed: one per platform that has a score for the anime. */
  scores: Array<PlatformScore>;
  /** Population standard deviation of the normalized scores, in points of 0-10. */
  standardDeviation: Scalars['Float']['output'];
};

/** A new webhook and the secret its deliveries are signed with: the secret is in this answer only. */
export type RegisteredWebhook = {
  __typename?: 'RegisteredWebhook';
  /** The signing secret ("whsec_" and base64), for verifying the webhook-signature header with a Standard Webhooks library. Shown this once. */
  secret: Scalars['String']['output'];
  /** The webhook, as it is listed from now on. */
  webhook: Webhook;
};

/** An anime a catalog update took out: the catalog no longer has it. */
export type RemovedAnime = {
  __typename?: 'RemovedAnime';
  /** The AniGraph id it had. */
  id: Scalars['ID']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** Whose operations a report counts: everyone's (operators) or the caller's own. */
export type ReportScope =
  /** Every caller (ADMIN_API_KEY). */
  | 'ALL'
  /** The signed-in caller's own operations. */
  | 'OWN';

/** Airing episodes merged from AniList, AnimeSchedule and MyAnimeList, for a span of time, by local day. */
export type Schedule = {
  __typename?: 'Schedule';
  /** How each source answered; a failed source leaves the others standing. */
  dataSources: Array<ScheduleSource>;
  /** The same broadcasts grouped by local date, each day of the span once (empty days too). */
  days: Array<ScheduleDay>;
  /** Every broadcast of the span, in airing order. */
  entries: Array<AiringEntry>;
  /** Start of the span (inclusive), UTC. */
  from: Scalars['DateTimeISO']['output'];
  /** The IANA time zone the days and local times are in. */
  timezone: Scalars['String']['output'];
  /** End of the span (exclusive), UTC. */
  to: Scalars['DateTimeISO']['output'];
  /** What is missing from the answer, if anything (a source that failed). */
  warnings: Array<Scalars['String']['output']>;
};

/** An anime's airing status on AnimeSchedule. */
export type ScheduleAiringStatus =
  /** It has finished airing. */
  | 'FINISHED'
  /** It is airing now. */
  | 'ONGOING'
  /** It has not started airing yet. */
  | 'UPCOMING';

/** An anime as AnimeSchedule describes it. */
export type ScheduleAnime = {
  __typename?: 'ScheduleAnime';
  /** Its entry in the catalog, by its MyAnimeList id: `anime` there is null when the catalog does not have it; null when AnimeSchedule links no MyAnimeList page. */
  catalog: Maybe<CatalogEntry>;
  /** Its English title; null when AnimeSchedule has none. */
  english: Maybe<Scalars['String']['output']>;
  /** How many episodes it has; null when unknown. */
  episodes: Maybe<Scalars['Int']['output']>;
  /** Its genres, by name, as AnimeSchedule lists them. */
  genres: Array<Scalars['String']['output']>;
  /** URL of its poster on AnimeSchedule's image server; null when it has none. */
  image: Maybe<Scalars['String']['output']>;
  /** Length of one episode, in minutes; null when unknown. */
  lengthMinutes: Maybe<Scalars['Int']['output']>;
  /** Its media types, by name: TV, Movie, ONA, ... */
  mediaTypes: Array<Scalars['String']['output']>;
  /** Its title in the original script (Japanese, ...); null when AnimeSchedule has none. */
  native: Maybe<Scalars['String']['output']>;
  /** When its first episode aired (or airs) in Japan: an ISO 8601 date-time, as AnimeSchedule gives it; null when unknown. */
  premiere: Maybe<Scalars['String']['output']>;
  /** How many AnimeSchedule users rated it; null when AnimeSchedule does not say. */
  ratingCount: Maybe<Scalars['Int']['output']>;
  /** Its romanized Japanese title; null when AnimeSchedule has none. */
  romaji: Maybe<Scalars['String']['output']>;
  /** AnimeSchedule users' average score, 1-100; null when AnimeSchedule has none. */
  score: Maybe<Scalars['Float']['output']>;
  /** AnimeSchedule's slug (its `route`), as in animeschedule.net/anime/<slug>. */
  slug: Scalars['String']['output'];
  /** Its source material, by name: Manga, Light Novel, Original, ... */
  sources: Array<Scalars['String']['output']>;
  /** Its airing status on AnimeSchedule: Finished, Ongoing, Upcoming or Delayed. */
  status: Maybe<Scalars['String']['output']>;
  /** Where to stream it, as AnimeSchedule lists it (without subtitle or dub languages). */
  streams: Array<StreamingLink>;
  /** Its studios, by name. */
  studios: Array<Scalars['String']['output']>;
  /** AnimeSchedule's display title. */
  title: Scalars['String']['output'];
  /** Its pages on MyAnimeList, AniList, Kitsu and AniDB, and its official site, where AnimeSchedule lists them. */
  websites: Array<ExternalLink>;
};

/** A page of AnimeSchedule's anime search, best first by the sort asked for. */
export type ScheduleAnimeConnection = {
  __typename?: 'ScheduleAnimeConnection';
  /** Where this page came from (cache tier, age); when it took several of AnimeSchedule's pages, the least fresh of them. */
  dataSource: DataSource;
  /** The items of this page, in AnimeSchedule's order, each with its cursor. */
  edges: Array<ScheduleAnimeEdge>;
  /**
   * The anime of this page.
   * @deprecated Use nodes, the same list.
   */
  items: Array<ScheduleAnime>;
  /** The same items as `edges`, without cursors. */
  nodes: Array<ScheduleAnime>;
  /** Whether more follow, and the cursors to ask for them. */
  pageInfo: PageInfo;
  /**
   * How many anime match, in all pages.
   * @deprecated Use totalCount.
   */
  total: Scalars['Int']['output'];
  /** How many items the whole list holds, as AnimeSchedule counts them; null when AnimeSchedule does not say. */
  totalCount: Maybe<Scalars['Int']['output']>;
};

/** One anime in a page of AnimeSchedule's list, with its cursor. */
export type ScheduleAnimeEdge = {
  __typename?: 'ScheduleAnimeEdge';
  /** Opaque cursor of this anime: pass it as `after`, with the same other arguments, for the items that follow it. */
  cursor: Scalars['String']['output'];
  /** The anime. */
  node: ScheduleAnime;
};

/** A change to the schedule: a broadcast added, removed, delayed or moved. */
export type ScheduleChange = {
  __typename?: 'ScheduleChange';
  /** The broadcast as it is now (as it was, for REMOVED). */
  entry: AiringEntry;
  /** What changed. */
  kind: ScheduleChangeKind;
  /** When it was to air before (DELAYED, RESCHEDULED); null otherwise. */
  previousAiringAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** How a broadcast changed between two reads of the sources. */
export type ScheduleChangeKind =
  /** A broadcast the schedule did not have. */
  | 'ADDED'
  /** AnimeSchedule now says it is delayed, or delayed until another time. */
  | 'DELAYED'
  /** A coming broadcast that every source that listed it no longer lists. */
  | 'REMOVED'
  /** Its airing time moved (by more than a minute). */
  | 'RESCHEDULED';

/** The broadcasts of one local day. */
export type ScheduleDay = {
  __typename?: 'ScheduleDay';
  /** The date in the time zone asked for: YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** Its broadcasts, in airing order. */
  entries: Array<AiringEntry>;
};

/** An anime season of a year. */
export type ScheduleSeason =
  /** Fall: October to December. */
  | 'FALL'
  /** Spring: April to June. */
  | 'SPRING'
  /** Summer: July to September. */
  | 'SUMMER'
  /** Winter: January to March. */
  | 'WINTER';

/** How AnimeSchedule orders a search's results. */
export type ScheduleSort =
  /** By title, A to Z. */
  | 'ALPHABETIC'
  /** Most popular on AnimeSchedule first. */
  | 'POPULARITY'
  /** By premiere date. */
  | 'RELEASE_DATE'
  /** Highest AnimeSchedule users' score first. */
  | 'SCORE';

/** How one source answered for a schedule. */
export type ScheduleSource = {
  __typename?: 'ScheduleSource';
  /** The broadcasts it listed for the schedule's days (before merging and filtering). */
  broadcasts: Scalars['Int']['output'];
  /** Why it failed: an error code of docs/errors.md (UPSTREAM_UNAVAILABLE, ...); null unless FAILED. */
  errorCode: Maybe<Scalars['String']['output']>;
  /** Why it failed, in words; null unless FAILED. */
  errorMessage: Maybe<Scalars['String']['output']>;
  /** The platform. */
  platform: ExternalPlatform;
  /** ANSWERED, FAILED, or NOT_CONFIGURED (AnimeSchedule without ANIMESCHEDULE_TOKEN). */
  state: Scalars['String']['output'];
};

/** How far the semantic index build under way is, in texts to embed. */
export type SearchBuildProgress = {
  __typename?: 'SearchBuildProgress';
  /** Texts embedded so far. */
  done: Scalars['Int']['output'];
  /** Texts to embed in all (it may grow while the build runs). */
  total: Scalars['Int']['output'];
};

/** Words searched, and how often. */
export type SearchCount = {
  __typename?: 'SearchCount';
  /** How many searches. */
  count: Scalars['Int']['output'];
  /** The words, as searched (trimmed, spaces collapsed, compared without case). */
  text: Scalars['String']['output'];
};

/** An anime a search found, with its score and what matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The anime found. */
  anime: Anime;
  /** The signals `score` is made of, each before weighting. */
  components: SearchScoreComponents;
  /** With search(collapseFranchise: true): the other entries of its franchise that matched, in their order; else empty. */
  franchiseMatches: Array<SearchHit>;
  /** What matched: "title", "synonyms", "tags", "synopsis", for meaning "title (meaning)", "synopsis (meaning)" or "synopsis sentence (meaning)", and for a picture "poster (image)". */
  matchedFields: Array<Scalars['String']['output']>;
  /** The title or synonym that matched best; null when the hit came from tags, synopsis or meaning only. */
  matchedName: Maybe<Scalars['String']['output']>;
  /** The weighted sum of `components` in the result mode: higher is better; comparable within one result only. A franchise's main entry that a query describing the work moves up scores just above the entry it passes. */
  score: Scalars['Float']['output'];
};

/** A page of the hits of a search, best first, and the mode they were ranked in. */
export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  /** The hits of this page with their cursors, best first. */
  edges: Array<SearchHitEdge>;
  /**
   * Cursor of the last hit of this page when more hits follow; null on the last page.
   * @deprecated Use pageInfo.endCursor, with pageInfo.hasNextPage telling whether more hits follow.
   */
  endCursor: Maybe<Scalars['String']['output']>;
  /** The hits of this page, best first (the same as `edges`, without cursors). */
  hits: Array<SearchHit>;
  /** The mode the hits were ranked in: LEXICAL when semantic search was asked for but is unavailable. */
  mode: SearchMode;
  /** Where this page stands in the ranking: whether more hits follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many hits the ranking found in all (the best candidates of each signal): paging to the end returns exactly these. */
  totalCount: Scalars['Int']['output'];
  /** Why the answer is not what was asked for (semantic search unavailable, for one); empty when it is. */
  warnings: Array<Scalars['String']['output']>;
};

/** A search hit with its cursor. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Pass as `after` (with the same query, filter and mode) for the hits that follow this one. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: SearchHit;
};

/** How search ranks anime. Every mode also weighs the catalog prior (see SearchScoreComponents.prior). */
export type SearchMode =
  /** Title, word and meaning signals blended (the default); LEXICAL, with a warning, while semantic search is unavailable. */
  | 'HYBRID'
  /** Words only: titles and synonyms (typo tolerant), tags and synopses. */
  | 'LEXICAL'
  /** Meaning only: the query's vector against synopses, their sentences and titles; LEXICAL, with a warning, while semantic search is unavailable. */
  | 'SEMANTIC';

/** The signals a hit was ranked by, before weighting; each is 0 when it played no part, and at most 1. */
export type SearchScoreComponents = {
  __typename?: 'SearchScoreComponents';
  /** Likeness of the search's picture to the anime's poster (cosine of their CLIP vectors); 0 without a picture, or when the anime has no poster vector. */
  image: Scalars['Float']['output'];
  /** Word match (BM25) over tags and synopsis, 1 for the best candidate. */
  lexical: Scalars['Float']['output'];
  /** Prior from the catalog alone: how many sites list it, its score, its type (TV and movies before OVAs and specials). */
  prior: Scalars['Float']['output'];
  /** Closeness in meaning: best cosine similarity of the query to the synopsis, a synopsis sentence or a title. */
  semantic: Scalars['Float']['output'];
  /** Similarity of the whole query to the best-matching title or synonym (typo tolerant). */
  title: Scalars['Float']['output'];
  /** Word match (BM25) over titles and synonyms, 1 for the best candidate. */
  titleWords: Scalars['Float']['output'];
};

/** What search can do right now, and why not more. */
export type SearchStatus = {
  __typename?: 'SearchStatus';
  /** Length of the model's vectors; null until it is loaded, or without one. */
  dimensions: Maybe<Scalars['Int']['output']>;
  /** The CLIP model that embeds pictures and posters (CLIP_MODEL, such as "Xenova/clip-vit-base-patch32"); null until it is loaded. */
  imageModel: Maybe<Scalars['String']['output']>;
  /** Posters fetched and embedded so far by the image build under way; null when none is running. */
  imageProgress: Maybe<SearchBuildProgress>;
  /** Why pictures cannot be searched (yet); null when they can. */
  imageReason: Maybe<Scalars['String']['output']>;
  /** Whether anime can be found by a picture. */
  imageState: ImageState;
  /** Anime of the served catalog that have vectors; 0 before the first build. */
  indexedAnime: Scalars['Int']['output'];
  /** Anime of the served catalog whose poster is indexed; 0 before the first image build. */
  indexedPosters: Scalars['Int']['output'];
  /** Texts the last successful build had to embed (the others came from the disk cache); null before the first. */
  lastBuildEmbedded: Maybe<Scalars['Int']['output']>;
  /** Wall-clock seconds the last successful build took; null before the first. */
  lastBuildSeconds: Maybe<Scalars['Float']['output']>;
  /** The best mode available now: HYBRID once the semantic index is built, else LEXICAL. */
  mode: SearchMode;
  /** The embedding model (EMBEDDING_MODEL, such as "Xenova/all-MiniLM-L6-v2"); with several (EMBEDDING_MODELS), the first that loaded, whose vectors serve similar titles and recommendations. Null until one is loaded, or without one. */
  model: Maybe<Scalars['String']['output']>;
  /** The embedding models loaded, each with its card, in the order of EMBEDDING_MODELS: search fuses their scores. Empty until one is loaded, or without one. */
  models: Array<EmbeddingModelInfo>;
  /** Texts embedded so far by the build under way; null when no build is embedding. */
  progress: Maybe<SearchBuildProgress>;
  /** Why search is not (yet) semantic, or which of EMBEDDING_MODELS it goes without and why; null when it is semantic with every model. */
  reason: Maybe<Scalars['String']['output']>;
  /** State of semantic search: DISABLED (SEMANTIC_SEARCH=false or no model), LOADING_MODEL, BUILDING, READY or FAILED (the first build failed). */
  semanticState: Scalars['String']['output'];
  /** Where the vectors are kept (VECTOR_STORE): "embedded" (in this process), "qdrant" (QDRANT_URL) or "pgvector" (PostgreSQL, PGVECTOR_URL). */
  vectorStore: Scalars['String']['output'];
  /** Tags and synopses are searchable by word (built in the background after a catalog loads). */
  wordIndexReady: Scalars['Boolean']['output'];
};

/** Season of the year an anime first aired in; UNDEFINED when unknown. */
export type Season =
  /** First aired in fall (autumn). */
  | 'FALL'
  /** First aired in spring. */
  | 'SPRING'
  /** First aired in summer. */
  | 'SUMMER'
  /** The season is unknown (the year may still be known). */
  | 'UNDEFINED'
  /** First aired in winter. */
  | 'WINTER';

/** The error a platform call ended with. */
export type SourceError = {
  __typename?: 'SourceError';
  /** The error code, as in extensions.code: UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT or UPSTREAM_RATE_LIMITED. */
  code: Scalars['String']['output'];
  /** What went wrong, in words, after the platform's name ("AniList: answered 503"). */
  message: Scalars['String']['output'];
};

/** What a platform answered for an anime. */
export type SourceState =
  /** It answered with data, fresh or from the cache. */
  | 'ANSWERED'
  /** The call failed (unreachable, timeout, rate limit, open breaker, ...); its error says why. */
  | 'FAILED'
  /** It needs credentials this deployment does not have (AniDB, AnimeSchedule), so it was not asked. */
  | 'NOT_CONFIGURED'
  /** It has nothing for it: the catalog has no id of the anime on it (and none could be mapped), the platform does not have the anime, or (in MissingScore) it has no score for it. */
  | 'NOT_LISTED';

/** Someone credited on an anime (from AniDB, also companies), with their roles. */
export type StaffCredit = {
  __typename?: 'StaffCredit';
  /** Their name, as the platform writes it. */
  name: Scalars['String']['output'];
  /** Their roles, worded as the platform has them: Director, Music, ...; may be empty. */
  roles: Array<Scalars['String']['output']>;
  /** The platform this credit comes from. */
  source: ExternalPlatform;
  /** Their page on the platform; null when it gives none. */
  url: Maybe<Scalars['String']['output']>;
};

/** Where to watch it; one entry per URL, with every platform that lists it. */
export type StreamingLink = {
  __typename?: 'StreamingLink';
  /** Dub languages, as codes such as ja; only Kitsu says, so empty when it does not list the URL. */
  dubs: Array<Scalars['String']['output']>;
  /** The streaming service (Crunchyroll, Netflix, ...), named as the first platform listing the URL names it. */
  site: Scalars['String']['output'];
  /** Every platform that lists this URL. */
  sources: Array<ExternalPlatform>;
  /** Subtitle languages, as codes such as en; only Kitsu says, so empty when it does not list the URL. */
  subtitles: Array<Scalars['String']['output']>;
  /** The anime's page on that service. */
  url: Scalars['String']['output'];
};

/** AniGraph's live events, over graphql-ws at the gateway's /graphql: episodes airing, about to air, changes to the schedule, and catalog updates. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each episode once, when its airing time comes within `withinMinutes` minutes. */
  airingSoon: AiringEntry;
  /** Each new catalog that serves after the first (the weekly release update, a reload): the anime it added and removed. With a filter, only the updates that added or removed anime it keeps, and only those anime. */
  catalogUpdated: CatalogUpdate;
  /** Each episode as its airing time comes (within a minute), with any Anime fields asked for. */
  episodeAired: AiringEntry;
  /** Each change to the coming week: a broadcast added, removed, delayed or moved (the sources are read every SCHEDULE_POLL_INTERVAL). */
  scheduleChanged: ScheduleChange;
};


/** AniGraph's live events, over graphql-ws at the gateway's /graphql: episodes airing, about to air, changes to the schedule, and catalog updates. */
export type SubscriptionAiringSoonArgs = {
  airType?: AirType;
  filter?: InputMaybe<AnimeFilter>;
  withinMinutes?: Scalars['Int']['input'];
};


/** AniGraph's live events, over graphql-ws at the gateway's /graphql: episodes airing, about to air, changes to the schedule, and catalog updates. */
export type SubscriptionCatalogUpdatedArgs = {
  filter?: InputMaybe<AnimeFilter>;
};


/** AniGraph's live events, over graphql-ws at the gateway's /graphql: episodes airing, about to air, changes to the schedule, and catalog updates. */
export type SubscriptionEpisodeAiredArgs = {
  airType?: AirType;
  filter?: InputMaybe<AnimeFilter>;
};


/** AniGraph's live events, over graphql-ws at the gateway's /graphql: episodes airing, about to air, changes to the schedule, and catalog updates. */
export type SubscriptionScheduleChangedArgs = {
  airType?: AirType;
  filter?: InputMaybe<AnimeFilter>;
};

/** An anime suggested by similar() or recommendations(), with why. */
export type Suggestion = {
  __typename?: 'Suggestion';
  /** The anime suggested. */
  anime: Anime;
  /** The liked anime (for similar(), the anime asked about) it shares the most tags with. */
  because: Anime;
  /** Why, in words: "shares tags action, space with Cowboy Bebop", and that its story is close when storySimilarity is 0.35 or more; may be empty. */
  reasons: Array<Scalars['String']['output']>;
  /** Higher is better; comparable within one answer only. Blends story similarity, shared tags and the catalog prior. */
  score: Scalars['Float']['output'];
  /** The tags it shares with `because`. */
  sharedTags: Array<Scalars['String']['output']>;
  /** Cosine similarity of its story vector to the liked anime's (less half the disliked ones'); null without semantic vectors, or when it is not among the 200 closest stories. */
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

/** A catalog tag the request asks for, and how strongly. */
export type TagWeight = {
  __typename?: 'TagWeight';
  /** The catalog tag, lower case. */
  tag: Scalars['String']['output'];
  /** 1 for a tag named outright; less for a tag a descriptor only suggests ("dark" → tragedy 0.5). */
  weight: Scalars['Float']['output'];
  /** The words of the request it was read from. */
  words: Scalars['String']['output'];
};

/** A user's taste: their preferences merged with what their linked accounts' anime lists say. What `recommendations` uses when a signed-in user gives no `liked`. Anime are named by platform references: "anilist:<AniList id>" or "mal:<MyAnimeList id>". */
export type Taste = {
  __typename?: 'Taste';
  /** Anime they dropped or scored well below their mean. */
  dislikedAnime: Array<Scalars['String']['output']>;
  /** The tags they set to avoid (preferences.excludedTags); these win over the linked lists. */
  excludedTags: Array<Scalars['String']['output']>;
  /** The favourite studios they set, then those of their linked lists. */
  favouriteStudios: Array<Scalars['String']['output']>;
  /** The favourite tags they set, then those of their linked lists (never an excluded one), lower case. */
  favouriteTags: Array<Scalars['String']['output']>;
  /** Anime they scored well (or finished, on a list without scores), best first. */
  likedAnime: Array<Scalars['String']['output']>;
  /** The linked accounts this taste draws on. */
  linkedPlatforms: Array<LinkedPlatform>;
  /** Every anime on their linked lists but the planned ones: recommendations leave these out. */
  seenAnime: Array<Scalars['String']['output']>;
};

/** A user's tier, which sets their quotas. */
export type Tier =
  /** The largest quotas, for organisations. */
  | 'ENTERPRISE'
  /** The free tier: the smallest quotas (also what anonymous callers get). */
  | 'FREE'
  /** The paid tier: larger quotas. */
  | 'PREMIUM';

/** The use of one tier. */
export type TierUsage = {
  __typename?: 'TierUsage';
  /** Distinct callers (users, or anonymous addresses each day). */
  callers: Scalars['Int']['output'];
  /** Operations of its callers. */
  operations: Scalars['Int']['output'];
  /** FREE, PREMIUM or ENTERPRISE (anonymous callers are FREE). */
  tier: Scalars['String']['output'];
};

/** An episode in a week of the timetable. */
export type TimetableEpisode = {
  __typename?: 'TimetableEpisode';
  /** Which release this is: RAW (the Japanese broadcast), SUB or DUB. */
  airType: AirType;
  /** The episode's status now: airing, aired, unaired or delayed-air. */
  airingStatus: Maybe<Scalars['String']['output']>;
  /** When it airs: an ISO 8601 date-time in the time zone asked for (AnimeSchedule's default, Europe/London, without one). */
  airsAt: Scalars['String']['output'];
  /** AnimeSchedule's note when it is delayed, with "until" and an ISO 8601 date-time when it says until when; null when it is not. */
  delayed: Maybe<Scalars['String']['output']>;
  /** True for a donghua: a Chinese animation. */
  donghua: Scalars['Boolean']['output'];
  /** The anime's English title; null when AnimeSchedule has none. */
  english: Maybe<Scalars['String']['output']>;
  /** The number of this episode; null when AnimeSchedule gives none. */
  episodeNumber: Maybe<Scalars['Int']['output']>;
  /** The anime's episodes in all; null when unknown. */
  episodes: Maybe<Scalars['Int']['output']>;
  /** URL of the anime's poster on AnimeSchedule's image server; null when it has none. */
  image: Maybe<Scalars['String']['output']>;
  /** Length of the episode, in minutes; null when unknown. */
  lengthMinutes: Maybe<Scalars['Int']['output']>;
  /** The anime's AnimeSchedule slug: pass it to animeSchedule.anime for the whole anime. */
  slug: Scalars['String']['output'];
  /** Where to stream it, as AnimeSchedule lists it (without subtitle or dub languages). */
  streams: Array<StreamingLink>;
  /** The anime's display title on AnimeSchedule. */
  title: Scalars['String']['output'];
};

/** A trailer video of an anime. */
export type Trailer = {
  __typename?: 'Trailer';
  /** The video's id on that site. */
  id: Scalars['String']['output'];
  /** Where the video is: youtube or dailymotion. */
  site: Scalars['String']['output'];
  /** The platform that gave the trailer. */
  source: ExternalPlatform;
  /** URL of a still of the video; null when there is none. */
  thumbnail: Maybe<Scalars['String']['output']>;
  /** The video's page. */
  url: Scalars['String']['output'];
};

/** Operations by the transport they came by. */
export type TransportCount = {
  __typename?: 'TransportCount';
  /** How many operations. */
  count: Scalars['Int']['output'];
  /** graphql-http, graphql-ws, rest, mcp, or webhooks (the subscriptions the webhook dispatcher holds). */
  transport: Scalars['String']['output'];
};

/** An anime searched for and looked up more than before. */
export type TrendingAnime = {
  __typename?: 'TrendingAnime';
  /** The anime. */
  anime: Anime;
  /** Operations that named it (anime, similar, recommendations, nextEpisode …), in the window. */
  lookups: Scalars['Int']['output'];
  /** Searches and lookups in the window of the same length before. */
  previous: Scalars['Int']['output'];
  /** How much it rose: (now − before) / √(before + 1), the rise in units of the noise expected of counts; the list is ordered by it. */
  score: Scalars['Float']['output'];
  /** Searches whose first hits it was, in the window. */
  searches: Scalars['Int']['output'];
};

/** How far back trending looks, against a window of the same length before it. */
export type TrendingWindow =
  /** The last 24 hours. */
  | 'DAY'
  /** The last hour. */
  | 'HOUR'
  /** The last 30 days. */
  | 'MONTH'
  /** The last 7 days. */
  | 'WEEK';

/** A range of episode counts; either end may be open. */
export type UnderstoodEpisodes = {
  __typename?: 'UnderstoodEpisodes';
  /** Most episodes; null when open. */
  max: Maybe<Scalars['Int']['output']>;
  /** Fewest episodes; null when open. */
  min: Maybe<Scalars['Int']['output']>;
};

/** One season of one year ("winter 2023", "this season"). */
export type UnderstoodSeason = {
  __typename?: 'UnderstoodSeason';
  /** The season. */
  season: Season;
  /** The year (the catalog counts January to March as that year's winter). */
  year: Scalars['Int']['output'];
};

/** An anime the request names, found by the catalog title search (typos tolerated, only strong matches). */
export type UnderstoodTitle = {
  __typename?: 'UnderstoodTitle';
  /** AniGraph id of the anime. */
  id: Scalars['ID']['output'];
  /** The anime's catalog title. */
  title: Scalars['String']['output'];
  /** The words of the request that named it, lower case. */
  words: Scalars['String']['output'];
};

/** A range of first-air years; either end may be open. */
export type UnderstoodYears = {
  __typename?: 'UnderstoodYears';
  /** First year included; null when open. */
  from: Maybe<Scalars['Int']['output']>;
  /** Last year included; null when open. */
  to: Maybe<Scalars['Int']['output']>;
};

/** One check for a new catalog release. */
export type UpdateCheck = {
  __typename?: 'UpdateCheck';
  /** When the check ended (UTC, ISO 8601). */
  at: Scalars['DateTimeISO']['output'];
  /** What happened, in words. */
  message: Scalars['String']['output'];
  /** How it ended. */
  outcome: UpdateOutcome;
};

/** How a check for a new catalog release ended. */
export type UpdateOutcome =
  /** Something else went wrong (see the log); the served catalog stays. */
  | 'FAILED'
  /** The download is not an anime-offline-database release; the served catalog stays. */
  | 'INVALID'
  /** The new release holds no valid anime or would drop more anime than CATALOG_MAX_SHRINK allows; the served catalog stays. */
  | 'REFUSED'
  /** The release has not changed since it was fetched (HTTP 304). */
  | 'UNCHANGED'
  /** The release could not be downloaded (offline, DNS, timeout, HTTP error); the served catalog stays. */
  | 'UNREACHABLE'
  /** A new release was downloaded, validated and now serves. */
  | 'UPDATED';

/** A user's use of their quotas. A quota day starts with the first query after the last one ended and lasts 24 hours; the counters are the gateway's own (shared in Redis when REDIS_URL is set). */
export type Usage = {
  __typename?: 'Usage';
  /** What the tier allows a day. */
  limits: UsageLimits;
  /** When the current quota day ends; null when none has begun. */
  resetsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the current quota day holds so far. */
  today: UsageToday;
};

/** The daily quotas of the user's tier; null where it has none. */
export type UsageLimits = {
  __typename?: 'UsageLimits';
  /** Enhanced queries a day (QUOTA_<TIER>_ENHANCED_PER_DAY); null: unlimited. */
  enhanced: Maybe<Scalars['Int']['output']>;
  /** Queries a day (QUOTA_<TIER>_QUERIES_PER_DAY); null: unlimited. */
  queries: Maybe<Scalars['Int']['output']>;
};

/** What a user asked in the current quota day, of each kind. */
export type UsageToday = {
  __typename?: 'UsageToday';
  /** Of those, enhanced ones: they touched platform fields or the language model. */
  enhanced: Scalars['Int']['output'];
  /** Queries (every GraphQL operation, REST call or MCP tool call). */
  queries: Scalars['Int']['output'];
};

/** A user of AniGraph: who owns API keys, with a tier that sets their quotas. Seen only by the user and operators. */
export type User = {
  __typename?: 'User';
  /** The user's API keys, newest first, revoked ones included (never the keys themselves). */
  apiKeys: Array<ApiKey>;
  /** When the user was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The user's id (a UUID). */
  id: Scalars['ID']['output'];
  /** The user's linked AniList and MyAnimeList accounts (never their tokens). */
  linkedAccounts: Array<LinkedAccount>;
  /** The name an operator gave the user. */
  name: Scalars['String']['output'];
  /** What the user likes and avoids. */
  preferences: Preferences;
  /** The user's preferences merged with their linked accounts' lists: what recommendations without `liked` use for them. */
  taste: Taste;
  /** The user's tier, which sets their quotas. */
  tier: Tier;
  /** The user's use of their daily quotas, and the limits of their tier. */
  usage: Usage;
};

/** Everything AniGraph keeps about the user (exportMyData): never a key or its hash. */
export type UserDataExport = {
  __typename?: 'UserDataExport';
  /** The same data as one JSON document, to save as a file. */
  document: Scalars['String']['output'];
  /** When the export was made. */
  exportedAt: Scalars['DateTimeISO']['output'];
  /** The user, with their preferences and the records of their API keys. */
  user: User;
};

/** A user deleted, with every API key they had. */
export type UserDeletion = {
  __typename?: 'UserDeletion';
  /** How many API keys (live or revoked) were deleted with the user. */
  deletedApiKeys: Scalars['Int']['output'];
  /** The id the user had. */
  userId: Scalars['ID']['output'];
};

/** A person who voices a character. */
export type VoiceActor = {
  __typename?: 'VoiceActor';
  /** The language of the role, as MyAnimeList writes it (Japanese, English, ...); always Japanese from AniList and AniDB. */
  language: Maybe<Scalars['String']['output']>;
  /** Their name, as the platform writes it. */
  name: Scalars['String']['output'];
  /** Their page on the platform; null when it gives none. */
  url: Maybe<Scalars['String']['output']>;
};

/** An endpoint that AniGraph tells of events, registered with one of the user's API keys. */
export type Webhook = {
  __typename?: 'Webhook';
  /** False once the API key that registered it is revoked: it is told of no more events. */
  active: Scalars['Boolean']['output'];
  /** The API key that registered it. */
  apiKeyId: Scalars['ID']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The events it is told of. */
  events: Array<WebhookEvent>;
  /** The AnimeFilter it was registered with, as JSON in a canonical form; null when it is for every anime. */
  filter: Maybe<Scalars['String']['output']>;
  /** The webhook's id (what deleteWebhook and webhookDeliveries take). */
  id: Scalars['ID']['output'];
  /** The URL each delivery is POSTed to. */
  url: Scalars['String']['output'];
};

/** One event for one webhook, and how its delivery went: the same message id on every attempt. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the event was written to the outbox. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When an attempt succeeded; null until then. */
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The event. */
  event: WebhookEvent;
  /** The message id ("msg_..."), sent as the webhook-id header on every attempt: a receiver drops repeats by it. */
  id: Scalars['ID']['output'];
  /** When the last attempt was made; null before the first. */
  lastAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What went wrong in the last attempt; null when it succeeded or none was made. */
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt's answer; null without an answer (or an attempt). */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due; null once delivered or failed. */
  nextAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The JSON body each attempt sends: `{ "type", "timestamp", "data" }`. */
  payload: Scalars['String']['output'];
  /** Pending, delivered or failed. */
  status: WebhookDeliveryStatus;
};

/** A page of a webhook's deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** The same deliveries as `edges`, without cursors. */
  nodes: Array<WebhookDelivery>;
  /** Whether more deliveries follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many deliveries the webhook has (of the status asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A delivery of a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` for the deliveries that follow this one. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered an attempt with a 2xx status. */
  | 'DELIVERED'
  /** No attempt succeeded within WEBHOOK_RETRY_FOR (24 h) of the event: no more are made. */
  | 'FAILED'
  /** Not delivered yet: the next attempt is at nextAttemptAt. */
  | 'PENDING';

/** What a webhook is told of: each is one of the graph's subscriptions, delivered as an HTTP POST. */
export type WebhookEvent =
  /** An episode airs within 30 minutes (airingSoon): body type "episode.airing_soon". */
  | 'AIRING_SOON'
  /** A new catalog serves, with the anime it added and removed (catalogUpdated): "catalog.updated". */
  | 'CATALOG_UPDATED'
  /** An episode airs (episodeAired): body type "episode.aired". */
  | 'EPISODE_AIRED'
  /** A broadcast of the coming week is added, removed, delayed or moved (scheduleChanged): "schedule.changed". */
  | 'SCHEDULE_CHANGED';

export type AnimeSummaryFragment = { __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null };

export type SearchHitScoresFragment = { __typename?: 'SearchHit', score: number, matchedName: string | null, matchedFields: Array<string>, components: { __typename?: 'SearchScoreComponents', title: number, titleWords: number, lexical: number, semantic: number, prior: number, image: number } };

export type SearchPageFragment = { __typename?: 'SearchHitConnection', totalCount: number, mode: SearchMode, warnings: Array<string>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } };

export type SearchAnimeQueryVariables = Exact<{
  query: Scalars['String']['input'];
  filter?: InputMaybe<AnimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  mode?: InputMaybe<SearchMode>;
  enhance?: InputMaybe<Scalars['Boolean']['input']>;
  image?: InputMaybe<ImageInput>;
  imageWeight?: Scalars['Float']['input'];
}>;


export type SearchAnimeQuery = { __typename?: 'Query', search: { __typename?: 'SearchHitConnection', totalCount: number, mode: SearchMode, warnings: Array<string>, hits: Array<{ __typename?: 'SearchHit', score: number, matchedName: string | null, matchedFields: Array<string>, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null, platformScores: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, score: number, scale: number, normalized: number, votes: number | null, url: string | null } | null>, ratingAnalysis: { __typename?: 'RatingAnalysis', mean: number, median: number, standardDeviation: number, consistency: number, outliers: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, normalized: number }>, missing: Array<{ __typename?: 'MissingScore', platform: ExternalPlatform, state: SourceState, code: string | null }> } | null }, components: { __typename?: 'SearchScoreComponents', title: number, titleWords: number, lexical: number, semantic: number, prior: number, image: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SearchByImageQueryVariables = Exact<{
  image: ImageInput;
  filter?: InputMaybe<AnimeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchByImageQuery = { __typename?: 'Query', searchByImage: { __typename?: 'SearchHitConnection', totalCount: number, mode: SearchMode, warnings: Array<string>, hits: Array<{ __typename?: 'SearchHit', score: number, matchedName: string | null, matchedFields: Array<string>, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null }, components: { __typename?: 'SearchScoreComponents', title: number, titleWords: number, lexical: number, semantic: number, prior: number, image: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AnimeTitleCompletionQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AnimeTitleCompletionQuery = { __typename?: 'Query', search: { __typename?: 'SearchHitConnection', hits: Array<{ __typename?: 'SearchHit', anime: { __typename?: 'Anime', id: string, title: string } }> } };

export type SearchStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchStatusQuery = { __typename?: 'Query', searchStatus: { __typename?: 'SearchStatus', mode: SearchMode, wordIndexReady: boolean, semanticState: string, reason: string | null, model: string | null, dimensions: number | null, vectorStore: string, indexedAnime: number, imageState: ImageState, imageReason: string | null, imageModel: string | null, indexedPosters: number, progress: { __typename?: 'SearchBuildProgress', done: number, total: number } | null, imageProgress: { __typename?: 'SearchBuildProgress', done: number, total: number } | null } };

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
  orderBy?: InputMaybe<AnimeOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListAnimesQuery = { __typename?: 'Query', animes: { __typename?: 'AnimeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Anime', id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null }> } };

export type CatalogStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogStatsQuery = { __typename?: 'Query', catalogStats: { __typename?: 'CatalogStats', total: number, rejected: number, lastUpdate: string | null, loadedAt: string, byType: Array<{ __typename?: 'CountByKey', key: string, count: number }>, byStatus: Array<{ __typename?: 'CountByKey', key: string, count: number }>, byDecade: Array<{ __typename?: 'CountByKey', key: string, count: number }>, topTags: Array<{ __typename?: 'CountByKey', key: string, count: number }> } };

export type UnderstandQueryQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type UnderstandQueryQuery = { __typename?: 'Query', understandQuery: { __typename?: 'QueryUnderstanding', intent: QueryIntent, text: string | null, types: Array<AnimeType>, tagsInclude: Array<string>, tagsExclude: Array<string>, studios: Array<string>, minScore: number | null, status: Array<AnimeStatus>, timezone: string | null, reasons: Array<string>, similarTo: Array<{ __typename?: 'UnderstoodTitle', id: string, title: string, words: string }>, years: { __typename?: 'UnderstoodYears', from: number | null, to: number | null } | null, season: { __typename?: 'UnderstoodSeason', year: number, season: Season } | null, episodes: { __typename?: 'UnderstoodEpisodes', min: number | null, max: number | null } | null } };

export type CompareRatingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompareRatingsQuery = { __typename?: 'Query', anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, year: number | null, platformScores: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, score: number, scale: number, normalized: number, votes: number | null, url: string | null } | null>, ratingAnalysis: { __typename?: 'RatingAnalysis', mean: number, median: number, standardDeviation: number, consistency: number, outliers: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, normalized: number }>, missing: Array<{ __typename?: 'MissingScore', platform: ExternalPlatform, state: SourceState, code: string | null }> } | null } | null };

export type AnimeRatingsFragment = { __typename?: 'Anime', platformScores: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, score: number, scale: number, normalized: number, votes: number | null, url: string | null } | null>, ratingAnalysis: { __typename?: 'RatingAnalysis', mean: number, median: number, standardDeviation: number, consistency: number, outliers: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, normalized: number }>, missing: Array<{ __typename?: 'MissingScore', platform: ExternalPlatform, state: SourceState, code: string | null }> } | null };

export type AnimeWatchFragment = { __typename?: 'Anime', trailer: { __typename?: 'Trailer', site: string, url: string } | null, streamingLinks: Array<{ __typename?: 'StreamingLink', site: string, url: string, sources: Array<ExternalPlatform> } | null> };

export type AnimeDataSourcesFragment = { __typename?: 'Anime', dataSources: Array<{ __typename?: 'DataSource', platform: ExternalPlatform, resource: string, state: SourceState, cacheTier: CacheTier | null, ageSeconds: number | null, stale: boolean, staleReason: string | null }> };

export type AnimeEnrichmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnimeEnrichmentQuery = { __typename?: 'Query', anime: { __typename?: 'Anime', id: string, title: string, synopsis: string | null, platformScores: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, score: number, scale: number, normalized: number, votes: number | null, url: string | null } | null>, ratingAnalysis: { __typename?: 'RatingAnalysis', mean: number, median: number, standardDeviation: number, consistency: number, outliers: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, normalized: number }>, missing: Array<{ __typename?: 'MissingScore', platform: ExternalPlatform, state: SourceState, code: string | null }> } | null, trailer: { __typename?: 'Trailer', site: string, url: string } | null, streamingLinks: Array<{ __typename?: 'StreamingLink', site: string, url: string, sources: Array<ExternalPlatform> } | null>, dataSources: Array<{ __typename?: 'DataSource', platform: ExternalPlatform, resource: string, state: SourceState, cacheTier: CacheTier | null, ageSeconds: number | null, stale: boolean, staleReason: string | null }> } | null };

export type AnimeDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  detailed: Scalars['Boolean']['input'];
  comprehensive: Scalars['Boolean']['input'];
}>;


export type AnimeDetailsQuery = { __typename?: 'Query', anime: { __typename?: 'Anime', synonyms: Array<string>, studios: Array<string>, producers: Array<string>, synopsis?: string | null, sources: Array<string>, id: string, title: string, type: AnimeType, episodes: number, status: AnimeStatus, season: Season, year: number | null, picture: string, tags: Array<string>, platformIds: Array<{ __typename?: 'PlatformId', platform: Platform, id: string, url: string }>, related: Array<{ __typename?: 'Anime', id: string, title: string }>, characters?: Array<{ __typename?: 'AnimeCharacter', name: string, role: string | null, source: ExternalPlatform, voiceActors: Array<{ __typename?: 'VoiceActor', name: string, language: string | null }> }>, staff?: Array<{ __typename?: 'StaffCredit', name: string, roles: Array<string>, source: ExternalPlatform }>, score: { __typename?: 'AnimeScore', arithmeticGeometricMean: number } | null, platformScores: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, score: number, scale: number, normalized: number, votes: number | null, url: string | null } | null>, ratingAnalysis: { __typename?: 'RatingAnalysis', mean: number, median: number, standardDeviation: number, consistency: number, outliers: Array<{ __typename?: 'PlatformScore', platform: ExternalPlatform, normalized: number }>, missing: Array<{ __typename?: 'MissingScore', platform: ExternalPlatform, state: SourceState, code: string | null }> } | null, trailer: { __typename?: 'Trailer', site: string, url: string } | null, streamingLinks: Array<{ __typename?: 'StreamingLink', site: string, url: string, sources: Array<ExternalPlatform> } | null>, dataSources: Array<{ __typename?: 'DataSource', platform: ExternalPlatform, resource: string, state: SourceState, cacheTier: CacheTier | null, ageSeconds: number | null, stale: boolean, staleReason: string | null }> } | null };

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
  sfw?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JikanTopAnimeQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', topAnime: { __typename?: 'JikanAnimeConnection', totalCount: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'JikanAnime', malId: number, title: string, type: string | null, episodes: number | null, score: number | null, year: number | null, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null }> } | null } };

export type JikanSeasonQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  season: JikanSeason;
  filter?: InputMaybe<JikanAnimeType>;
  sfw?: InputMaybe<Scalars['Boolean']['input']>;
  continuing?: InputMaybe<Scalars['Boolean']['input']>;
  unapproved?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JikanSeasonQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', season: { __typename?: 'JikanAnimeConnection', totalCount: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'JikanAnime', malId: number, title: string, type: string | null, episodes: number | null, score: number | null, year: number | null, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null }> } | null } };

export type AnimeScheduleAnimeFieldsFragment = { __typename?: 'ScheduleAnime', slug: string, title: string, romaji: string | null, english: string | null, native: string | null, status: string | null, episodes: number | null, lengthMinutes: number | null, premiere: string | null, genres: Array<string>, studios: Array<string>, sources: Array<string>, mediaTypes: Array<string>, score: number | null, ratingCount: number | null, image: string | null, websites: Array<{ __typename?: 'ExternalLink', site: string, url: string }>, streams: Array<{ __typename?: 'StreamingLink', site: string, url: string }>, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null };

export type AnimeScheduleSearchQueryVariables = Exact<{
  title?: InputMaybe<Scalars['String']['input']>;
  airingStatus?: InputMaybe<Array<ScheduleAiringStatus> | ScheduleAiringStatus>;
  season?: InputMaybe<ScheduleSeason>;
  year?: InputMaybe<Scalars['Int']['input']>;
  genres?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  genresMatch?: InputMaybe<MatchMode>;
  studios?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  sources?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  mediaTypes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  sort?: InputMaybe<ScheduleSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnimeScheduleSearchQuery = { __typename?: 'Query', animeSchedule: { __typename?: 'AnimeScheduleQueries', search: { __typename?: 'ScheduleAnimeConnection', totalCount: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'ScheduleAnime', slug: string, title: string, romaji: string | null, english: string | null, native: string | null, status: string | null, episodes: number | null, lengthMinutes: number | null, premiere: string | null, genres: Array<string>, studios: Array<string>, sources: Array<string>, mediaTypes: Array<string>, score: number | null, ratingCount: number | null, image: string | null, websites: Array<{ __typename?: 'ExternalLink', site: string, url: string }>, streams: Array<{ __typename?: 'StreamingLink', site: string, url: string }>, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null }> } | null } };

export type AnimeScheduleAnimeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type AnimeScheduleAnimeQuery = { __typename?: 'Query', animeSchedule: { __typename?: 'AnimeScheduleQueries', anime: { __typename?: 'ScheduleAnime', slug: string, title: string, romaji: string | null, english: string | null, native: string | null, status: string | null, episodes: number | null, lengthMinutes: number | null, premiere: string | null, genres: Array<string>, studios: Array<string>, sources: Array<string>, mediaTypes: Array<string>, score: number | null, ratingCount: number | null, image: string | null, websites: Array<{ __typename?: 'ExternalLink', site: string, url: string }>, streams: Array<{ __typename?: 'StreamingLink', site: string, url: string }>, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null } | null } };

export type AnimeScheduleTimetablesQueryVariables = Exact<{
  week?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  airType?: InputMaybe<AirType>;
  timezone?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnimeScheduleTimetablesQuery = { __typename?: 'Query', animeSchedule: { __typename?: 'AnimeScheduleQueries', timetables: Array<{ __typename?: 'TimetableEpisode', title: string, slug: string, english: string | null, episodeNumber: number | null, episodes: number | null, airsAt: string, airType: AirType, airingStatus: string | null, delayed: string | null, lengthMinutes: number | null, donghua: boolean, image: string | null, streams: Array<{ __typename?: 'StreamingLink', site: string, url: string }> }> | null } };

export type JikanRecommendationsQueryVariables = Exact<{
  malId: Scalars['Int']['input'];
}>;


export type JikanRecommendationsQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', recommendations: Array<{ __typename?: 'PlatformRecommendation', title: string, votes: number | null, url: string | null, source: ExternalPlatform, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null }> | null } };

export type JikanRandomAnimeQueryVariables = Exact<{ [key: string]: never; }>;


export type JikanRandomAnimeQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', randomAnime: { __typename?: 'JikanAnime', url: string, synopsis: string | null, malId: number, title: string, type: string | null, episodes: number | null, score: number | null, year: number | null, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null } | null } };

export type JikanGenresQueryVariables = Exact<{
  filter?: InputMaybe<JikanGenreFilter>;
}>;


export type JikanGenresQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', genres: Array<{ __typename?: 'JikanGenre', malId: number, name: string, url: string, count: number }> | null } };

export type JikanCharactersQueryVariables = Exact<{
  malId: Scalars['Int']['input'];
}>;


export type JikanCharactersQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', characters: Array<{ __typename?: 'AnimeCharacter', name: string, role: string | null, image: string | null, url: string | null, voiceActors: Array<{ __typename?: 'VoiceActor', name: string, language: string | null, url: string | null }> }> | null } };

export type JikanStaffQueryVariables = Exact<{
  malId: Scalars['Int']['input'];
}>;


export type JikanStaffQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', staff: Array<{ __typename?: 'StaffCredit', name: string, roles: Array<string>, url: string | null }> | null } };

export type JikanSchedulesQueryVariables = Exact<{
  day?: InputMaybe<JikanDay>;
  kids?: InputMaybe<Scalars['Boolean']['input']>;
  sfw?: InputMaybe<Scalars['Boolean']['input']>;
  unapproved?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JikanSchedulesQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', schedules: { __typename?: 'JikanAnimeConnection', totalCount: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'JikanAnime', malId: number, title: string, type: string | null, episodes: number | null, score: number | null, year: number | null, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null }> } | null } };

export type JikanRecentRecommendationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JikanRecentRecommendationsQuery = { __typename?: 'Query', jikan: { __typename?: 'JikanQueries', recentRecommendations: { __typename?: 'CommunityRecommendationConnection', totalCount: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'CommunityRecommendation', id: string, content: string | null, date: string | null, user: string | null, entries: Array<{ __typename?: 'JikanAnimeRef', malId: number, title: string, url: string, catalog: { __typename?: 'CatalogEntry', anime: { __typename?: 'Anime', id: string, title: string } | null } | null }> }> } | null } };

export type AiringEntryFieldsFragment = { __typename?: 'AiringEntry', id: string, title: string, englishTitle: string | null, episode: number | null, airingAt: string, localTime: string, airType: AirType, status: AiringStatus, delayedFrom: string | null, delayedUntil: string | null, sources: Array<ExternalPlatform>, streams: Array<{ __typename?: 'AiringStream', platform: string, url: string }>, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, picture: string } | null };

export type ScheduleQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
  airType?: InputMaybe<AirType>;
  filter?: InputMaybe<AnimeFilter>;
}>;


export type ScheduleQuery = { __typename?: 'Query', schedule: { __typename?: 'Schedule', from: string, to: string, timezone: string, warnings: Array<string>, days: Array<{ __typename?: 'ScheduleDay', date: string, entries: Array<{ __typename?: 'AiringEntry', id: string, title: string, englishTitle: string | null, episode: number | null, airingAt: string, localTime: string, airType: AirType, status: AiringStatus, delayedFrom: string | null, delayedUntil: string | null, sources: Array<ExternalPlatform>, streams: Array<{ __typename?: 'AiringStream', platform: string, url: string }>, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, picture: string } | null }> }>, dataSources: Array<{ __typename?: 'ScheduleSource', platform: ExternalPlatform, state: string, broadcasts: number, errorCode: string | null }> } };

export type NextEpisodeQueryVariables = Exact<{
  animeId: Scalars['ID']['input'];
  airType?: InputMaybe<AirType>;
}>;


export type NextEpisodeQuery = { __typename?: 'Query', nextEpisode: { __typename?: 'AiringEntry', id: string, title: string, englishTitle: string | null, episode: number | null, airingAt: string, localTime: string, airType: AirType, status: AiringStatus, delayedFrom: string | null, delayedUntil: string | null, sources: Array<ExternalPlatform>, streams: Array<{ __typename?: 'AiringStream', platform: string, url: string }>, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, picture: string } | null } | null };

export type WebhookAiringEntryFragment = { __typename?: 'AiringEntry', id: string, title: string, englishTitle: string | null, nativeTitle: string | null, episode: number | null, airingAt: string, airType: AirType, status: AiringStatus, delayedFrom: string | null, delayedUntil: string | null, sources: Array<ExternalPlatform>, streams: Array<{ __typename?: 'AiringStream', platform: string, url: string }>, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, picture: string } | null };

export type WebhookEpisodeAiredSubscriptionVariables = Exact<{
  filter?: InputMaybe<AnimeFilter>;
}>;


export type WebhookEpisodeAiredSubscription = { __typename?: 'Subscription', episodeAired: { __typename?: 'AiringEntry', id: string, title: string, englishTitle: string | null, nativeTitle: string | null, episode: number | null, airingAt: string, airType: AirType, status: AiringStatus, delayedFrom: string | null, delayedUntil: string | null, sources: Array<ExternalPlatform>, streams: Array<{ __typename?: 'AiringStream', platform: string, url: string }>, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, picture: string } | null } };

export type WebhookAiringSoonSubscriptionVariables = Exact<{
  filter?: InputMaybe<AnimeFilter>;
  withinMinutes: Scalars['Int']['input'];
}>;


export type WebhookAiringSoonSubscription = { __typename?: 'Subscription', airingSoon: { __typename?: 'AiringEntry', id: string, title: string, englishTitle: string | null, nativeTitle: string | null, episode: number | null, airingAt: string, airType: AirType, status: AiringStatus, delayedFrom: string | null, delayedUntil: string | null, sources: Array<ExternalPlatform>, streams: Array<{ __typename?: 'AiringStream', platform: string, url: string }>, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, picture: string } | null } };

export type WebhookScheduleChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<AnimeFilter>;
}>;


export type WebhookScheduleChangedSubscription = { __typename?: 'Subscription', scheduleChanged: { __typename?: 'ScheduleChange', kind: ScheduleChangeKind, previousAiringAt: string | null, entry: { __typename?: 'AiringEntry', id: string, title: string, englishTitle: string | null, nativeTitle: string | null, episode: number | null, airingAt: string, airType: AirType, status: AiringStatus, delayedFrom: string | null, delayedUntil: string | null, sources: Array<ExternalPlatform>, streams: Array<{ __typename?: 'AiringStream', platform: string, url: string }>, anime: { __typename?: 'Anime', id: string, title: string, type: AnimeType, picture: string } | null } } };

export type WebhookCatalogUpdatedSubscriptionVariables = Exact<{
  filter?: InputMaybe<AnimeFilter>;
}>;


export type WebhookCatalogUpdatedSubscription = { __typename?: 'Subscription', catalogUpdated: { __typename?: 'CatalogUpdate', id: string, at: string, total: number, lastUpdate: string | null, addedCount: number, removedCount: number, added: Array<{ __typename?: 'Anime', id: string, title: string, type: AnimeType, year: number | null, season: Season, episodes: number, status: AnimeStatus, picture: string }>, removed: Array<{ __typename?: 'RemovedAnime', id: string, title: string }> } };

export const SearchHitScoresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitScores"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleWords"}},{"kind":"Field","name":{"kind":"Name","value":"lexical"}},{"kind":"Field","name":{"kind":"Name","value":"semantic"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"image"}}]}}]}}]} as unknown as DocumentNode<SearchHitScoresFragment, unknown>;
export const SearchPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<SearchPageFragment, unknown>;
export const AnimeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<AnimeSummaryFragment, unknown>;
export const SuggestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"storySimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTags"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"because"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<SuggestionFieldsFragment, unknown>;
export const AnimeRatingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeRatings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingAnalysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"standardDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"consistency"}},{"kind":"Field","name":{"kind":"Name","value":"outliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AnimeRatingsFragment, unknown>;
export const AnimeWatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeWatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trailer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}}]} as unknown as DocumentNode<AnimeWatchFragment, unknown>;
export const AnimeDataSourcesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeDataSources"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cacheTier"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleReason"}}]}}]}}]} as unknown as DocumentNode<AnimeDataSourcesFragment, unknown>;
export const JikanAnimeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JikanAnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<JikanAnimeSummaryFragment, unknown>;
export const AnimeScheduleAnimeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeScheduleAnimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"romaji"}},{"kind":"Field","name":{"kind":"Name","value":"english"}},{"kind":"Field","name":{"kind":"Name","value":"native"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"premiere"}},{"kind":"Field","name":{"kind":"Name","value":"genres"}},{"kind":"Field","name":{"kind":"Name","value":"studios"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"mediaTypes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AnimeScheduleAnimeFieldsFragment, unknown>;
export const AiringEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AiringEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AiringEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"englishTitle"}},{"kind":"Field","name":{"kind":"Name","value":"episode"}},{"kind":"Field","name":{"kind":"Name","value":"airingAt"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"airType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delayedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}}]}}]} as unknown as DocumentNode<AiringEntryFieldsFragment, unknown>;
export const WebhookAiringEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookAiringEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AiringEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"englishTitle"}},{"kind":"Field","name":{"kind":"Name","value":"nativeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"episode"}},{"kind":"Field","name":{"kind":"Name","value":"airingAt"}},{"kind":"Field","name":{"kind":"Name","value":"airType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delayedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}}]}}]} as unknown as DocumentNode<WebhookAiringEntryFragment, unknown>;
export const SearchAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAnime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchMode"}},"defaultValue":{"kind":"EnumValue","value":"HYBRID"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enhance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"image"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"imageWeight"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},"defaultValue":{"kind":"FloatValue","value":"0.5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"image"},"value":{"kind":"Variable","name":{"kind":"Name","value":"image"}}},{"kind":"Argument","name":{"kind":"Name","value":"imageWeight"},"value":{"kind":"Variable","name":{"kind":"Name","value":"imageWeight"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchPage"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitScores"}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeRatings"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enhance"}}}]}]}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitScores"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleWords"}},{"kind":"Field","name":{"kind":"Name","value":"lexical"}},{"kind":"Field","name":{"kind":"Name","value":"semantic"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"image"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeRatings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingAnalysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"standardDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"consistency"}},{"kind":"Field","name":{"kind":"Name","value":"outliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SearchAnimeQuery, SearchAnimeQueryVariables>;
export const SearchByImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchByImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"image"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchByImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"image"},"value":{"kind":"Variable","name":{"kind":"Name","value":"image"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchPage"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitScores"}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitScores"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleWords"}},{"kind":"Field","name":{"kind":"Name","value":"lexical"}},{"kind":"Field","name":{"kind":"Name","value":"semantic"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}},{"kind":"Field","name":{"kind":"Name","value":"image"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<SearchByImageQuery, SearchByImageQueryVariables>;
export const AnimeTitleCompletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeTitleCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"EnumValue","value":"LEXICAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnimeTitleCompletionQuery, AnimeTitleCompletionQueryVariables>;
export const SearchStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"wordIndexReady"}},{"kind":"Field","name":{"kind":"Name","value":"semanticState"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"vectorStore"}},{"kind":"Field","name":{"kind":"Name","value":"indexedAnime"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"imageState"}},{"kind":"Field","name":{"kind":"Name","value":"imageReason"}},{"kind":"Field","name":{"kind":"Name","value":"imageModel"}},{"kind":"Field","name":{"kind":"Name","value":"indexedPosters"}},{"kind":"Field","name":{"kind":"Name","value":"imageProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<SearchStatusQuery, SearchStatusQueryVariables>;
export const SimilarAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarAnime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeSameFranchise"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeSameFranchise"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeSameFranchise"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"storySimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTags"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"because"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]} as unknown as DocumentNode<SimilarAnimeQuery, SimilarAnimeQueryVariables>;
export const RecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"liked"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disliked"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"liked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"liked"}}},{"kind":"Argument","name":{"kind":"Name","value":"disliked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disliked"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"storySimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTags"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"because"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]} as unknown as DocumentNode<RecommendationsQuery, RecommendationsQueryVariables>;
export const AnimeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"studios"}},{"kind":"Field","name":{"kind":"Name","value":"producers"}},{"kind":"Field","name":{"kind":"Name","value":"synopsis"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"platformIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<AnimeByIdQuery, AnimeByIdQueryVariables>;
export const AnimeBySourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeBySource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animeBySource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<AnimeBySourceQuery, AnimeBySourceQueryVariables>;
export const ListAnimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAnimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeOrder"}},"defaultValue":{"kind":"EnumValue","value":"TITLE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<ListAnimesQuery, ListAnimesQueryVariables>;
export const CatalogStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDecade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogStatsQuery, CatalogStatsQueryVariables>;
export const UnderstandQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnderstandQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"understandQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"similarTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"words"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"season"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"season"}}]}},{"kind":"Field","name":{"kind":"Name","value":"types"}},{"kind":"Field","name":{"kind":"Name","value":"tagsInclude"}},{"kind":"Field","name":{"kind":"Name","value":"tagsExclude"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studios"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<UnderstandQueryQuery, UnderstandQueryQueryVariables>;
export const CompareRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeRatings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeRatings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingAnalysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"standardDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"consistency"}},{"kind":"Field","name":{"kind":"Name","value":"outliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CompareRatingsQuery, CompareRatingsQueryVariables>;
export const AnimeEnrichmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeEnrichment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synopsis"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeRatings"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeWatch"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeDataSources"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeRatings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingAnalysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"standardDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"consistency"}},{"kind":"Field","name":{"kind":"Name","value":"outliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeWatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trailer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeDataSources"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cacheTier"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleReason"}}]}}]}}]} as unknown as DocumentNode<AnimeEnrichmentQuery, AnimeEnrichmentQueryVariables>;
export const AnimeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"detailed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comprehensive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"studios"}},{"kind":"Field","name":{"kind":"Name","value":"producers"}},{"kind":"Field","name":{"kind":"Name","value":"synopsis"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"detailed"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"platformIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeRatings"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"detailed"}}}]}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeWatch"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"detailed"}}}]}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeDataSources"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"detailed"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"characters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comprehensive"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"voiceActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comprehensive"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeRatings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratingAnalysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"standardDeviation"}},{"kind":"Field","name":{"kind":"Name","value":"consistency"}},{"kind":"Field","name":{"kind":"Name","value":"outliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeWatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trailer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streamingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeDataSources"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cacheTier"}},{"kind":"Field","name":{"kind":"Name","value":"ageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleReason"}}]}}]}}]} as unknown as DocumentNode<AnimeDetailsQuery, AnimeDetailsQueryVariables>;
export const AnimePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"characters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"voiceActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<AnimePeopleQuery, AnimePeopleQueryVariables>;
export const PlatformStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"breaker"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"recentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"recentFailures"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p95"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedQuota"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformCache"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"l1"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"misses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"l2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"misses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"l2Available"}},{"kind":"Field","name":{"kind":"Name","value":"staleServed"}}]}}]}}]} as unknown as DocumentNode<PlatformStatusQuery, PlatformStatusQueryVariables>;
export const JikanTopAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanTopAnime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnimeType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanTopFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rating"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanRating"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sfw"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topAnime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"rating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rating"}}},{"kind":"Argument","name":{"kind":"Name","value":"sfw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sfw"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JikanAnimeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JikanAnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<JikanTopAnimeQuery, JikanTopAnimeQueryVariables>;
export const JikanSeasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanSeason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"season"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanSeason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnimeType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sfw"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"continuing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unapproved"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"season"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"season"},"value":{"kind":"Variable","name":{"kind":"Name","value":"season"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sfw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sfw"}}},{"kind":"Argument","name":{"kind":"Name","value":"continuing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"continuing"}}},{"kind":"Argument","name":{"kind":"Name","value":"unapproved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unapproved"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JikanAnimeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JikanAnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<JikanSeasonQuery, JikanSeasonQueryVariables>;
export const AnimeScheduleSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeScheduleSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"airingStatus"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAiringStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"season"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSeason"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"genres"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"genresMatch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchMode"}},"defaultValue":{"kind":"EnumValue","value":"ALL"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studios"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediaTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSort"}},"defaultValue":{"kind":"EnumValue","value":"POPULARITY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"18"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animeSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"airingStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"airingStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"season"},"value":{"kind":"Variable","name":{"kind":"Name","value":"season"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"genres"},"value":{"kind":"Variable","name":{"kind":"Name","value":"genres"}}},{"kind":"Argument","name":{"kind":"Name","value":"genresMatch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"genresMatch"}}},{"kind":"Argument","name":{"kind":"Name","value":"studios"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studios"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediaTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediaTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeScheduleAnimeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeScheduleAnimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"romaji"}},{"kind":"Field","name":{"kind":"Name","value":"english"}},{"kind":"Field","name":{"kind":"Name","value":"native"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"premiere"}},{"kind":"Field","name":{"kind":"Name","value":"genres"}},{"kind":"Field","name":{"kind":"Name","value":"studios"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"mediaTypes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AnimeScheduleSearchQuery, AnimeScheduleSearchQueryVariables>;
export const AnimeScheduleAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeScheduleAnime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animeSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeScheduleAnimeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeScheduleAnimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"romaji"}},{"kind":"Field","name":{"kind":"Name","value":"english"}},{"kind":"Field","name":{"kind":"Name","value":"native"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"premiere"}},{"kind":"Field","name":{"kind":"Name","value":"genres"}},{"kind":"Field","name":{"kind":"Name","value":"studios"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"mediaTypes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"ratingCount"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"websites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AnimeScheduleAnimeQuery, AnimeScheduleAnimeQueryVariables>;
export const AnimeScheduleTimetablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeScheduleTimetables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"current","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"airType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AirType"}},"defaultValue":{"kind":"EnumValue","value":"ALL"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animeSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timetables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"week"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"airType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"airType"}}},{"kind":"Argument","name":{"kind":"Name","value":"timezone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"english"}},{"kind":"Field","name":{"kind":"Name","value":"episodeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"airsAt"}},{"kind":"Field","name":{"kind":"Name","value":"airType"}},{"kind":"Field","name":{"kind":"Name","value":"airingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"delayed"}},{"kind":"Field","name":{"kind":"Name","value":"lengthMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"donghua"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnimeScheduleTimetablesQuery, AnimeScheduleTimetablesQueryVariables>;
export const JikanRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"malId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"malId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"malId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JikanRecommendationsQuery, JikanRecommendationsQueryVariables>;
export const JikanRandomAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanRandomAnime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"randomAnime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JikanAnimeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"synopsis"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JikanAnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<JikanRandomAnimeQuery, JikanRandomAnimeQueryVariables>;
export const JikanGenresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanGenres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanGenreFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"genres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<JikanGenresQuery, JikanGenresQueryVariables>;
export const JikanCharactersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanCharacters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"malId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"characters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"malId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"malId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"voiceActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JikanCharactersQuery, JikanCharactersQueryVariables>;
export const JikanStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"malId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"malId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"malId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<JikanStaffQuery, JikanStaffQueryVariables>;
export const JikanSchedulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanSchedules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JikanDay"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kids"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sfw"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unapproved"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"kids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kids"}}},{"kind":"Argument","name":{"kind":"Name","value":"sfw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sfw"}}},{"kind":"Argument","name":{"kind":"Name","value":"unapproved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unapproved"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JikanAnimeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JikanAnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JikanAnime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<JikanSchedulesQuery, JikanSchedulesQueryVariables>;
export const JikanRecentRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JikanRecentRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jikan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentRecommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"malId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"catalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JikanRecentRecommendationsQuery, JikanRecentRecommendationsQueryVariables>;
export const ScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"UTC","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"airType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AirType"}},"defaultValue":{"kind":"EnumValue","value":"ALL"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"timezone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timezone"}}},{"kind":"Argument","name":{"kind":"Name","value":"airType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"airType"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AiringEntryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"broadcasts"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AiringEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AiringEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"englishTitle"}},{"kind":"Field","name":{"kind":"Name","value":"episode"}},{"kind":"Field","name":{"kind":"Name","value":"airingAt"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"airType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delayedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}}]}}]} as unknown as DocumentNode<ScheduleQuery, ScheduleQueryVariables>;
export const NextEpisodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextEpisode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"animeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"airType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AirType"}},"defaultValue":{"kind":"EnumValue","value":"RAW"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextEpisode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"animeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"animeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"airType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"airType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AiringEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AiringEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AiringEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"englishTitle"}},{"kind":"Field","name":{"kind":"Name","value":"episode"}},{"kind":"Field","name":{"kind":"Name","value":"airingAt"}},{"kind":"Field","name":{"kind":"Name","value":"localTime"}},{"kind":"Field","name":{"kind":"Name","value":"airType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delayedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}}]}}]} as unknown as DocumentNode<NextEpisodeQuery, NextEpisodeQueryVariables>;
export const WebhookEpisodeAiredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebhookEpisodeAired"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episodeAired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookAiringEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookAiringEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AiringEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"englishTitle"}},{"kind":"Field","name":{"kind":"Name","value":"nativeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"episode"}},{"kind":"Field","name":{"kind":"Name","value":"airingAt"}},{"kind":"Field","name":{"kind":"Name","value":"airType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delayedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}}]}}]} as unknown as DocumentNode<WebhookEpisodeAiredSubscription, WebhookEpisodeAiredSubscriptionVariables>;
export const WebhookAiringSoonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebhookAiringSoon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinMinutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"airingSoon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinMinutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookAiringEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookAiringEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AiringEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"englishTitle"}},{"kind":"Field","name":{"kind":"Name","value":"nativeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"episode"}},{"kind":"Field","name":{"kind":"Name","value":"airingAt"}},{"kind":"Field","name":{"kind":"Name","value":"airType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delayedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}}]}}]} as unknown as DocumentNode<WebhookAiringSoonSubscription, WebhookAiringSoonSubscriptionVariables>;
export const WebhookScheduleChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebhookScheduleChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousAiringAt"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookAiringEntry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookAiringEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AiringEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"englishTitle"}},{"kind":"Field","name":{"kind":"Name","value":"nativeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"episode"}},{"kind":"Field","name":{"kind":"Name","value":"airingAt"}},{"kind":"Field","name":{"kind":"Name","value":"airType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delayedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"delayedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"streams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}}]}}]} as unknown as DocumentNode<WebhookScheduleChangedSubscription, WebhookScheduleChangedSubscriptionVariables>;
export const WebhookCatalogUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebhookCatalogUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"addedCount"}},{"kind":"Field","name":{"kind":"Name","value":"removedCount"}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookCatalogUpdatedSubscription, WebhookCatalogUpdatedSubscriptionVariables>;