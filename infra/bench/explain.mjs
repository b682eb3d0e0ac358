// `npm run bench:explain` (the large data set from `npm run seed:large`): starts PostgreSQL with
// auto_explain and the system, sends S1, S2 and S5 warm, and prints the plan PostgreSQL itself
// used for every statement behind them (EXPLAIN ANALYZE, BUFFERS, as auto_explain logs it for
// the requests' own statements and parameters). Options: --dir <folder> (another large data
// set), --quick (the demo data in a fresh database, to compare with), --only S1,S5,S6a,S6c,
// --repeat N (requests per scenario, default 5), --json.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort, loadDevkit, platform, prepareDatabase, root } from '../scripts/system.mjs';
import * as S from './scenarios.mjs';

const args = process.argv.slice(2);
// --quick: the demo data in a fresh database (as `npm run bench -- --quick`), to compare with.
const quick = args.includes('--quick');
const largeDir = path.resolve(
  args.includes('--dir') ? args[args.indexOf('--dir') + 1] : path.join(root, '.data/bench/large'),
);
const dir = quick ? path.join(root, '.data/bench/explain-quick') : largeDir;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const json = args.includes('--json');
/** Requests measured per scenario: a statement's time is the median over them. */
const REPEAT = args.includes('--repeat') ? Number(args[args.indexOf('--repeat') + 1]) : 5;
/** A table with at least this many rows (pg_class.reltuples) counts as big. */
const BIG_ROWS = 50_000;
// The event relays, mail queues and pollers run beside the requests: not theirs.
const BACKGROUND =
  /(outbox|consumer_offset|processed_event|event_bus|outgoing_mail|pg_stat_statements|pg_catalog|pg_try_advisory_xact_lock|LISTEN|pg_notify)/i;
const log = (line) => process.stdout.write(`${line}\n`);

if (quick) rmSync(dir, { recursive: true, force: true });
else if (!existsSync(path.join(dir, 'large.json'))) {
  log(`No large data set in ${dir}: run \`npm run seed:large\` first.`);
  process.exit(1);
}
const world = quick
  ? { admin: 'anna.admin@nordiskprint.example' }
  : JSON.parse(readFileSync(path.join(dir, 'large.json'), 'utf8'));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// PostgreSQL's log (stderr) carries auto_explain's plans; collected while a request runs.
let capture = null;
// The benchmarks always run on an embedded PostgreSQL of their own.
const devkit = await loadDevkit('run npm install: the benchmarks need the development tooling');
const postgres = new devkit.EmbeddedPostgres({
  dataDir: path.join(dir, 'pg'),
  port: await freePort(),
  settings: { shared_preload_libraries: 'pg_stat_statements,auto_explain' },
  onLog: (chunk) => {
    if (capture !== null) capture += chunk;
  },
});
await postgres.start();
const fresh = await postgres.ensureDatabase('portal');
const url = postgres.url('portal');
if (quick) await prepareDatabase(url, { seed: fresh });
const sql = new pg.Client({ connectionString: url });
await sql.connect();

// auto_explain is off (log_min_duration -1) until a measured request; ALTER SYSTEM because the
// subgraphs' pooled connections only see settings a reload gives them.
const AUTO_EXPLAIN = {
  log_analyze: 'on',
  log_buffers: 'on',
  log_timing: 'on',
  log_nested_statements: 'on',
  log_format: 'json',
  // Schema-qualified relation names (the same table name lives in several subgraphs).
  log_verbose: 'on',
  log_parameter_max_length: '200',
};
async function autoExplain(on) {
  for (const [name, value] of Object.entries(AUTO_EXPLAIN)) {
    await sql.query(
      on
        ? `ALTER SYSTEM SET auto_explain.${name} = '${value}'`
        : `ALTER SYSTEM RESET auto_explain.${name}`,
    );
  }
  await sql.query(
    on
      ? 'ALTER SYSTEM SET auto_explain.log_min_duration = 0'
      : 'ALTER SYSTEM RESET auto_explain.log_min_duration',
  );
  await sql.query('SELECT pg_reload_conf()');
  // Idle backends read the new settings before their next statement; give the signal time.
  await sleep(500);
}

// A run stopped by Ctrl-C leaves its settings in postgresql.auto.conf: off again before starting.
await autoExplain(false);

const children = [];
let system;
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
});
process.on('SIGINT', () => process.exit(130));

