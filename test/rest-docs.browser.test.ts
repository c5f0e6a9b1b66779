// The REST docs page (/api/docs) in a real browser on a machine without internet: Swagger UI loads
// from AniGraph itself, lists the routes of /api/openapi.json, and "Try it out" calls a route.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { chromiumPresent, isLocalRequest, launchChromium, watchPage } from './helpers/browser.js';

describe.runIf(chromiumPresent)('REST docs page in a browser (offline)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const fixture = writeFixtureCatalog();
    t = await startTestApp({ ANIME_DB_PATH: fixture.catalogPath, ANIME_SYNOPSES_PATH: fixture.synopsesPath, LOG_LEVEL: 'info' });
    base = t.app.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'lists the routes and runs GET /api/anime/{id} with "Try it out", loading nothing from another host',
    { timeout: 120_000 },
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const { requests, problems } = watchPage(page);
      try {
        const response = await page.goto(`${base}/api/docs`);
        expect(response?.status()).toBe(200);
        await expect.poll(() => page.title()).toBe('AniGraph REST API');
        // Swagger UI renders one block per operation of the document it fetched.
        const paths = page.locator('.opblock-summary-path');
        await paths.first().waitFor({ state: 'visible', timeout: 30_000 });
        const listed = await paths.allInnerTexts();
        expect(listed.map((p) => p.replace(/\u200b/g, ''))).toEqual(
          expect.arrayContaining(['/api/query', '/api/search', '/api/anime/{id}', '/api/external/mal/top']),
        );

        const operation = page.locator('.opblock-get', { has: page.locator('.opblock-summary-path[data-path="/api/anime/{id}"]') });
        await operation.locator('.opblock-summary').click();
        await operation.getByRole('button', { name: 'Try it out' }).click();
        await operation.locator('input[placeholder="id"]').fill('mal-1');
        await operation.getByRole('button', { name: 'Execute' }).click();
        const body = operation.locator('.live-responses-table .response-col_description pre.microlight');
        await expect.poll(() => body.first().innerText(), { timeout: 20_000 }).toContain('"title": "Cowboy Bebop"');

        expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
        expect(requests).toContain(`${base}/api/openapi.json`);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
