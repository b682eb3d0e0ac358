import type { Browser } from 'playwright-core';
import { createCustomer, TEST_PASSWORD, type TestSystem, type TestUser } from '@portal/testkit';
import { dashboardOnSlowNetwork } from '../../infra/bench/dashboard-slow-network.mjs';
import { browserSuite } from './support/suite';

/**
 * The overview on a slow mobile line (1.6 Mbit/s, 150 ms latency): the counters show, the
 * scripts and styles arrive Brotli-compressed, and the time it took is printed (the target,
 * 2.0 s, is watched by `npm run bench` as dashboardSlowNetworkMs, not asserted here).
 */
let browser: Browser;
let baseURL: string;
let system: TestSystem;
/** A customer's Administrator: the overview shows her every counter. */
let administrator: TestUser;

// No devices: an empty database (the counters show 0), and the customer built here.
browserSuite(
  { timeoutMs: 120_000, demo: false },
  (suite) => ({ browser, baseURL, system } = suite),
);

beforeAll(async () => {
  ({ administrator } = await createCustomer(system));
});

it('shows the overview on a slow line, its scripts and styles Brotli-compressed', async () => {
  const { ms, fetched } = await dashboardOnSlowNetwork({
    baseURL,
    email: administrator.email,
    password: TEST_PASSWORD,
    browser,
  });
  console.log(
    `dashboard on 1.6 Mbit/s, 150 ms: counters visible after ${ms} ms\n` +
      fetched.map((f) => `  ${f.atMs} ms ${f.url} ${f.encoding ?? ''}`).join('\n'),
  );
  const code = fetched.filter((f) => /^\/assets\/.*\.(js|css)$/.test(f.url));
  expect(code.length).toBeGreaterThan(0);
  expect(code.filter((f) => f.encoding !== 'br')).toEqual([]);
});