try {
  const keys = await platform.generatePrincipalKeyPair();
  const ports = { GATEWAY_PORT: await freePort(), DEV_MAILBOX_PORT: await freePort() };
  for (const { name } of platform.SUBGRAPHS)
    ports[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] = await freePort();
  const launched = Date.now();
  system = spawn(process.execPath, [path.join(root, 'infra/scripts/start.mjs')], {
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      PORTAL_PRINCIPAL_PRIVATE_KEY: keys.privateKey,
      PORTAL_PRINCIPAL_PUBLIC_KEY: keys.publicKey,
      PORTAL_TOKEN_SECRET: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString(
        'base64url',
      ),
      PORTAL_ENCRYPTION_KEY: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString(
        'base64url',
      ),
      DATABASE_URL: url,
      PORTAL_DATA_DIR: dir,
      PORTAL_MODE: 'production',
      LOG_LEVEL: 'warn',
      GATEWAY_WORKERS: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(system);
  let output = '';
  system.stdout.on('data', (chunk) => (output += chunk));
  while (!output.includes('Printer portal is running')) {
    if (system.exitCode !== null) throw new Error(`the system did not start:\n${output}`);
    await sleep(50);
  }
  log(`system ready in ${Date.now() - launched} ms (migrations included)`);
  const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;

  const graphql = async (query, variables, token) => {
    const response = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return body.data;
  };
  const signIn = async (email) => {
    const response = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        variables: { e: email, p: platform.DEMO_PASSWORD },
      }),
    });
    const token = (await response.json()).data?.login?.accessToken;
    if (!token) throw new Error(`sign-in of ${email} failed`);
    return token;
  };
  const admin = await signIn(world.admin);
  const agent = await signIn('agent@service.example');

  // S2's device as the benchmark picks it: the page's device with the most readings.
  const page = await graphql(S.FLEET_PAGE, { first: 50 }, admin);
  const pageIds = page.devices.edges.map((e) => platform.fromGlobalId('Device', e.node.id));
  const busiest = await sql.query(
    `SELECT device_id FROM meter_readings.meter_reading WHERE device_id = ANY($1::uuid[])
      GROUP BY device_id ORDER BY count(*) DESC LIMIT 1`,
    [pageIds],
  );
  const detailId = platform.toGlobalId('Device', busiest.rows[0]?.device_id ?? pageIds[0]);

  const big = new Map(
    (
      await sql.query(
        `SELECT n.nspname || '.' || c.relname AS name, c.reltuples::bigint AS rows
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'r' AND c.reltuples >= $1`,
        [BIG_ROWS],
      )
    ).rows.map((r) => [r.name, Number(r.rows)]),
  );

  const scenarios = [
    ['S1', 'fleet page, devices(first: 50), Administrator', S.FLEET_PAGE, { first: 50 }, admin],
    ['S2', 'device detail, Administrator', S.DEVICE_DETAIL, { id: detailId }, admin],
    ['S5', 'staff queue, overdue orders, Service agent', S.STAFF_QUEUE, {}, agent],
    ['S6a', 'analytics, Administrator', S.ANALYTICS_CUSTOMER, S.analyticsPeriod(), admin],
    [
      'S6c',
      'analytics over every account, Service agent',
      S.ANALYTICS_CENTRE,
      S.analyticsPeriod(),
      agent,
    ],
  ].filter(([name]) => !only || only.includes(name));

  const report = [];
  for (const [name, title, query, variables, token] of scenarios) {
    // Warm: plan caches, connection pools and the buffer cache as under load.
    await graphql(query, variables, token);
    await graphql(query, variables, token);
    await autoExplain(true);
    const runs = [];
    for (let i = 0; i < REPEAT; i++) {
      capture = '';
      const started = performance.now();
      await graphql(query, variables, token);
      const ms = performance.now() - started;
      // The last plans reach the log after the answer.
      await sleep(200);
      const { plans, unreadable } = plansIn(capture);
      capture = null;
      const mine = plans.filter((p) => !BACKGROUND.test(p.query));
      runs.push({
        ms,
        unreadable,
        background: plans.length - mine.length,
        statements: mine.map((p) => describe(p, big)),
      });
    }
    await autoExplain(false);
    const entry = summarise(name, title, runs);
    report.push(entry);
    if (!json) print(entry);
  }
  if (json) log(JSON.stringify(report, null, 2));
} finally {
  capture = null;
  await autoExplain(false).catch(() => undefined);
  await sql.end();
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await postgres.stop();
}

/** auto_explain's JSON plans in PostgreSQL's log text ("duration: 1.2 ms  plan:\n{...}"). */
function plansIn(text) {
  const plans = [];
  let unreadable = 0;
  const marker = /duration: ([\d.]+) ms\s+plan:\s*/g;
  let match;
  while ((match = marker.exec(text))) {
    const start = text.indexOf('{', marker.lastIndex);
    const end = start < 0 ? -1 : closingBrace(text, start);
    try {
      if (end < 0) throw new Error('cut off');
      const plan = JSON.parse(text.slice(start, end + 1));
      plans.push({
        durationMs: Number(match[1]),
        query: plan['Query Text'],
        parameters: plan['Query Parameters'] ?? null,
        plan: plan.Plan,
      });
      marker.lastIndex = end + 1;
    } catch {
      // Another process's lines can cut into a long plan on the shared stderr pipe.
      unreadable++;
    }
  }
  return { plans, unreadable };
}

