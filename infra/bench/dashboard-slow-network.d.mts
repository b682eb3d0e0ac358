import type { Browser } from 'playwright-core';

export declare const SLOW_NETWORK: {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
};

export declare function dashboardOnSlowNetwork(options: {
  baseURL: string;
  email: string;
  password: string;
  browser?: Browser;
}): Promise<{ ms: number; fetched: { url: string; encoding: string | undefined; atMs: number }[] }>;
