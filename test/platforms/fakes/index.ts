// Local fakes of the five anime platforms, for tests and benchmarks: each speaks its platform's documented protocol.
export type { FailureMode, FakeOptions, FakePlatform, RecordedRequest } from './fake-server.js';
export { startJikanFake, type JikanFakeOptions } from './jikan.fake.js';
export { startAniListFake, type AniListFakeOptions } from './anilist.fake.js';
export { startKitsuFake, type KitsuFakeOptions } from './kitsu.fake.js';
export { startAniDbFake, type AniDbFakeOptions } from './anidb.fake.js';
export { startAnimeScheduleFake, type AnimeScheduleFakeOptions } from './animeschedule.fake.js';
export { FIXTURE_ANIME, findByAniDb, findByAniList, findByKitsu, findByMal, findByRoute } from './fixture-anime.js';
export type { FixtureAnime } from './fixture-types.js';
// What `synthesize: true` answers for ids the fixture lacks, and how it numbers them on each platform.
export { syntheticAnime, syntheticTitle } from './synthetic.js';
export { platformIdOf, seedFrom, seedFromMal, syntheticRoute, type SyntheticPlatform } from './synthetic-ids.js';
