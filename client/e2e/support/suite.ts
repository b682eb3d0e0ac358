import type { Browser } from 'playwright-core';
import { startTestSystem, type TestSystem } from '@portal/testkit';
import { CLIENT_DIST, launchBrowser } from './browser';

export interface BrowserSuite {
  system: TestSystem;
  browser: Browser;
  /** The portal as the browser reaches it (the gateway's address without /graphql). */
  baseURL: string;
}

type SystemOptions = NonNullable<Parameters<typeof startTestSystem>[0]>;

/**
 * One browser test file's set-up: before its tests, a system serving the built client and one
 * headless Chromium, handed to `ready`; after them, both stopped. `host: 'localhost'` for
 * features a browser allows only on a secure context's name (passkeys).
 */
export function browserSuite(
  options: Omit<SystemOptions, 'clientDistDir'> & { host?: 'localhost'; timeoutMs?: number },
  ready: (suite: BrowserSuite) => void,
): void {
  const { host, timeoutMs = 240_000, ...systemOptions } = options;
  let suite: Partial<BrowserSuite> = {};
  beforeAll(async () => {
    const system = await startTestSystem({ clientDistDir: CLIENT_DIST, ...systemOptions });
    suite.system = system;
    const baseURL = system.gateway.url.replace(/\/graphql$/, '');
    suite = {
      system,
      baseURL: host ? baseURL.replace('127.0.0.1', host) : baseURL,
      browser: await launchBrowser(),
    };
    ready(suite as BrowserSuite);
  }, 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.system?.stop();
  });
  jest.setTimeout(timeoutMs);
}
