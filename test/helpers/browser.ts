import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install -y chromium`), driven by playwright-core; .ci/run installs it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const chromiumPresent = existsSync(CHROMIUM_PATH);

if (!chromiumPresent) {
  console.log(`${CHROMIUM_PATH} is absent: skipping the browser tests (install it with \`apt-get install -y chromium\`)`);
}

/** A headless chromium that makes no network requests of its own (updates, sync, metrics...). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // A container's small /dev/shm would otherwise crash the renderer.
      '--disable-dev-shm-usage',
    ],
  });
}

/** Whether a request stays on this machine (data:, blob: and loopback http(s) URLs). */
export function isLocalRequest(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

/** Every URL a page requests, and what went wrong on it (failed requests, page errors, console errors). */
export function watchPage(page: Page): { requests: string[]; problems: string[] } {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { requests, problems };
}
