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
    gatewayRssMb: round(result.gatewayRssMb),
    startReadyMs: round(result.startReadyMs),
    // S6: the slower of the Administrator's and the service centre's analytics (target < 300).
    analyticsP95Ms: result.analytics
      ? Math.max(...Object.values(result.analytics).map((t) => t.p95))
      : null,
    dashboardSlowNetworkMs: round(result.dashboardSlowNetworkMs),
  };
}

/** One Markdown table: one row per scenario and gateway. */
export function markdownTable(result) {
  const lines = [
    `${result.mode === 'full' ? 'Full run (large data set)' : 'Quick run (demo data)'}, ${result.finishedAt}, ` +
      `${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${result.machine.node}; ` +
      `${result.workers} process(es) per gateway, ${result.connections} connections, ${result.rounds} alternating round(s) of ${result.seconds} s (median).`,
    '',
    '| scenario | gateway | requests/s | p50 ms | p99 ms | errors | gateway RSS MB (all processes) | gateway CPU ms/request | subgraphs + PostgreSQL CPU ms/request | SQL statements/request |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of result.rows) {
    lines.push(
      `| ${row.scenario} | ${row.peer} | ${round(row.requestsPerSecond, 1)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.rssMb === null ? '-' : round(row.rssMb)} | ${round(row.gatewayCpuMsPerRequest, 2) ?? '-'} | ${round(row.backendCpuMsPerRequest, 2) ?? '-'} | ${row.sqlPerRequest === null ? '-' : round(row.sqlPerRequest, 1)} |`,
    );
  }
  const r = result.ratios;
  lines.push(
    '',
    `Ratios: S1 vs stock Apollo Gateway ${r.fleetVsStockApolloGateway}x (target ≥ 3), vs Hive Gateway + router runtime ${r.fleetVsHiveGateway}x (target ≥ 1), ` +
      `vs raw node:http ${r.fleetVsRawLimit}; SQL per S1 first:200 / first:10 = ${r.sqlPerFleetPageFirst200VsFirst10} ` +
      `(${round(result.sql.first200, 1)} / ${round(result.sql.first10, 1)}; target 1.0); bulk intake ${r.bulkReadingsPerSecond} readings/s ` +
      `(${result.bulk.readings} readings, target ≥ 5,000); gateway RSS ${r.gatewayRssMb} MB over all its processes, ${round(result.gatewayRssMaxProcessMb)} MB the largest one (target ≤ 300); ready in ${r.startReadyMs} ms (target ≤ 20,000); ` +
      `overview on 1.6 Mbit/s with 150 ms latency visible in ${r.dashboardSlowNetworkMs ?? '-'} ms (target ≤ 2,000).`,
  );
  if (result.analytics)
    lines.push(
      '',
      `Analytics (S6, one request at a time): p95 ${Object.entries(result.analytics)
        .map(([who, t]) => `${who} ${t.p95} ms`)
        .join(', ')}; analyticsP95Ms ${r.analyticsP95Ms} (target < 300).`,
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
