import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@portal/platform';
import type { TestSystem } from '@portal/testkit';
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
  await page.getByLabel('E-mail').fill('anna.admin@nordiskprint.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  for (const path of ['/devices', '/service-orders', '/meter-readings', '/stock', '/users'])
    await page.goto(path).then(() => page.waitForLoadState('networkidle'));
  await page.goto('/devices');
  await page.getByRole('link', { name: 'NP1000001' }).first().click();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
  await context.close();
});

it('refuses an article’s image from another site, without a request leaving the browser', async () => {
  const agent = await system.signIn('agent@service.example');
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
    { token: agent },
  );
  expect(created.data!.createKnowledgeArticle.userErrors).toEqual([]);
  const { context, page } = await personIn(browser, baseURL, 'en-GB');
  const { violations, responses, stopped } = watch(page);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill('sune.self@nordiskprint.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
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
  const token = await system.signIn('anna.admin@nordiskprint.example');
  await page.goto('/playground');
  await page.getByLabel('Bearer token').fill(token);
  await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
  const answer = page.locator('.graphiql-response', { hasText: 'Anna Andersen' });
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
