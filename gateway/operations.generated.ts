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

/** An anime from the catalog (anime-offline-database). */
export type Anime = {
  __typename?: 'Anime';
  duration: Maybe<Duration>;
  /** 0 when unknown. */
  episodes: Scalars['Int']['output'];
  /** Stable AniGraph id, from the preferred platform id: "mal-16498". */
  id: Scalars['ID']['output'];
  picture: Scalars['String']['output'];
  /** The platform ids parsed from `sources`. */
  platformIds: Array<PlatformId>;
  producers: Array<Scalars['String']['output']>;
  /** The related anime that are in the catalog. */
  related: Array<Anime>;
  /** URLs of related anime on the platforms, as the catalog lists them. */
  relatedAnime: Array<Scalars['String']['output']>;
  score: Maybe<AnimeScore>;
  season: Season;
  /** URLs of this anime's pages on the platforms. */
  sources: Array<Scalars['String']['output']>;
  status: AnimeStatus;
  studios: Array<Scalars['String']['output']>;
  /** Alternative titles, in any language. */
  synonyms: Array<Scalars['String']['output']>;
  /** English synopsis where the catalog has one. */
  synopsis: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  thumbnail: Scalars['String']['output'];
  title: Scalars['String']['output'];
  type: AnimeType;
  year: Maybe<Scalars['Int']['output']>;
};

/** A page of anime in catalog order (by title). */
export type AnimeConnection = {
  __typename?: 'AnimeConnection';
  edges: Array<AnimeEdge>;
  /** The same anime as `edges`, without cursors. */
  nodes: Array<Anime>;
  pageInfo: PageInfo;
  /** How many anime match the filter in all. */
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
  /** The release date the file states (YYYY-MM-DD). */
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
};


export type CatalogStatsTopTagsArgs = {
  first?: Scalars['Int']['input'];
};

export type CountByKey = {
  __typename?: 'CountByKey';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

/** Length of one episode. */
export type Duration = {
  __typename?: 'Duration';
  minutes: Scalars['Float']['output'];
  seconds: Scalars['Int']['output'];
};

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

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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

/** An anime's id on another platform. */
export type PlatformId = {
  __typename?: 'PlatformId';
  /** The platform's own id (a number, or a slug for anime-planet). */
  id: Scalars['String']['output'];
  platform: Platform;
  url: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One anime by its AniGraph id; null when unknown. */
  anime: Maybe<Anime>;
  /** An anime by its id on a platform: (MYANIMELIST, "16498"). */
  animeBySource: Maybe<Anime>;
  /** Anime in catalog order (by title), filtered, a page at a time. */
  animes: AnimeConnection;
  /** Several anime by id, in the order asked (null where unknown). */
  animesByIds: Array<Maybe<Anime>>;
  /** Several anime by their ids on one platform, in the order asked. */
  animesBySource: Array<Maybe<Anime>>;
  /** What the served catalog holds, and what its load rejected. */
  catalogStats: CatalogStats;
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

export type SearchMode =
  | 'HYBRID'
  | 'LEXICAL'
  | 'SEMANTIC';

export type SearchResult = {
  __typename?: 'SearchResult';
  /** Pass as `after` for the next page; null on the last page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hits: Array<SearchHit>;
  /** The mode the hits were ranked in: LEXICAL when semantic search was asked for but is unavailable. */
  mode: SearchMode;
  /** How many anime the ranking returned in all (pages beyond come from `after`). */
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

export type Join__ContextArgument = {
  context: Scalars['String']['input'];
  name: Scalars['String']['input'];
  selection: Scalars['join__FieldValue']['input'];
  type: Scalars['String']['input'];
};

export type Join__Graph =
  | 'CATALOG';

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

export const AnimeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<AnimeSummaryFragment, unknown>;
export const SuggestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"storySimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTags"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"because"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<SuggestionFieldsFragment, unknown>;
export const SearchAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAnime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchMode"}},"defaultValue":{"kind":"EnumValue","value":"HYBRID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFields"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleWords"}},{"kind":"Field","name":{"kind":"Name","value":"lexical"}},{"kind":"Field","name":{"kind":"Name","value":"semantic"}},{"kind":"Field","name":{"kind":"Name","value":"prior"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<SearchAnimeQuery, SearchAnimeQueryVariables>;
export const SearchStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"wordIndexReady"}},{"kind":"Field","name":{"kind":"Name","value":"semanticState"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"vectorStore"}},{"kind":"Field","name":{"kind":"Name","value":"indexedAnime"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<SearchStatusQuery, SearchStatusQueryVariables>;
export const SimilarAnimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarAnime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeSameFranchise"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"excludeSameFranchise"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeSameFranchise"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"storySimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTags"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"because"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]} as unknown as DocumentNode<SimilarAnimeQuery, SimilarAnimeQueryVariables>;
export const RecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"liked"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disliked"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"liked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"liked"}}},{"kind":"Argument","name":{"kind":"Name","value":"disliked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disliked"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Suggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"storySimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTags"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"because"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]} as unknown as DocumentNode<RecommendationsQuery, RecommendationsQueryVariables>;
export const AnimeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"studios"}},{"kind":"Field","name":{"kind":"Name","value":"producers"}},{"kind":"Field","name":{"kind":"Name","value":"synopsis"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"platformIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<AnimeByIdQuery, AnimeByIdQueryVariables>;
export const AnimeBySourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnimeBySource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animeBySource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<AnimeBySourceQuery, AnimeBySourceQueryVariables>;
export const ListAnimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAnimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnimeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"animes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnimeSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnimeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Anime"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"picture"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arithmeticGeometricMean"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<ListAnimesQuery, ListAnimesQueryVariables>;
export const CatalogStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDecade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogStatsQuery, CatalogStatsQueryVariables>;