// The dashboard on a slow mobile line: milliseconds from opening the portal (signed in, empty
// cache) until the overview's counters show, in Chromium throttled to 1.6 Mbit/s both ways with
// 150 ms latency. Used by `npm run bench` (dashboardSlowNetworkMs) and the browser test
// client/e2e/slow-network.test.ts, which prints it.
import { chromium } from 'playwright-core';

export const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  // Bytes per second.
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (1.6 * 1024 * 1024) / 8,
};

/**
 * Signs `email` in at full speed, empties the cache, then opens `/` on the slow line and waits
 * for the first counter card's figure. Answers the time and what the browser fetched.
 * @param {{ baseURL: string, email: string, password: string, browser?: import('playwright-core').Browser }} options
 */
export async function dashboardOnSlowNetwork({ baseURL, email, password, browser }) {
  const own = browser
    ? null
    : await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
  const context = await (browser ?? own).newContext({
    baseURL,
    locale: 'en-GB',
    viewport: { width: 390, height: 844 },
  });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await page.goto('about:blank');

    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
    /** What arrived, when (ms after the start): @type {{ url: string, encoding: string | undefined, atMs: number }[]} */
    const fetched = [];
    let started = performance.now();
    cdp.on('Network.responseReceived', ({ response }) => {
      const url = new URL(response.url);
      fetched.push({
        url: `${url.pathname}${url.search.slice(0, 40)}`,
        encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'],
        atMs: Math.round(performance.now() - started),
      });
    });
    started = performance.now();
    await page.goto('/', { waitUntil: 'commit', timeout: 60_000 });
    await page
      .locator('.card__figure')
      .filter({ hasText: /^\d+$/ })
      .first()
      .waitFor({ timeout: 60_000 });
    const ms = Math.round(performance.now() - started);
    await cdp.detach();
    return { ms, fetched };
  } finally {
    await context.close();
    await own?.close();
  }
}
