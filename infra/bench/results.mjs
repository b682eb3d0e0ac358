// The benchmark's report: the Markdown table (into docs/benchmarks.md, between
// markers) and the JSON file with the ratios.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const round = (value, digits = 0) =>
  value === null || value === undefined || Number.isNaN(value)
    ? null
    : Math.round(value * 10 ** digits) / 10 ** digits;

/** The ratios issue #11 asks for, from the measured rows. */
export function ratios(result) {
  const rps = (scenario, peer) =>
    result.rows.find((r) => r.scenario === scenario && r.peer === peer)?.requestsPerSecond;
  const fleet = rps('S1', 'fleet');
  return {
    fleetVsStockApolloGateway: round(fleet / rps('S1', 'apollo-gateway'), 2),
    fleetVsHiveGateway: round(fleet / rps('S1', 'hive-gateway'), 2),
    fleetVsRawLimit: round(fleet / rps('S1', 'raw'), 3),
    sqlPerFleetPageFirst200VsFirst10: round(result.sql.first200 / result.sql.first10, 2),
    bulkReadingsPerSecond: round(result.bulk.readingsPerSecond),
    // S1: the peak of the gateway's processes together, and of its largest one (target ≤ 250).
    gatewayRssMb: round(result.gatewayRssMb),
    gatewayRssMbPerProcess: round(result.gatewayRssMaxProcessMb),
    startReadyMs: round(result.startReadyMs),
    // S6: the slower of the Administrator's and the service centre's analytics (target < 300).
    analyticsP95Ms: result.analytics
      ? Math.max(...Object.values(result.analytics).map((t) => t.p95))
      : null,
    // S7: queued webhook messages drained to a receiver on loopback (target ≥ 500).
    webhookDeliveriesPerSecond: round(result.webhooks?.deliveriesPerSecond),
    // S8: a change heard by every one of 200 open /events streams (target < 2,000).
    liveUpdateMs: round(result.live?.lastMs),
    dashboardSlowNetworkMs: round(result.dashboardSlowNetworkMs),
  };
}

/** Each budget of issues #11 and #25: its ratio key, what it measures, and when it is met. */
export const TARGETS = [
  ['fleetVsStockApolloGateway', 'S1 vs stock Apollo Gateway (x)', '≥ 3', (v) => v >= 3],
  ['fleetVsHiveGateway', 'S1 vs Hive Gateway + Rust planner (x)', '≥ 1.5', (v) => v >= 1.5],
  [
    'sqlPerFleetPageFirst200VsFirst10',
    'SQL per S1 page, first:200 / first:10',
    '1.0',
    (v) => v <= 1.05,
  ],
  ['bulkReadingsPerSecond', 'S4 bulk intake (readings/s)', '≥ 10,000', (v) => v >= 10_000],
  ['gatewayRssMbPerProcess', 'S1 gateway RSS, largest process (MB)', '≤ 250', (v) => v <= 250],
  ['startReadyMs', 'system ready (ms)', '≤ 20,000', (v) => v <= 20_000],
  ['analyticsP95Ms', 'S6 analytics p95, the slower caller (ms)', '< 300', (v) => v < 300],
  ['webhookDeliveriesPerSecond', 'S7 webhook deliveries drained (/s)', '≥ 500', (v) => v >= 500],
  ['liveUpdateMs', 'S8 change heard by 200 open streams (ms)', '< 2,000', (v) => v < 2000],
  ['dashboardSlowNetworkMs', 'overview on 1.6 Mbit/s, 150 ms (ms)', '≤ 2,000', (v) => v <= 2000],
];

/** The budgets as a Markdown table: measured value, target, met or not (- when not measured). */
export function targetsTable(r) {
  const lines = ['| budget | `ratios` key | measured | target | met |', '|---|---|---:|---:|---|'];
  for (const [key, label, target, met] of TARGETS) {
    const value = r[key];
    const measured = value === null || value === undefined || Number.isNaN(value);
    lines.push(
      `| ${label} | ${key} | ${measured ? '-' : value} | ${target} | ${measured ? '-' : met(value) ? 'yes' : 'no'} |`,
    );
  }
  return lines;
}

const loadText = (load) => (load ? load.map((l) => l.toFixed(2)).join(' ') : '-');

