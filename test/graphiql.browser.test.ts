// GraphiQL in a real browser on a machine without internet: the page must load everything it needs
// from the gateway itself, and a query typed into the editor must run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/paths.js';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { chromiumPresent, isLocalRequest, launchChromium, watchPage } from './helpers/browser.js';

describe.runIf(chromiumPresent)('GraphiQL in a browser (offline)', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    const fixture = writeFixtureCatalog();
    t = await startTestApp({
      ANIME_DB_PATH: fixture.catalogPath,
      ANIME_SYNOPSES_PATH: fixture.synopsesPath,
      GRAPHIQL: 'true',
      LOG_LEVEL: 'info',
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('runs a query typed into the editor, loading nothing from another host', { timeout: 120_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { requests, problems } = watchPage(page);

    try {
      // A navigation sends `Accept: text/html,...`, which is what makes the gateway answer with GraphiQL.
      const response = await page.goto(t.app.url, { waitUntil: 'commit' });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('text/html');
      expect((await response?.request().allHeaders())?.accept).toContain('text/html');

      // Without internet, a page that loads GraphiQL from a CDN stays at "Loading AniGraph...".
      const editor = page.locator('.graphiql-query-editor .monaco-editor');
      await editor.waitFor({ state: 'visible', timeout: 30_000 }).catch((error: Error) => {
        const foreign = requests.filter((url) => !isLocalRequest(url));
        throw new Error(
          [
            `GraphiQL's editor never appeared: ${error.message.split('\n')[0]}`,
            'requests to other hosts:',
            ...foreign,
            'problems:',
            ...problems,
          ].join('\n  '),
        );
      });
      await expect.poll(() => page.title()).toBe('AniGraph');

      // Replace the default query by typing, as a person would (the editor closes brackets and
      // quotes itself and types over them when they are typed).
      const query = '{ anime(id: "mal-1") { title } }';
      await editor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(query);
      await expect.poll(() => editorText(page, '.graphiql-query-editor')).toBe(query);

      await page.locator('button.graphiql-execute-button').click();
      await expect.poll(() => editorText(page, '.graphiql-response'), { timeout: 20_000 }).toMatch(/"title":\s*"Cowboy Bebop"/);

      expect(requests.filter((url) => !isLocalRequest(url))).toEqual([]);
      expect(requests.filter((url) => url === t.app.url).length).toBeGreaterThanOrEqual(2); // the page, then queries
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows the schema's descriptions in the docs pane: a root field's, and its arguments'", { timeout: 120_000 }, async () => {
    const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema', 'api.graphql'), 'utf8'));
    const search = schema.getQueryType()!.getFields().search;
    const first = search.args.find((a) => a.name === 'first')!;
    expect(search.description).toBeTruthy();
    expect(first.description).toBeTruthy();
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(t.app.url);
      await page.getByRole('button', { name: /documentation explorer/i }).click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs.getByText('Query', { exact: true }).click();
      await expect.poll(() => docs.innerText(), { timeout: 20_000 }).toContain(firstLine(search.description!));
      await docs.getByText('search', { exact: true }).first().click();
      await expect.poll(() => docs.innerText(), { timeout: 20_000 }).toContain(firstLine(first.description!));
    } finally {
      await context.close();
    }
  });
});

/** The text a Monaco editor under `selector` shows (it renders spaces as no-break spaces). */
async function editorText(page: Page, selector: string): Promise<string> {
  const lines = await page.locator(`${selector} .monaco-editor .view-line`).allInnerTexts();
  return lines
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .trim();
}

/** The docs pane renders a description as markdown: its first line stays one run of text. */
const firstLine = (description: string) => description.split('\n')[0].replace(/`/g, '');
