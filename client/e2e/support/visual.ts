import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { BrowserContext, Page, Request } from 'playwright-core';

/** Approved images (committed) and, for a failed comparison, the new image and the difference. */
export const APPROVED = path.resolve(__dirname, '../visual/approved');
const CHANGED = path.resolve(__dirname, '../visual/changed');

/** `npm run test:visual:update` (UPDATE_VISUAL=1): the screenshots become the approved images. */
export const UPDATING = process.env.UPDATE_VISUAL === '1';

/** pixelmatch's colour distance (0–1) under which two pixels count as the same. */
const PIXEL_THRESHOLD = 0.1;
/** Differing pixels (after anti-aliasing is discounted) a page may have: glyph rasterising noise. */
const MAX_DIFFERENT_PIXELS = 20;

/** Every date and time the page formats, shown as this one instant. */
const FROZEN_INSTANT = '2026-03-16T09:30:00Z';

/**
 * Makes a browser context render the same pixels run after run: every formatted date and time is
 * one fixed instant (the data's dates follow the clock of the run), the caret and animations are
 * off, and reduced motion is asked for.
 */
export async function freezeRendering(context: BrowserContext): Promise<void> {
  await context.addInitScript((instant: string) => {
    const fixed = new Date(instant);
    const proto = Intl.DateTimeFormat.prototype;
    const format = Object.getOwnPropertyDescriptor(proto, 'format')!.get!;
    Object.defineProperty(proto, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        const bound = format.call(this) as (date?: Date | number) => string;
        return () => bound(fixed);
      },
    });
    const toParts = proto.formatToParts;
    proto.formatToParts = function (this: Intl.DateTimeFormat) {
      return toParts.call(this, fixed);
    };
    const local = Date.prototype.toLocaleString;
    Date.prototype.toLocaleString = function (...args: Parameters<typeof local>) {
      return local.apply(fixed, args);
    };
    const localDate = Date.prototype.toLocaleDateString;
    Date.prototype.toLocaleDateString = function (...args: Parameters<typeof localDate>) {
      return localDate.apply(fixed, args);
    };
  }, FROZEN_INSTANT);
}

/**
 * Counts the page's requests in flight, leaving out the live-update stream (an EventSource
 * stays open as long as the page): what `settled` waits for instead of Playwright's
 * 'networkidle', which costs half a second a page and never comes while a poll is due.
 */
export function watchRequests(page: Page): { inFlight(): number } {
  const open = new Set<Request>();
  page.on('request', (request) => {
    if (request.resourceType() !== 'eventsource') open.add(request);
  });
  const done = (request: Request) => open.delete(request);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { inFlight: () => open.size };
}

/** Waits for the page to settle: no request in flight, nothing loading, web fonts in. */
export async function settled(page: Page, requests: { inFlight(): number }): Promise<void> {
  // Two quiet checks a frame apart: a response's render may start the next request.
  for (let quiet = 0; quiet < 2;) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    quiet = requests.inFlight() === 0 ? quiet + 1 : 0;
    if (quiet === 0) await page.waitForTimeout(20);
  }
  // first(): two sections may be loading at once, and a plain locator refuses to match two.
  await page.locator('.loading').first().waitFor({ state: 'detached' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The response clock's time left counts from this minute: shown as one fixed text. Whether a
  // period's reading is overdue follows the day of the month the demo data were loaded on
  // (docs/demo-data.md): shown as not overdue.
  await page.evaluate(() => {
    for (const left of Array.from(document.querySelectorAll('.sla > .muted')))
      left.textContent = '(time left)';
    const due = '[aria-labelledby="readings-due"]';
    for (const row of Array.from(document.querySelectorAll(`${due} tr.row--overdue`)))
      row.classList.remove('row--overdue');
    for (const badge of Array.from(
      document.querySelectorAll(`${due} .badge, #meter-reading .badge`),
    ))
      badge.remove();
  });
  await page.addStyleTag({
    content:
      '*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }',
  });
}

/**
 * Compares a full-page screenshot with its approved image; answers what differs (nothing: null).
 * When updating, writes the screenshot as the approved image instead.
 */
export async function compareWithApproved(page: Page, name: string): Promise<string | null> {
  const shot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  const approvedFile = path.join(APPROVED, `${name}.png`);
  if (UPDATING) {
    mkdirSync(APPROVED, { recursive: true });
    writeFileSync(approvedFile, shot);
    return null;
  }
  const keep = (diff?: PNG) => {
    mkdirSync(CHANGED, { recursive: true });
    writeFileSync(path.join(CHANGED, `${name}.png`), shot);
    if (diff) writeFileSync(path.join(CHANGED, `${name}.diff.png`), PNG.sync.write(diff));
  };
  if (!existsSync(approvedFile)) {
    keep();
    return `${name}: no approved image (npm run test:visual:update)`;
  }
  // Chromium encodes the same pixels to the same bytes: decoding and comparing pixel by pixel
  // (seconds a page in pure JavaScript) is for screenshots that differ at all.
  const approvedBytes = readFileSync(approvedFile);
  if (approvedBytes.equals(shot)) return approve(name);
  const actual = PNG.sync.read(shot);
  const approved = PNG.sync.read(approvedBytes);
  if (actual.width !== approved.width || actual.height !== approved.height) {
    keep();
    return `${name}: ${actual.width}×${actual.height} px, approved ${approved.width}×${approved.height} px`;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(actual.data, approved.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  if (different <= MAX_DIFFERENT_PIXELS) return approve(name);
  keep(diff);
  return `${name}: ${different} pixels differ (see client/e2e/visual/changed/${name}.diff.png)`;
}

/** A screenshot that matches: what an earlier failed comparison left of it goes. */
function approve(name: string): null {
  rmSync(path.join(CHANGED, `${name}.png`), { force: true });
  rmSync(path.join(CHANGED, `${name}.diff.png`), { force: true });
  return null;
}