/** One Markdown table: one row per scenario and gateway. */
export function markdownTable(result) {
  const lines = [
    `${result.mode === 'full' ? 'Full run (large data set)' : 'Quick run (demo data)'}, ${result.finishedAt}, ` +
      `${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${result.machine.node}; ` +
      `${result.workers} process(es) per gateway, ${result.connections} connections, ${result.rounds} alternating round(s) of ${result.seconds} s (median).`,
    '',
    `Load average (1, 5, 15 min; the machine is shared, figures are noisy): ${loadText(result.machine.loadAverageAtStart)} at the start, ${loadText(result.machine.loadAverage)} at the end.`,
    '',
    '| scenario | gateway | requests/s | p50 ms | p99 ms | errors | gateway RSS MB (all processes) | largest process MB | gateway CPU ms/request | subgraphs + PostgreSQL CPU ms/request | SQL statements/request |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of result.rows) {
    lines.push(
      `| ${row.scenario} | ${row.peer} | ${round(row.requestsPerSecond, 1)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.rssMb === null ? '-' : round(row.rssMb)} | ${row.rssMaxProcessMb == null ? '-' : round(row.rssMaxProcessMb)} | ${round(row.gatewayCpuMsPerRequest, 2) ?? '-'} | ${round(row.backendCpuMsPerRequest, 2) ?? '-'} | ${row.sqlPerRequest === null ? '-' : round(row.sqlPerRequest, 1)} |`,
    );
  }
  const r = result.ratios;
  lines.push(
    '',
    `Ratios: S1 vs stock Apollo Gateway ${r.fleetVsStockApolloGateway}x, vs Hive Gateway + router runtime ${r.fleetVsHiveGateway}x, ` +
      `vs raw node:http ${r.fleetVsRawLimit}; SQL per S1 first:200 / first:10 = ${r.sqlPerFleetPageFirst200VsFirst10} ` +
      `(${round(result.sql.first200, 1)} / ${round(result.sql.first10, 1)}); bulk intake ${r.bulkReadingsPerSecond} readings/s ` +
      `(${result.bulk.readings} readings); gateway RSS under S1 ${r.gatewayRssMb} MB over all its processes, ${r.gatewayRssMbPerProcess} MB the largest one; ready in ${r.startReadyMs} ms; ` +
      `overview on 1.6 Mbit/s with 150 ms latency visible in ${r.dashboardSlowNetworkMs ?? '-'} ms.`,
  );
  lines.push('', ...targetsTable(r));
  if (result.webhooks)
    lines.push(
      '',
      `Webhooks (S7, ${result.webhooks.deliveries} events on a test system of its own, receiver on loopback): ` +
        `queued at ${round(result.webhooks.queuedPerSecond)} events/s, delivered at ${round(result.webhooks.deliveriesPerSecond)}/s ` +
        `(${result.webhooks.concurrency} at a time), notifications at ${round(result.webhooks.notificationsPerSecond)} events/s.`,
    );
  if (result.live)
    lines.push(
      '',
      `Live screens (S8, ${result.live.streams} open streams, ${result.live.rounds.length} changes): every stream told after ` +
        `${result.live.rounds.map((x) => x.lastMs ?? 'missed').join(', ')} ms; the median stream after ${result.live.rounds.map((x) => x.medianMs).join(', ')} ms.`,
    );
  if (result.analytics)
    lines.push(
      '',
      `Analytics (S6, one request at a time): p95 ${Object.entries(result.analytics)
        .map(([who, t]) => `${who} ${t.p95} ms`)
        .join(', ')}.`,
    );
  if (result.notes?.length) lines.push('', ...result.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

/** Replaces the text between `<!-- bench:<mode>:start -->` and its end marker in a Markdown page. */
export function updateReadme(readme, mode, table) {
  const start = `<!-- bench:${mode}:start -->`;
  const end = `<!-- bench:${mode}:end -->`;
  // Kept as written: prettier would realign the table after every run.
  const block = `${start}\n<!-- prettier-ignore-start -->\n${table}\n<!-- prettier-ignore-end -->\n${end}`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from >= 0 && to > from) return readme.slice(0, from) + block + readme.slice(to + end.length);
  return `${readme.trimEnd()}\n\n${block}\n`;
}

/** Writes results/<latest|latest-quick>.json and the table in docs/benchmarks.md. */
export function writeResults(
  result,
  { root, readmePath = path.join(root, 'docs', 'benchmarks.md'), dryRun = false },
) {
  result.ratios = ratios(result);
  if (dryRun) return { file: '(not written: partial run)', table: markdownTable(result) };
  const dir = path.join(root, 'infra/bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, result.mode === 'full' ? 'latest.json' : 'latest-quick.json');
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const table = markdownTable(result);
  writeFileSync(readmePath, updateReadme(readFileSync(readmePath, 'utf8'), result.mode, table));
  return { file, table };
}
