// The status page (/status) in a real browser on a machine without internet: it shows each platform's
// breaker and quota and the platform cache's hit rate, and follows a platform query without a reload.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { chromiumPresent, isLocalRequest, launchChromium, watchPage } from './helpers/browser.js';
import { startFakes, type Fakes } from './platforms/fakes/start-all.js';

describe.runIf(chromiumPresent)('status page in a browser (offline)', () => {
  let fakes: Fakes;
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    fakes = await startFakes();
    t = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath, ...fakes.env, LOG_LEVEL: 'info' });
    base = t.app.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await fakes?.close();
  });

  it('shows the platforms and the cache hit rate, and updates them in place after a platform query', { timeout: 60_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { requests, problems } = watchPage(page);
    try {
      const response = await page.goto(`${base}/status?refresh=0.5`);
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe('AniGraph status');
      const rows = page.locator('#platforms tbody tr');
      await expect.poll(() => rows.count()).toBe(5);
      expect(await page.locator('#platforms td[data-field="platform"]').allInnerTexts()).toEqual([
        'MYANIMELIST',
        'ANILIST',
        'KITSU',
        'ANIDB',
        'ANIMESCHEDULE',
      ]);
      expect(new Set(await page.locator('#platforms td[data-field="breaker"]').allInnerTexts())).toEqual(new Set(['CLOSED']));
      expect(await page.locator('#platforms tr[data-key="ANILIST"] td[data-field="quota"]').innerText()).toBe('0% of 100/1s');
      const memoryHitRate = page.locator('#cache tr[data-key="memory"] td[data-field="hitRate"]');
      expect(await memoryHitRate.innerText()).toBe('–');
      await page.evaluate(() => ((globalThis as { loadedOnce?: boolean }).loadedOnce = true));

      // The same platform query twice: each platform's answer is loaded once, then found in memory.
      const query = '{ anime(id: "mal-1") { platformScores { platform score } } }';
      for (let i = 0; i < 2; i++) expect((await t.gql(query)).body.data.anime.platformScores.length).toBeGreaterThan(0);

      await expect.poll(() => memoryHitRate.innerText(), { timeout: 10_000 }).toBe('50%');
      await expect.poll(() => page.locator('#requests tr[data-key="graphql-http"] td[data-field="count"]').innerText()).toBe('2');
      expect(await page.locator('#p50').innerText()).toMatch(/^\d+(\.\d)? ms$/);
      expect((await page.locator('#sparkline polyline').getAttribute('points'))?.split(' ')).toHaveLength(2);
      // Updated in place: the page that set the flag is the one showing the new values.
      expect(await page.evaluate(() => (globalThis as { loadedOnce?: boolean }).loadedOnce)).toBe(true);

      expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
      expect(requests).toContain(`${base}/status.json`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
