import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@portal/platform';
import { dashboardOnSlowNetwork } from '../../infra/bench/dashboard-slow-network.mjs';
import { browserSuite } from './support/suite';

/**
 * The overview on a slow mobile line (1.6 Mbit/s, 150 ms latency): the counters show, the
 * scripts and styles arrive Brotli-compressed, and the time it took is printed (the target,
 * 2.0 s, is watched by `npm run bench` as dashboardSlowNetworkMs, not asserted here).
 */
let browser: Browser;
let baseURL: string;

browserSuite({ timeoutMs: 120_000 }, (suite) => ({ browser, baseURL } = suite));

it('shows the overview on a slow line, its scripts and styles Brotli-compressed', async () => {
  const { ms, fetched } = await dashboardOnSlowNetwork({
    baseURL,
    email: 'anna.admin@nordiskprint.example',
    password: DEMO_PASSWORD,
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
