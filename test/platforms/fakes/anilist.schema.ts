// The subset of AniList's schema the fake serves; names, arguments and enums as AniList's introspection has them.
import { buildSchema } from 'graphql';

export const ANILIST_SCHEMA = buildSchema(/* GraphQL */ `
  type Query {
    Media(
      id: Int
      idMal: Int
      type: MediaType
      search: String
      format: MediaFormat
      status: MediaStatus
      season: MediaSeason
      seasonYear: Int
      isAdult: Boolean
    ): Media
    Page(page: Int, perPage: Int): Page
    Viewer: User
    MediaListCollection(
      userId: Int
      userName: String
      type: MediaType
      status: MediaListStatus
      chunk: Int
      perChunk: Int
      forceSingleCompletedList: Boolean
    ): MediaListCollection
  }

  type Page {
    pageInfo: PageInfo
    media(
      id: Int
      idMal: Int
      id_in: [Int]
      id_not_in: [Int]
      idMal_in: [Int]
      idMal_not_in: [Int]
      type: MediaType
      search: String
      format: MediaFormat
      format_in: [MediaFormat]
      status: MediaStatus
      season: MediaSeason
      seasonYear: Int
      genre: String
      isAdult: Boolean
      sort: [MediaSort]
    ): [Media]
    airingSchedules(
      id: Int
      mediaId: Int
      episode: Int
      airingAt: Int
      notYetAired: Boolean
      mediaId_in: [Int]
      mediaId_not_in: [Int]
      episode_greater: Int
      episode_lesser: Int
      airingAt_greater: Int
      airingAt_lesser: Int
      sort: [AiringSort]
    ): [AiringSchedule]
  }

  type PageInfo {
    total: Int
    perPage: Int
    currentPage: Int
    lastPage: Int
    hasNextPage: Boolean
  }

  enum MediaType {
    ANIME
    MANGA
  }
  enum MediaFormat {
    TV
    TV_SHORT
    MOVIE
    SPECIAL
    OVA
    ONA
    MUSIC
    MANGA
    NOVEL
    ONE_SHOT
  }
  enum MediaStatus {
    FINISHED
    RELEASING
    NOT_YET_RELEASED
    CANCELLED
    HIATUS
  }
  enum MediaSeason {
    WINTER
    SPRING
    SUMMER
    FALL
  }
  enum MediaSource {
    ORIGINAL
    MANGA
    LIGHT_NOVEL
    VISUAL_NOVEL
    VIDEO_GAME
    OTHER
    NOVEL
    DOUJINSHI
    ANIME
    WEB_NOVEL
    LIVE_ACTION
    GAME
    COMIC
    MULTIMEDIA_PROJECT
    PICTURE_BOOK
  }
  enum MediaSort {
    ID
    ID_DESC
    TITLE_ROMAJI
    TITLE_ROMAJI_DESC
    TITLE_ENGLISH
    TITLE_ENGLISH_DESC
    TITLE_NATIVE
    TITLE_NATIVE_DESC
    TYPE
    TYPE_DESC
    FORMAT
    FORMAT_DESC
    START_DATE
    START_DATE_DESC
    END_DATE
    END_DATE_DESC
    SCORE
    SCORE_DESC
    POPULARITY
    POPULARITY_DESC
    TRENDING
    TRENDING_DESC
    EPISODES
    EPISODES_DESC
    DURATION
    DURATION_DESC
    STATUS
    STATUS_DESC
    FAVOURITES
    FAVOURITES_DESC
    UPDATED_AT
    UPDATED_AT_DESC
    SEARCH_MATCH
  }
  enum AiringSort {
    ID
    ID_DESC
    MEDIA_ID
    MEDIA_ID_DESC
    TIME
    TIME_DESC
    EPISODE
    EPISODE_DESC
  }
  enum CharacterRole {
    MAIN
    SUPPORTING
    BACKGROUND
  }
  enum CharacterSort {
    ID
    ID_DESC
    ROLE
    ROLE_DESC
    SEARCH_MATCH
    FAVOURITES
    FAVOURITES_DESC
    RELEVANCE
  }
  enum StaffLanguage {
    JAPANESE
    ENGLISH
    KOREAN
    ITALIAN
    SPANISH
    PORTUGUESE
    FRENCH
    GERMAN
    HEBREW
    HUNGARIAN
  }
  enum StaffSort {
    ID
    ID_DESC
    ROLE
    ROLE_DESC
    LANGUAGE
    LANGUAGE_DESC
    SEARCH_MATCH
    FAVOURITES
    FAVOURITES_DESC
    RELEVANCE
  }
  enum RecommendationSort {
    ID
    ID_DESC
    RATING
    RATING_DESC
  }
  enum StudioSort {
    NAME
    NAME_DESC
    SEARCH_MATCH
    FAVOURITES
    FAVOURITES_DESC
    ID
    ID_DESC
  }
  enum ExternalLinkType {
    INFO
    STREAMING
    SOCIAL
  }

  type Media {
    id: Int!
    idMal: Int
    type: MediaType
    format: MediaFormat
    status(version: Int): MediaStatus
    title: MediaTitle
    description(asHtml: Boolean): String
    startDate: FuzzyDate
    endDate: FuzzyDate
    season: MediaSeason
    seasonYear: Int
    episodes: Int
    duration: Int
    source(version: Int): MediaSource
    genres: [String]
    tags: [MediaTag]
    synonyms: [String]
    averageScore: Int
    meanScore: Int
    popularity: Int
    favourites: Int
    isAdult: Boolean
    trailer: MediaTrailer
    coverImage: MediaCoverImage
    bannerImage: String
    studios(sort: [StudioSort], isMain: Boolean): StudioConnection
    externalLinks: [MediaExternalLink]
    streamingEpisodes: [MediaStreamingEpisode]
    characters(sort: [CharacterSort], role: CharacterRole, page: Int, perPage: Int): CharacterConnection
    staff(sort: [StaffSort], page: Int, perPage: Int): StaffConnection
    recommendations(sort: [RecommendationSort], page: Int, perPage: Int): RecommendationConnection
    nextAiringEpisode: AiringSchedule
    siteUrl: String
  }

  type MediaTitle {
    romaji(stylised: Boolean): String
    english(stylised: Boolean): String
    native(stylised: Boolean): String
    userPreferred: String
  }
  type FuzzyDate {
    year: Int
    month: Int
    day: Int
  }
  type MediaTrailer {
    id: String
    site: String
    thumbnail: String
  }
  type MediaCoverImage {
    extraLarge: String
    large: String
    medium: String
    color: String
  }
  type AiringSchedule {
    id: Int!
    airingAt: Int!
    timeUntilAiring: Int!
    episode: Int!
    mediaId: Int!
    media: Media
  }
  type MediaExternalLink {
    id: Int!
    url: String
    site: String!
    siteId: Int
    type: ExternalLinkType
    language: String
    color: String
    icon: String
    notes: String
    isDisabled: Boolean
  }
  type MediaStreamingEpisode {
    title: String
    thumbnail: String
    url: String
    site: String
  }

  type StudioConnection {
    edges: [StudioEdge]
    nodes: [Studio]
    pageInfo: PageInfo
  }
  type StudioEdge {
    node: Studio
    id: Int
    isMain: Boolean!
  }
  type Studio {
    id: Int!
    name: String!
    isAnimationStudio: Boolean!
    siteUrl: String
    favourites: Int
  }

  type CharacterConnection {
    edges: [CharacterEdge]
    nodes: [Character]
    pageInfo: PageInfo
  }
  type CharacterEdge {
    node: Character
    id: Int
    role: CharacterRole
    name: String
    voiceActors(language: StaffLanguage, sort: [StaffSort]): [Staff]
    favouriteOrder: Int
  }
  type Character {
    id: Int!
    name: CharacterName
    image: CharacterImage
    description(asHtml: Boolean): String
    gender: String
    siteUrl: String
    favourites: Int
  }
  type CharacterName {
    first: String
    middle: String
    last: String
    full: String
    native: String
    alternative: [String]
    userPreferred: String
  }
  type CharacterImage {
    large: String
    medium: String
  }

  type StaffConnection {
    edges: [StaffEdge]
    nodes: [Staff]
    pageInfo: PageInfo
  }
  type StaffEdge {
    node: Staff
    id: Int
    role: String
    favouriteOrder: Int
  }
  type Staff {
    id: Int!
    name: StaffName
    languageV2: String
    image: StaffImage
    gender: String
    primaryOccupations: [String]
    siteUrl: String
    favourites: Int
  }
  type StaffName {
    first: String
    middle: String
    last: String
    full: String
    native: String
    alternative: [String]
    userPreferred: String
  }
  type StaffImage {
    large: String
    medium: String
  }

  type RecommendationConnection {
    edges: [RecommendationEdge]
    nodes: [Recommendation]
    pageInfo: PageInfo
  }
  type RecommendationEdge {
    node: Recommendation
  }
  type Recommendation {
    id: Int!
    rating: Int
    media: Media
    mediaRecommendation: Media
  }

  type MediaTag {
    id: Int!
    name: String!
    rank: Int
    isMediaSpoiler: Boolean
    category: String
  }

  type User {
    id: Int!
    name: String!
  }

  enum MediaListStatus {
    CURRENT
    PLANNING
    COMPLETED
    DROPPED
    PAUSED
    REPEATING
  }
  enum ScoreFormat {
    POINT_100
    POINT_10_DECIMAL
    POINT_10
    POINT_5
    POINT_3
  }
  type MediaListCollection {
    lists: [MediaListGroup]
    user: User
    hasNextChunk: Boolean
  }
  type MediaListGroup {
    entries: [MediaList]
    name: String
    isCustomList: Boolean
    isSplitCompletedList: Boolean
    status: MediaListStatus
  }
  type MediaList {
    id: Int!
    userId: Int!
    mediaId: Int!
    status: MediaListStatus
    score(format: ScoreFormat): Float
    progress: Int
    media: Media
  }
`);
