import type { Browser } from 'playwright-core';
import { createCustomer, TEST_PASSWORD, type TestSystem, type TestUser } from '@portal/testkit';
import { personIn } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * The help articles' search as a customer uses it: in their own language by default, forgiving
 * a typo, and when nothing matches, how to rephrase, the common problems and the way to an order.
 */
let browser: Browser;
let baseURL: string;
let system: TestSystem;
/** A customer's Administrator (who may also order service: the no-match help links to it). */
let administrator: TestUser;

// The demo database holds the help articles searched here (the vendor's catalogue, like its
// device models); the customer signing in is built here.
browserSuite({ timeoutMs: 120_000 }, (suite) => ({ browser, baseURL, system } = suite));

beforeAll(async () => {
  ({ administrator } = await createCustomer(system));
});

it('finds the paper-jam article for a misspelt word, and helps on when nothing matches', async () => {
  const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(administrator.email);
  await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { level: 1, name: `Velkommen, ${administrator.name}` }).waitFor();

  await page.goto('/knowledge');
  // Danish articles only, as the reader reads Danish.
  expect(await page.getByLabel('Sprog').inputValue()).toBe('da');
  const search = page.getByRole('search');
  await search.getByLabel(/^Søg i hjælpeartiklerne/).fill('papirstob');
  await search.getByRole('button', { name: 'Søg' }).click();
  // The list shows the earlier answer (every Danish article) until the search's arrives: wait
  // for the search in the address, then for the paper-jam article to be the first result.
  await page.waitForURL(/[?&]q=papirstob/);
  await page
    .locator('.results li')
    .first()
    .getByRole('heading', { name: 'Papirstop: sådan fjerner du fastsiddende papir' })
    .waitFor();

  await search.getByLabel(/^Søg i hjælpeartiklerne/).fill('xqzvbk');
  await search.getByRole('button', { name: 'Søg' }).click();
  const none = page.getByRole('status').filter({ hasText: 'Ingen artikel passer til »xqzvbk«.' });
  await none.getByRole('heading', { name: 'Almindelige problemer' }).waitFor();
  await none.getByRole('listitem').first().waitFor();
  expect(await none.getByRole('listitem').count()).toBeGreaterThan(0);
  await none.getByRole('link', { name: 'Opret en serviceordre' }).waitFor();
  await none.getByRole('button', { name: 'Søg i danske og engelske artikler' }).click();
  // The choice goes to the address first and the list's select follows it a render later.
  await page.waitForURL(/[?&]language=all/);
  await page
    .getByLabel('Sprog')
    .locator('option:checked', { hasText: 'Dansk og engelsk' })
    .waitFor({ state: 'attached' });
  expect(await page.getByLabel('Sprog').inputValue()).toBe('all');
  expect(pageErrors).toEqual([]);
  await context.close();
});
