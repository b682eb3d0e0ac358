import type { Browser } from 'playwright-core';
import { personIn } from './support/browser';
import { browserSuite } from './support/suite';

// The partner documentation renders in Chromium for someone who never signed in.
let browser: Browser;
let baseURL: string;

browserSuite({ timeoutMs: 120_000 }, (suite) => ({ browser, baseURL } = suite));

it('shows the partner guide and the API reference without signing in', async () => {
  const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
  await page.goto('/docs');
  await page.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor();
  const menu = page.getByRole('navigation', { name: 'Documentation' });
  expect(await menu.getByRole('link').allInnerTexts()).toEqual(
    expect.arrayContaining(['Getting started', 'Limits and fair use', 'API reference']),
  );
  await menu.getByRole('link', { name: 'Limits and fair use' }).click();
  await page.getByRole('heading', { level: 1, name: 'Limits and fair use' }).waitFor();
  await menu.getByRole('link', { name: 'API reference' }).click();
  await page.getByRole('heading', { level: 1, name: 'API reference' }).waitFor();
  // A mutation's row, reached from the (folded) table of contents.
  await page.getByText('Table of Contents').click();
  await page.getByRole('link', { name: 'setApiBudget', exact: true }).first().click();
  expect(page.url()).toMatch(/\/docs\/reference#mutation\.setapibudget$/);
  expect(await page.locator('[id="mutation.setapibudget"]').isVisible()).toBe(true);
  expect(pageErrors).toEqual([]);
  await context.close();
});
