// The app on the fixture catalog with every platform faked locally: what the facades' tests run on.
import { writeFixtureCatalog, type FixtureFiles } from '../fixtures/catalog.fixture.js';
import { startFakes, type Fakes } from '../platforms/fakes/start-all.js';
import type { AppOptions } from '../../gateway/app.js';
import { startTestApp, type TestApp } from './app.js';

export interface AppWithFakes {
  fakes: Fakes;
  fixture: FixtureFiles;
  t: TestApp;
  /** The app's origin, for /api, /mcp, /metrics. */
  base: string;
  close(): Promise<void>;
}

export async function startAppWithFakes(env: Record<string, string> = {}, options: AppOptions = {}): Promise<AppWithFakes> {
  const fakes = await startFakes();
  const fixture = writeFixtureCatalog();
  const t = await startTestApp(
    { ANIME_DB_PATH: fixture.catalogPath, ANIME_SYNOPSES_PATH: fixture.synopsesPath, ...fakes.env, ...env },
    options,
  );
  await t.searchSettled();
  return {
    fakes,
    fixture,
    t,
    base: t.app.url.replace(/\/graphql$/, ''),
    async close() {
      await t.close();
      await fakes.close();
    },
  };
}
