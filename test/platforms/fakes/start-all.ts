// All five platform fakes on 127.0.0.1, and the environment that points AniGraph at them.
import type { Delays } from './animeschedule.timetable.js';
import { startAniDbFake, startAniListFake, startAnimeScheduleFake, startJikanFake, startKitsuFake, type FakePlatform } from './index.js';

export interface Fakes {
  jikan: FakePlatform;
  anilist: FakePlatform;
  kitsu: FakePlatform;
  anidb: FakePlatform;
  animeSchedule: FakePlatform;
  all: FakePlatform[];
  /** Base URLs and credentials, with rates and timeouts short enough for tests. */
  env: Record<string, string>;
  /** Forgets the requests seen so far and heals every fake. */
  reset(): void;
  close(): Promise<void>;
}

/** `synthesize`: answer any anime id with a made-up anime (benchmarks over many catalog anime). */
export async function startFakes(options: { latencyMs?: number; synthesize?: boolean; animeScheduleDelays?: Delays } = {}): Promise<Fakes> {
  const [jikan, anilist, kitsu, anidb, animeSchedule] = await Promise.all([
    startJikanFake(options),
    startAniListFake(options),
    startKitsuFake(options),
    startAniDbFake(options),
    startAnimeScheduleFake({ ...options, token: 'test-token', delays: options.animeScheduleDelays }),
  ]);
  const all = [jikan, anilist, kitsu, anidb, animeSchedule];
  return {
    jikan,
    anilist,
    kitsu,
    anidb,
    animeSchedule,
    all,
    env: {
      JIKAN_BASE_URL: jikan.url,
      ANILIST_URL: anilist.url,
      KITSU_BASE_URL: kitsu.url,
      ANIDB_BASE_URL: anidb.url,
      ANIMESCHEDULE_BASE_URL: animeSchedule.url,
      ANIDB_CLIENT: 'anigraph',
      ANIDB_CLIENT_VERSION: '1',
      ANIMESCHEDULE_TOKEN: 'test-token',
      JIKAN_RATE_LIMIT: '100/s',
      ANILIST_RATE_LIMIT: '100/s',
      KITSU_RATE_LIMIT: '100/s',
      ANIDB_RATE_LIMIT: '100/s',
      ANIMESCHEDULE_RATE_LIMIT: '100/s',
      PLATFORM_TIMEOUT_MS: '300',
      PLATFORM_RETRIES: '1',
    },
    reset() {
      for (const fake of all) {
        fake.requests.length = 0;
        fake.heal();
      }
    },
    close: async () => void (await Promise.all(all.map((fake) => fake.close()))),
  };
}
