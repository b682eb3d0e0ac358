import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain JavaScript module of the benchmark
import { updateReadme, writeResults } from '../bench/results.mjs';

/** A run's result as bench.mjs builds it, with made-up figures. */
function result() {
  const row = (scenario: string, peer: string, requestsPerSecond: number) => ({
    scenario,
    peer,
    requestsPerSecond,
    p50: 10,
    p99: 40,
    errors: 0,
    rssMb: peer === 'fleet' ? 180 : null,
    rssMaxProcessMb: peer === 'fleet' ? 95.4 : null,
    gatewayCpuMsPerRequest: peer === 'fleet' ? 1.234 : null,
    backendCpuMsPerRequest: peer === 'fleet' ? 0.5 : null,
    sqlPerRequest: peer === 'fleet' ? 12 : null,
  });
  return {
    mode: 'quick',
    finishedAt: '2026-11-27T17:00:00.000Z',
    machine: {
      cpus: 2,
      cpuModel: 'Test CPU',
      memoryGb: 4,
      node: '20.20.2',
      loadAverageAtStart: [1.5, 1.25, 1],
      loadAverage: [2, 1.75, 1.1],
    },
    workers: 2,
    connections: 50,
    rounds: 2,
    seconds: 8,
    sql: { first10: 12, first200: 12 },
    bulk: { readings: 10_000, stored: 10_000, seconds: 4, readingsPerSecond: 2500 },
    analytics: {
      administrator: { p50: 80, p95: 140, p99: 190, mean: 90, errors: 0 },
      'service centre': { p50: 120, p95: 210, p99: 260, mean: 130, errors: 0 },
    },
    webhooks: {
      deliveries: 10_000,
      concurrency: 32,
      queuedPerSecond: 250.4,
      deliveriesPerSecond: 612.7,
      notificationsPerSecond: 400,
    },
    live: {
      streams: 200,
      rounds: [
        { lastMs: 900, medianMs: 700, missed: 0 },
        { lastMs: 2400, medianMs: 1100, missed: 0 },
        { lastMs: 1000, medianMs: 800, missed: 0 },
      ],
      lastMs: 1000,
      worstMs: 2400,
      missed: 0,
    },
    gatewayRssMb: 180,
    gatewayRssMaxProcessMb: 95.4,
    startReadyMs: 9000,
    dashboardSlowNetworkMs: 1834.4,
    rows: [
      row('S1', 'fleet', 300),
      row('S1', 'apollo-gateway', 100),
      row('S1', 'hive-gateway', 200),
      row('S1', 'raw', 3000),
    ],
    notes: [],
  };
}

describe('the benchmark report', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'bench-results-'));
    mkdirSync(path.join(root, 'infra/bench'), { recursive: true });
    mkdirSync(path.join(root, 'docs'));
    writeFileSync(path.join(root, 'docs/benchmarks.md'), '# Benchmarks\n\nText.\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes the ratios the issue names and the table into docs/benchmarks.md', () => {
    writeResults(result(), { root });
    const json = JSON.parse(
      readFileSync(path.join(root, 'infra/bench/results/latest-quick.json'), 'utf8'),
    );
    expect(json.ratios).toEqual({
      fleetVsStockApolloGateway: 3,
      fleetVsHiveGateway: 1.5,
      fleetVsRawLimit: 0.1,
      sqlPerFleetPageFirst200VsFirst10: 1,
      bulkReadingsPerSecond: 2500,
      gatewayRssMb: 180,
      gatewayRssMbPerProcess: 95,
      startReadyMs: 9000,
      // The slower of the two analytics pages.
      analyticsP95Ms: 210,
      webhookDeliveriesPerSecond: 613,
      // The median of the changes' last stream.
      liveUpdateMs: 1000,
      dashboardSlowNetworkMs: 1834,
    });
    const readme = readFileSync(path.join(root, 'docs/benchmarks.md'), 'utf8');
    expect(readme).toContain('| S1 | fleet | 300 | 10 | 40 | 0 | 180 | 95 | 1.23 | 0.5 | 12 |');
    expect(readme).toContain('| S1 | hive-gateway | 200 | 10 | 40 | 0 | - | - | - | - | - |');
    expect(readme).toContain('2 × Test CPU');
    expect(readme).toContain('1.50 1.25 1.00 at the start, 2.00 1.75 1.10 at the end');
    expect(readme).toContain('p95 administrator 140 ms, service centre 210 ms.');
    expect(readme).toContain('overview on 1.6 Mbit/s with 150 ms latency visible in 1834 ms');
    // Each budget with its target, met or not; one not measured in this run says so.
    expect(readme).toContain(
      '| S1 vs Hive Gateway + Rust planner (x) | fleetVsHiveGateway | 1.5 | ≥ 1.5 | yes |',
    );
    expect(readme).toContain(
      '| S4 bulk intake (readings/s) | bulkReadingsPerSecond | 2500 | ≥ 10,000 | no |',
    );
    expect(readme).toContain(
      '| S7 webhook deliveries drained (/s) | webhookDeliveriesPerSecond | 613 | ≥ 500 | yes |',
    );
    expect(readme).toContain(
      '| S8 change heard by 200 open streams (ms) | liveUpdateMs | 1000 | < 2,000 | yes |',
    );
    expect(readme).toContain('every stream told after 900, 2400, 1000 ms');
    expect(readme).toContain('delivered at 613/s (32 at a time)');
  });

  it('says which budgets a partial run did not measure', () => {
    const partial = { ...result(), webhooks: null, live: null, dashboardSlowNetworkMs: null };
    const { table } = writeResults(partial, { root, dryRun: true });
    expect(table).toContain(
      '| S7 webhook deliveries drained (/s) | webhookDeliveriesPerSecond | - | ≥ 500 | - |',
    );
    expect(table).toContain(
      '| overview on 1.6 Mbit/s, 150 ms (ms) | dashboardSlowNetworkMs | - | ≤ 2,000 | - |',
    );
  });

  it('replaces its own block on the next run and leaves the rest of the page alone', () => {
    const once = updateReadme('# Portal\n\nText.\n', 'quick', 'first table');
    const twice = updateReadme(once, 'quick', 'second table');
    expect(twice).toBe(
      '# Portal\n\nText.\n\n<!-- bench:quick:start -->\n<!-- prettier-ignore-start -->\nsecond table\n' +
        '<!-- prettier-ignore-end -->\n<!-- bench:quick:end -->\n',
    );
    expect(updateReadme(twice, 'full', 'full table')).toContain('second table');
  });
});