function closingBrace(text, start) {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function describe({ durationMs, query, parameters, plan }, bigTables) {
  const nodes = [];
  const seqScansOnBig = [];
  const walk = (node, depth) => {
    const relation = node['Relation Name']
      ? `${node.Schema ? `${node.Schema}.` : ''}${node['Relation Name']}`
      : null;
    nodes.push({
      depth,
      type: node['Node Type'],
      relation,
      index: node['Index Name'] ?? null,
      rows: node['Actual Rows'],
      loops: node['Actual Loops'],
      ms: node['Actual Total Time'],
    });
    if (node['Node Type'] === 'Seq Scan' && relation && bigTables.has(relation))
      seqScansOnBig.push(`${relation} (${bigTables.get(relation).toLocaleString('en')} rows)`);
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(plan, 0);
  return {
    query: query.replace(/\s+/g, ' ').trim(),
    parameters,
    nodes,
    seqScansOnBig,
    rows: plan['Actual Rows'],
    sharedHit: plan['Shared Hit Blocks'] ?? 0,
    sharedRead: plan['Shared Read Blocks'] ?? 0,
    ms: durationMs,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The statements of one scenario over its runs: grouped by text (a text repeated within one
 * request is a per-row look-up), each with the median time over the runs and the plan of its
 * last run.
 */
function summarise(name, title, runs) {
  const groups = new Map();
  runs.forEach((run, index) => {
    for (const statement of run.statements) {
      const group = groups.get(statement.query) ?? { perRun: runs.map(() => []) };
      group.perRun[index].push(statement);
      groups.set(statement.query, group);
    }
  });
  const statements = [...groups.entries()].map(([query, { perRun }]) => {
    const last = perRun.findLast((list) => list.length) ?? [];
    const sample = last.reduce((a, b) => (b.ms > a.ms ? b : a));
    return {
      query,
      callsPerRequest: median(perRun.map((list) => list.length)),
      // The gateway caches principals: identity's look-up is not in every request.
      inRequests: perRun.filter((list) => list.length).length,
      msPerRequest: median(perRun.map((list) => list.reduce((sum, s) => sum + s.ms, 0))),
      parameters: sample.parameters,
      rows: sample.rows,
      sharedHit: sample.sharedHit,
      sharedRead: sample.sharedRead,
      seqScansOnBig: sample.seqScansOnBig,
      plan: sample.nodes,
    };
  });
  statements.sort((a, b) => b.msPerRequest - a.msPerRequest);
  return {
    scenario: name,
    title,
    requests: runs.length,
    statementsPerRequest: median(runs.map((r) => r.statements.length)),
    msInPostgresPerRequest: median(runs.map((r) => r.statements.reduce((t, s) => t + s.ms, 0))),
    requestMs: median(runs.map((r) => r.ms)),
    backgroundStatements: runs.reduce((t, r) => t + r.background, 0),
    unreadablePlans: runs.reduce((t, r) => t + r.unreadable, 0),
    statements,
  };
}

function print(entry) {
  log(
    `\n=== ${entry.scenario} ${entry.title}: ${entry.statementsPerRequest} statements per request, ` +
      `${entry.msInPostgresPerRequest.toFixed(2)} ms in PostgreSQL, request ${entry.requestMs.toFixed(0)} ms ` +
      `(medians of ${entry.requests}; ${entry.backgroundStatements} background statements of the event relays and mail queues left out` +
      `${entry.unreadablePlans ? `; ${entry.unreadablePlans} plan(s) unreadable in the log` : ''})`,
  );
  for (const s of entry.statements) {
    const shown = s.query.length > 400 ? `${s.query.slice(0, 400)}…` : s.query;
    log(
      `\n${s.callsPerRequest > 1 ? `${s.callsPerRequest}× per request, ` : ''}` +
        `${s.inRequests < entry.requests ? `in ${s.inRequests} of ${entry.requests} requests, ` : ''}` +
        `${s.msPerRequest.toFixed(3)} ms, ` +
        `${s.rows} rows, shared buffers hit ${s.sharedHit} read ${s.sharedRead}, ` +
        `seq scan on a big table: ${s.seqScansOnBig.length ? `YES ${s.seqScansOnBig.join(', ')}` : 'no'}`,
    );
    log(`  ${shown}`);
    for (const node of s.plan) {
      log(
        `  ${'  '.repeat(node.depth)}-> ${node.type}${node.relation ? ` on ${node.relation}` : ''}` +
          `${node.index ? ` using ${node.index}` : ''} (rows ${node.rows}, loops ${node.loops}, ${node.ms} ms)`,
      );
    }
  }
}
