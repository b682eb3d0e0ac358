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
    gatewayCpuMsPerRequest: peer === 'fleet' ? 1.234 : null,
    backendCpuMsPerRequest: peer === 'fleet' ? 0.5 : null,
    sqlPerRequest: peer === 'fleet' ? 12 : null,
  });
  return {
    mode: 'quick',
    finishedAt: '2026-11-27T17:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'Test CPU', memoryGb: 4, node: '20.20.2' },
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
    gatewayRssMb: 180,
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
      startReadyMs: 9000,
      // The slower of the two analytics pages.
      analyticsP95Ms: 210,
      dashboardSlowNetworkMs: 1834,
    });
    const readme = readFileSync(path.join(root, 'docs/benchmarks.md'), 'utf8');
    expect(readme).toContain('| S1 | fleet | 300 | 10 | 40 | 0 | 180 | 1.23 | 0.5 | 12 |');
    expect(readme).toContain('| S1 | hive-gateway | 200 | 10 | 40 | 0 | - | - | - | - |');
    expect(readme).toContain('2 × Test CPU');
    expect(readme).toContain('p95 administrator 140 ms, service centre 210 ms; analyticsP95Ms 210');
    expect(readme).toContain('overview on 1.6 Mbit/s with 150 ms latency visible in 1834 ms');
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
