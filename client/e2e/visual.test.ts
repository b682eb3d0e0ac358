import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, ScheduledJob, SUBGRAPHS } from '@portal/platform';
import { deliverPendingEvents, type TestSystem } from '@portal/testkit';
import { deviceId, orderInput } from '@portal/testkit/demo-world';
import { serviceOrderApi } from '@portal/testkit/service-orders';
import { layoutProblems } from './support/layout';
import { browserSuite } from './support/suite';
import { compareWithApproved, freezeRendering, settled, watchRequests } from './support/visual';

/**
 * Every main page at a phone's, a laptop's and a desktop's width, in Danish and in English:
 * compared pixel by pixel with the approved images in client/e2e/visual/approved, and searched
 * for text crossing other text or its box, sideways scrolling and (on the phone) touch targets
 * under 44 px. `npm run test:visual:update` approves what the pages look like now.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite({ mode: 'demo' }, (suite) => ({ system, browser, baseURL } = suite));

const WIDTHS = [390, 1366, 1920] as const;
const HEIGHT = 900;
const LANGUAGES = {
  da: { locale: 'da-DK', password: 'Adgangskode', signIn: 'Log ind' },
  en: { locale: 'en-GB', password: 'Password', signIn: 'Sign in' },
} as const;
const ANNA = 'anna.admin@nordiskprint.example';
const DEVICE = deviceId('NP1000006');

/** The order this file raises, so that the orders pages show a row it knows. */
let orderId: string;
beforeAll(async () => {
  const anna = await system.signIn(ANNA);
  const order = await serviceOrderApi(system).ok(anna, 'create', {
    input: orderInput('NP1000006', {
      type: 'BREAKDOWN',
      description: 'Paper jams in tray 2 on every second copy; the panel shows E000007.',
      errorCode: 'E000007',
    }),
  });
  orderId = order.id;
  // The header's unread count is the same on every page, on a fast machine or a slow one: the
  // order's events are delivered before the first page, and the scheduled jobs (every 5 minutes)
  // stay off. The reading reminders' notices, sent in the middle of a slow run, changed the
  // pages checked after, and their text names the month that just ended.
  await deliverPendingEvents(system);
  for (const { name } of SUBGRAPHS)
    for (const job of system.subgraph(name).workers)
      if (job instanceof ScheduledJob) await job.stop();
});

/** Pages seen signed out, then Anna's (an Administrator of two accounts). */
const SIGNED_OUT = {
  'sign-in': '/sign-in',
  register: '/register',
  'forgot-password': '/forgot-password',
};
const signedIn = (language: keyof typeof LANGUAGES) => ({
  dashboard: '/',
  devices: '/devices',
  device: `/devices/${DEVICE}`,
  'service-orders': '/service-orders',
  'service-order': `/service-orders/${encodeURIComponent(orderId)}`,
  'meter-readings': '/meter-readings',
  stock: '/stock',
  knowledge: '/knowledge',
  article: `/knowledge/${language === 'da' ? 'papirstop-i-papirskuffen' : 'paper-jam'}`,
  users: '/users',
  account: '/account',
  invoices: '/invoices',
  profile: '/profile',
  notifications: '/notifications',
});

/**
 * One page at every width: loaded once (at the widest), then narrowed, each width's layout
 * searched and its screenshot compared.
 */
async function check(
  page: Page,
  requests: { inFlight(): number },
  route: string,
  shot: (width: number) => string,
) {
  await page.setViewportSize({ width: WIDTHS.at(-1)!, height: HEIGHT });
  await page.goto(route);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const problems: string[] = [];
  for (const width of [...WIDTHS].reverse()) {
    await page.setViewportSize({ width, height: HEIGHT });
    await settled(page, requests);
    const faults = await layoutProblems(page, { minTarget: width <= 480 ? 44 : 0 });
    problems.push(...faults.map((fault) => `${shot(width)}: ${fault}`));
    const difference = await compareWithApproved(page, shot(width));
    if (difference) problems.push(difference);
  }
  return problems;
}

describe.each(Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[])('in %s', (language) => {
  it(`shows every main page as approved at ${WIDTHS.join(', ')} px`, async () => {
    const { locale, password, signIn } = LANGUAGES[language];
    const context = await browser.newContext({
      baseURL,
      locale,
      timezoneId: 'Europe/Copenhagen',
      viewport: { width: WIDTHS.at(-1)!, height: HEIGHT },
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(20_000);
    await freezeRendering(context);
    const page = await context.newPage();
    const requests = watchRequests(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const problems: string[] = [];
    const shot = (name: string) => (width: number) => `${name}-${language}-${width}`;

    for (const [name, route] of Object.entries(SIGNED_OUT))
      problems.push(...(await check(page, requests, route, shot(name))));
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(ANNA);
    await page.getByLabel(password).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: signIn }).click();
    await page.getByRole('heading', { level: 1, name: /Anna Andersen/ }).waitFor();
    for (const [name, route] of Object.entries(signedIn(language)))
      problems.push(...(await check(page, requests, route, shot(name))));

    await context.close();
    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
