import type { Browser, Page } from 'playwright-core';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { personIn } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * The built client under the gateway's Content-Security-Policy, in headless Chromium: every
 * screen visited and the playground's GraphiQL run without one refusal, and an article's
 * image from elsewhere (a tracking pixel) is refused without a request leaving the browser.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite(
  { mode: 'demo', timeoutMs: 180_000 },
  (suite) => ({ system, browser, baseURL } = suite),
);

/** An Administrator whose screens have something to show (a device, a stock location). */
let customer: TestCustomer;
let device: { serialNumber: string };
/** A Self-Service user of the same customer, and the service centre's agent who writes articles. */
let selfService: TestUser;
let agent: TestUser;

// The demo world holds the device model catalogue and toner products; the rest is built here.
beforeAll(async () => {
  customer = await createCustomer(system);
  const account = customer.accounts[0]!;
  agent = await createStaffUser(system, 'SERVICE_AGENT');
  const agentToken = await agent.signIn();
  const store = await createStockLocation(system, account, {
    agentToken,
    levels: [{ sku: 'C-EXV58-BK', quantity: 4, minimumLevel: 2, targetLevel: 6 }],
  });
  device = await createDevice(system, account, {
    agentToken,
    eMaintenance: true,
    stockLocationId: store.id,
  });
  selfService = await createUser(system, {
    organization: customer.organization.id,
    grants: [['SELF_SERVICE_USER', account]],
  });
});

/**
 * What Chromium reports when the policy refuses something, every response the page got, and
 * the requests it stopped (with why).
 */
function watch(page: Page) {
  const violations: string[] = [];
  const responses: string[] = [];
  const stopped: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('response', (response) => responses.push(response.url()));
  page.on('requestfailed', (request) =>
    stopped.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  return { violations, responses, stopped };
}

it('runs every screen of a signed-in Administrator without a policy refusal', async () => {
  const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
  const { violations } = watch(page);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(customer.administrator.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  for (const path of ['/devices', '/service-orders', '/meter-readings', '/stock', '/users'])
    await page.goto(path).then(() => page.waitForLoadState('networkidle'));
  await page.goto('/devices');
  await page.getByRole('link', { name: device.serialNumber }).first().click();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
  await context.close();
});

it('refuses an article’s image from another site, without a request leaving the browser', async () => {
  const created = await system.graphql<{ createKnowledgeArticle: { userErrors: unknown[] } }>(
    `mutation ($input: KnowledgeArticleInput!) { createKnowledgeArticle(input: $input) { userErrors { code message } } }`,
    {
      input: {
        slug: 'tracked-article',
        title: 'Tracked article',
        language: 'en',
        tags: ['toner'],
        body: 'Read **this**.\n\n![pixel](https://tracker.example/pixel.gif)',
      },
    },
    { token: await agent.signIn() },
  );
  expect(created.data!.createKnowledgeArticle.userErrors).toEqual([]);
  const { context, page } = await personIn(browser, baseURL, 'en-GB');
  const { violations, responses, stopped } = watch(page);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(selfService.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  await page.goto('/knowledge/tracked-article');
  await page.locator('.article-body strong', { hasText: 'this' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(responses.filter((url) => url.includes('tracker.example'))).toEqual([]);
  // page.goto aborts the portal's own requests in flight (the unread count): only other sites count.
  expect(stopped.filter((entry) => !entry.startsWith(baseURL))).toEqual([
    'https://tracker.example/pixel.gif csp',
  ]);
  expect(violations.some((text) => /tracker\.example.*img-src/s.test(text))).toBe(true);
  await context.close();
});

it('runs the playground’s GraphiQL without a policy refusal', async () => {
  const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
  const { violations } = watch(page);
  const token = await customer.administrator.signIn();
  await page.goto('/playground');
  await page.getByLabel('Bearer token').fill(token);
  await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
  const answer = page.locator('.graphiql-response', { hasText: customer.administrator.name });
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('button', { name: /^Execute query/ }).click();
    try {
      await answer.waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 6) throw error;
    }
  }
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
  await context.close();
});
