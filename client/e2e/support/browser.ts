import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium headless shell (no browser downloads on these machines): the same Blink and
 * the same pixels as the full browser, a quarter less CPU a test file. The full browser where only
 * it is installed; CHROMIUM_PATH overrides.
 */
const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((file) => existsSync(file)) ??
  '/usr/bin/chromium-headless-shell';
export const CLIENT_DIST = path.resolve(__dirname, '../../dist');
const SCREENSHOTS = path.resolve(__dirname, '../screenshots');

/**
 * Headless Chromium with a fresh profile (Playwright gives every launch a new temporary
 * user-data-dir) and without the background traffic this closed network refuses.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium-headless-shell`);
  if (!existsSync(path.join(CLIENT_DIST, 'index.html')))
    throw new Error(`No built client in ${CLIENT_DIST}: npm run build -w client`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/** A browser of its own for one person: own cookies and storage, language from the locale. */
export async function personIn(
  browser: Browser,
  baseURL: string,
  locale: 'da-DK' | 'en-GB',
): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({
    baseURL,
    locale,
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  // Uncaught exceptions in the page: every scenario ends by expecting none.
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

/** A full-page screenshot in client/e2e/screenshots (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
