// `npm run bench` (large data set from `npm run seed:large`) and `npm run bench -- --quick`
// (demo data): starts PostgreSQL (with pg_stat_statements), the system and the peer gateways on
// free ports, drives them with autocannon from a separate process, and writes the table into
// docs/benchmarks.md and infra/bench/results/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import {
  freePort,
  loadDevkit,
  platform,
  prepareDatabase,
  root,
  subgraphModule,
} from '../scripts/system.mjs';
import { dashboardOnSlowNetwork } from './dashboard-slow-network.mjs';
import { liveUpdates } from './live-updates.mjs';
import { writeResults } from './results.mjs';
import * as S from './scenarios.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const mode = quick ? 'quick' : 'full';
const WORKERS = option('workers', os.availableParallelism());
const SECONDS = option('seconds', quick ? 6 : 20);
const ROUNDS = option('rounds', 2);
const CONNECTIONS = option('connections', 50);
/** Every `<flag> name=value` of the command line, as an object (the flag may repeat). */
const assignments = (flag) =>
  Object.fromEntries(
    args.flatMap((arg, i) => (arg === flag ? [args[i + 1].split(/=(.*)/s).slice(0, 2)] : [])),
  );
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const want = (scenario) => !ONLY || ONLY.includes(scenario);
/** Devices anna (the demo data's Administrator) sees: docs/demo-data.md. */
const DEMO_FLEET_PAGE = 9;
// Batches in flight at once: an integration partner's few parallel uploads.
const BULK_CONNECTIONS = option('bulk-connections', 2);
const BULK_READINGS = option('bulk', quick ? 10_000 : 100_000);
const SINGLE_READINGS = option('singles', quick ? 1_000 : 2_000);
// S6: analytics documents sent one at a time (p95 of these).
const ANALYTICS_REQUESTS = option('analytics', quick ? 40 : 100);
// S7: webhook messages queued at once, then drained (target ≥ 500 deliveries/s).
const WEBHOOK_DELIVERIES = option('webhooks', 10_000);
// S8: open /events streams told of one change (target: all of them within 2 s).
const LIVE_STREAMS = option('streams', 200);
const benchStarted = Date.now();
const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);
// The machine is shared: the load beside the figures says how noisy they are.
const loadAverageAtStart = loadAverage();
const notes = [];
const log = (line) => process.stdout.write(`${line}\n`);

const children = [];
// Whatever ends this script (an error before the scenarios, Ctrl-C), its processes end with it.
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
function start(name, file, env, argv = []) {
  const child = spawn(process.execPath, [file, ...argv], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.name = name;
  child.output = '';
  child.stdout.on('data', (chunk) => (child.output += chunk));
  children.push(child);
  return child;
}
async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

// --- PostgreSQL -----------------------------------------------------------------------------
const largeDir = path.resolve(
  args.includes('--dir') ? args[args.indexOf('--dir') + 1] : path.join(root, '.data/bench/large'),
);
const dataDir = quick ? path.join(root, '.data/bench/quick') : largeDir;
if (quick) rmSync(dataDir, { recursive: true, force: true });
else if (!existsSync(path.join(largeDir, 'large.json'))) {
  log('No large data set yet: running `npm run seed:large` first.');
  await new Promise((resolve, reject) => {
    const seed = spawn(process.execPath, [path.join(root, 'infra/bench/seed-large.mjs')], {
      stdio: 'inherit',
    });
    seed.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seed:large failed (${code})`)),
    );
  });
}
const pgPort = await freePort();
// The benchmarks always run on an embedded PostgreSQL of their own.
const devkit = await loadDevkit('run npm install: the benchmarks need the development tooling');
const postgres = new devkit.EmbeddedPostgres({
  dataDir: path.join(dataDir, 'pg'),
  port: pgPort,
  settings: {
    shared_preload_libraries: 'pg_stat_statements',
    'pg_stat_statements.track': 'all',
    // --pg name=value (repeatable): a PostgreSQL setting for a before/after run.
    ...assignments('--pg'),
  },
});
await postgres.start();
const DB = 'portal';
const fresh = await postgres.ensureDatabase(DB);
const url = postgres.url(DB);
if (quick) await prepareDatabase(url, { seed: fresh });
const sql = new pg.Client({ connectionString: url });
await sql.connect();
await sql.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
// S3 and S4 add their e-Maintenance fleet to another organisation's account (`fleetAdmin`'s):
// in the Administrator's, S6 and the overview would count it too.
const world = quick
  ? {
      admin: 'anna.admin@nordiskprint.example',
      account: '100200',
      fleetAdmin: 'bo.admin@fjordlogistik.example',
      fleetAccountId: platform.demoIds.account('300400'),
    }
  : JSON.parse(readFileSync(path.join(largeDir, 'large.json'), 'utf8'));
if (!world.fleetAdmin) {
  log('The large data set predates the fleet of its own: run `npm run seed:large` again.');
  process.exit(1);
}

// --- the system -----------------------------------------------------------------------------
const keys = await platform.generatePrincipalKeyPair();
const secretsEnv = {
  PORTAL_PRINCIPAL_PRIVATE_KEY: keys.privateKey,
  PORTAL_PRINCIPAL_PUBLIC_KEY: keys.publicKey,
  PORTAL_TOKEN_SECRET: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString(
    'base64url',
  ),
  PORTAL_ENCRYPTION_KEY: Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString(
    'base64url',
  ),
};
const ports = { GATEWAY_PORT: await freePort(), DEV_MAILBOX_PORT: await freePort() };
const subgraphUrls = {};
for (const { name } of platform.SUBGRAPHS) {
  const port = await freePort();
  ports[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] = port;
  subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
}
const systemEnv = {
  ...secretsEnv,
  ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
  DATABASE_URL: url,
  PORTAL_DATA_DIR: dataDir,
  PORTAL_MODE: 'production',
  // As every Dockerfile sets it (graphql-js skips its development checks).
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  GATEWAY_WORKERS: String(WORKERS),
  // The bench measures throughput: one Administrator asks thousands of pages a minute, far past
  // the fair-use budget of a person (still counted, as in production, so it still costs).
  FAIR_USE_USER_COST: String(10 ** 12),
  ...(args.includes('--profile')
    ? {
        NODE_OPTIONS: `--import=${path.join(root, 'infra/bench/cpu-profile.mjs')}`,
        BENCH_PROFILE_DIR: path.join(dataDir, 'profiles'),
      }
    : {}),
  // --memory: the gateway's memory each second, and a heap snapshot on SIGUSR2 (memory-probe.mjs).
  ...(args.includes('--memory')
    ? {
        NODE_OPTIONS: `--import=${path.join(root, 'infra/bench/memory-probe.mjs')}`,
        BENCH_PROFILE_DIR: path.join(dataDir, 'profiles'),
      }
    : {}),
  // --env NAME=value (repeatable): one lever on or off for a before/after run.
  ...assignments('--env'),
};
const launched = Date.now();
const system = start('system', path.join(root, 'infra/scripts/start.mjs'), systemEnv);
system.stdout.pipe(process.stdout);
while (!system.output.includes('Printer portal is running')) {
  if (system.exitCode !== null) throw new Error('the system did not start');
  await sleep(50);
}
const startReadyMs = Date.now() - launched;
log(`system ready in ${startReadyMs} ms`);
const gatewayUrl = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;

// --- callers and data -----------------------------------------------------------------------
async function graphql(target, query, variables, token) {
  const response = await fetch(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}
/** The bench's GraphQL call that must succeed: the payload of its one root field. */
async function mutate(query, variables, token) {
  const { text } = await graphql(gatewayUrl, query, variables, token);
  const data = JSON.parse(text).data;
  if (!data) throw new Error(`${query.slice(0, 60)}… failed: ${text}`);
  return Object.values(data)[0];
}

/**
 * Staff need a second factor in production mode: the bench's staff users enrol an authenticator
 * app at their first sign-in of the run (the enrolment of an earlier run was dropped: its secret
 * is sealed with that run's key) and answer every later sign-in with a fresh code.
 */
const totpSecrets = new Map();
const lastStep = new Map();
async function codeFor(email) {
  // A code counts once: a second sign-in in the same 30 s step waits for the next one.
  while (Math.floor(Date.now() / 30_000) === lastStep.get(email))
    await new Promise((resolve) => setTimeout(resolve, 1000));
  lastStep.set(email, Math.floor(Date.now() / 30_000));
  return new TOTP({ secret: Secret.fromBase32(totpSecrets.get(email)) }).generate();
}
async function signIn(email) {
  const login = await mutate(
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken secondFactor { challenge enrolmentRequired } } }',
    { e: email, p: platform.DEMO_PASSWORD },
  );
  if (login.accessToken) return login.accessToken;
  const challenge = login.secondFactor?.challenge;
  if (!challenge) throw new Error(`sign-in of ${email} failed`);
  let token;
  if (login.secondFactor.enrolmentRequired) {
    const begun = await mutate(
      'mutation ($c: String!) { beginTotpEnrolment(challenge: $c) { secret } }',
      { c: challenge },
    );
    totpSecrets.set(email, begun.secret);
    const confirmed = await mutate(
      'mutation ($c: String!, $code: String!) { confirmTotpEnrolment(challenge: $c, code: $code) { signIn { accessToken } } }',
      { c: challenge, code: await codeFor(email) },
    );
    token = confirmed.signIn?.accessToken;
  } else {
    const verified = await mutate(
      'mutation ($c: String!, $code: String!) { verifySecondFactor(challenge: $c, code: $code) { accessToken } }',
      { c: challenge, code: await codeFor(email) },
    );
    token = verified.accessToken;
  }
  if (!token) throw new Error(`second factor of ${email} refused`);
  return token;
}
await sql.query(
  `DELETE FROM identity.totp_credential WHERE user_id IN
     (SELECT id FROM identity.app_user WHERE email = 'agent@service.example')`,
);
// Access tokens expire within a full run: each scenario signs in afresh.
let admin = await signIn(world.admin);
let agent = await signIn('agent@service.example');
async function signInAgain() {
  admin = await signIn(world.admin);
  agent = await signIn('agent@service.example');
}
const created = JSON.parse(
  (
    await graphql(
      gatewayUrl,
      'mutation ($grants: [RoleGrantInput!]!) { createApiKey(name: "bench e-Maintenance", grants: $grants) { secret } }',
      {
        grants: [
          {
            role: 'ADMINISTRATOR',
            accountId: platform.toGlobalId('Account', world.fleetAccountId),
          },
        ],
      },
      await signIn(world.fleetAdmin),
    )
  ).text,
);
const apiKey = created.data?.createApiKey?.secret;
if (!apiKey) throw new Error(`createApiKey failed: ${JSON.stringify(created)}`);

// S2's device: the Administrator's device with the most readings.
const fleetPage = JSON.parse((await graphql(gatewayUrl, S.FLEET_PAGE, { first: 50 }, admin)).text);
if (fleetPage.errors) throw new Error(`S1 answered errors: ${JSON.stringify(fleetPage.errors)}`);
const pageIds = fleetPage.data.devices.edges.map((e) => platform.fromGlobalId('Device', e.node.id));
const busiest = await sql.query(
  `SELECT device_id FROM meter_readings.meter_reading WHERE device_id = ANY($1::uuid[])
    GROUP BY device_id ORDER BY count(*) DESC LIMIT 1`,
  [pageIds],
);
const detailId = platform.toGlobalId('Device', busiest.rows[0]?.device_id ?? pageIds[0]);

// --- measuring ------------------------------------------------------------------------------
const workDir = path.join(dataDir, 'runs');
mkdirSync(path.join(dataDir, 'profiles'), { recursive: true });
mkdirSync(workDir, { recursive: true });
let loadRun = 0;
async function load(config) {
  const file = path.join(workDir, `load-${++loadRun}.json`);
  writeFileSync(file, JSON.stringify(config));
  const child = start('load', path.join(root, 'infra/bench/load.mjs'), {}, [file]);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`autocannon failed (${code})`);
  return JSON.parse(child.output.trim().split('\n').pop());
}

/** Every pid below `pid`. */
function tree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const kids = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (kids) pids.push(...kids.split(' ').map(Number));
      }
    } catch {
      // gone
    }
  }
  return pids;
}
const rssMb = (pids) =>
  pids.reduce((sum, pid) => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return sum + Number(kb ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);
/** The gateway's processes: the start.mjs child titled portal-gateway, and its workers. */
function ourGatewayPids() {
  const main = tree(system.pid).find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('portal-gateway');
    } catch {
      return false;
    }
  });
  return main ? tree(main) : [];
}
/** CPU time (user + system) the processes have used so far, in ms (USER_HZ is 100 on Linux). */
const cpuMs = (pids) =>
  new Map(
    pids.flatMap((pid) => {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return [[pid, (Number(fields[11]) + Number(fields[12])) * 10]];
      } catch {
        return [];
      }
    }),
  );
/** CPU spent between two snapshots: by processes that lived through it, or were born in it. */
const cpuSpent = (before, after) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
/** The processes behind every gateway: the subgraphs (start.mjs's other children) and PostgreSQL. */
function backendPids() {
  const gateway = new Set(ourGatewayPids());
  const postgresPids = tree(process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
    } catch {
      return false;
    }
  });
  return [...tree(system.pid).filter((pid) => !gateway.has(pid)), ...postgresPids];
}
/**
 * Runs `run` while sampling the processes' RSS (peak of their sum, and of the largest one), and
 * counts the CPU the gateway and the backend spent: on two cores shared by all, CPU per request
 * decides the race.
 */
async function withRss(pidsOf, run) {
  let peak = 0;
  let peakProcess = 0;
  const gatewayPids = pidsOf();
  const backend = backendPids();
  const cpuBefore = { gateway: cpuMs(gatewayPids), backend: cpuMs(backend) };
  const sample = () => {
    const pids = pidsOf();
    peak = Math.max(peak, rssMb(pids));
    for (const pid of pids) peakProcess = Math.max(peakProcess, rssMb([pid]));
  };
  const timer = setInterval(sample, 250);
  try {
    const result = await run();
    sample();
    const requests = Math.max(
      1,
      result.requests ?? result.requestsPerSecond * (result.seconds ?? 0),
    );
    return {
      ...result,
      rssMb: peak,
      rssMaxProcessMb: peakProcess,
      gatewayCpuMsPerRequest: cpuSpent(cpuBefore.gateway, cpuMs(pidsOf())) / requests,
      backendCpuMsPerRequest: cpuSpent(cpuBefore.backend, cpuMs(backendPids())) / requests,
    };
  } finally {
    clearInterval(timer);
  }
}

// Statements of the event relays, mail queues and this script are background, not requests.
const BACKGROUND = `query !~* '(outbox|consumer_offset|processed_event|event_bus|outgoing_mail|pg_stat_statements|pg_catalog|LISTEN|pg_notify)'`;
// What remains of the pollers (their START TRANSACTION/COMMIT) is measured idle and subtracted.
let resetAt = Date.now();
let backgroundPerSecond = 0;
const resetStatements = async () => {
  await sql.query('SELECT pg_stat_statements_reset()');
  resetAt = Date.now();
};
async function statements() {
  return Math.max(
    0,
    (await allStatements()) - (backgroundPerSecond * (Date.now() - resetAt)) / 1000,
  );
}
async function measureBackground() {
  await resetStatements();
  await sleep(5000);
  backgroundPerSecond = (await allStatements()) / ((Date.now() - resetAt) / 1000);
}
async function allStatements() {
  const { rows } = await sql.query(
    `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements s
       JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1 AND ${BACKGROUND}`,
    [DB],
  );
  return rows[0].calls;
}
/** `--statements`: where PostgreSQL's time went in a scenario, per request, the top ten. */
async function printTopStatements(scenario, requests) {
  const { rows } = await sql.query(
    `SELECT s.calls, s.total_exec_time AS ms, left(regexp_replace(s.query, '\\s+', ' ', 'g'), 110) AS q
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
      WHERE d.datname = $1 ORDER BY s.total_exec_time DESC LIMIT 10`,
    [DB],
  );
  log(`${scenario} statements by PostgreSQL time, ms per request (calls per request):`);
  for (const row of rows)
    log(
      `  ${(row.ms / requests).toFixed(1).padStart(7)} (${(row.calls / requests).toFixed(1)})  ${row.q}`,
    );
}

/**
 * Waits until every subgraph's outbox is relayed (after S3/S4 the relays move their events for
 * a while, and their transactions would count as requests), then measures the idle background
 * again.
 */
async function quiesce() {
  const { rows: outboxes } = await sql.query(
    `SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox'`,
  );
  const pending = async () => {
    let sum = 0;
    for (const { table_schema: schema } of outboxes) {
      const { rows } = await sql.query(
        `SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL`,
      );
      sum += rows[0].n;
    }
    return sum;
  };
  if ((await pending()) === 0) return;
  const deadline = Date.now() + 120_000;
  while ((await pending()) > 0 && Date.now() < deadline) await sleep(500);
  await measureBackground();
}
/** SQL statements per request: `count` requests one after another. */
async function sqlPer(target, query, variables, token, count = 20) {
  await quiesce();
  await graphql(target, query, variables, token);
  await resetStatements();
  for (let i = 0; i < count; i++) await graphql(target, query, variables, token);
  return (await statements()) / count;
}

// --- peers ----------------------------------------------------------------------------------
const supergraph = readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8').replace(
  /@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g,
  (_, name) => `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")`,
);
const supergraphPath = path.join(workDir, 'supergraph.graphql');
writeFileSync(supergraphPath, supergraph);

async function startPeer(name, extraEnv = {}) {
  const port = await freePort();
  const child = start(name, path.join(root, `infra/bench/peers/${name}.mjs`), {
    ...secretsEnv,
    BENCH_PORT: String(port),
    BENCH_WORKERS: String(WORKERS),
    BENCH_SUPERGRAPH: supergraphPath,
    BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...extraEnv,
  });
  const target = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode})`);
    try {
      await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{__typename}"}',
      });
      return { name, child, target, pids: () => tree(child.pid) };
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`${name} did not listen`);
}

/** Same data as our gateway's answer? (Hive may order keys differently: compare parsed.) */
function sameData(a, b) {
  const canonical = (value) =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, canonical(value[k])]),
          )
        : value;
  return (
    JSON.stringify(canonical(JSON.parse(a).data)) === JSON.stringify(canonical(JSON.parse(b).data))
  );
}

const rows = [];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function comparePeers(scenario, query, variables, { alone = false } = {}) {
  await signInAgain();
  const ours = { name: 'fleet', target: gatewayUrl, pids: ourGatewayPids };
  const reference = (await graphql(gatewayUrl, query, variables, admin)).text;
  if (JSON.parse(reference).errors)
    throw new Error(`${scenario} answered errors: ${reference.slice(0, 500)}`);
  const rawBody = path.join(workDir, `${scenario}.json`);
  writeFileSync(rawBody, reference);
  const peers = [ours];
  // --no-peers: our gateway alone (a lever's before/after).
  // --peers hive-gateway,raw: only those (a quick look at one comparison).
  const peerNames = args.includes('--peers')
    ? args[args.indexOf('--peers') + 1].split(',')
    : ['apollo-gateway', 'hive-gateway', 'raw'];
  for (const name of alone || args.includes('--no-peers') ? [] : peerNames) {
    try {
      peers.push(await startPeer(name, name === 'raw' ? { BENCH_RAW_BODY: rawBody } : {}));
    } catch (error) {
      notes.push(`${scenario}: ${name} did not start: ${error.message}`);
      log(`  ${name} did not start: ${error.message}`);
    }
  }
  const body = S.body(query, variables);
  const headers = { authorization: `Bearer ${admin}` };
  for (const peer of peers) {
    const answer = (await graphql(peer.target, query, variables, admin)).text;
    if (!sameData(answer, reference)) {
      notes.push(`${scenario}: ${peer.name} answered different data: ${answer.slice(0, 200)}`);
      log(`  ${peer.name} answered different data: ${answer.slice(0, 300)}`);
    }
    // Warm-up: plan caches, connection pools, JIT.
    await load({ url: peer.target, headers, body, connections: CONNECTIONS, duration: 2 });
  }
  // Counted one request at a time: under load, requests still in flight when a run ends would
  // count their statements but not themselves.
  const sqlPerRequest = await sqlPer(gatewayUrl, query, variables, admin);
  const runs = Object.fromEntries(peers.map((p) => [p.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const peer of peers) {
      const result = await withRss(peer.pids, () =>
        load({ url: peer.target, headers, body, connections: CONNECTIONS, duration: SECONDS }),
      );
      runs[peer.name].push(result);
      log(
        `  ${scenario} ${peer.name} round ${round + 1}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, RSS ${Math.round(result.rssMb)} MB, CPU ms/request gateway ${result.gatewayCpuMsPerRequest.toFixed(2)} backend ${result.backendCpuMsPerRequest.toFixed(2)}` +
          (result.sampleError ? `\n    first error: ${result.sampleError}` : ''),
      );
    }
  }
  for (const peer of peers) {
    const results = runs[peer.name];
    rows.push({
      scenario,
      peer: peer.name,
      requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
      p50: median(results.map((r) => r.p50)),
      p99: median(results.map((r) => r.p99)),
      errors: results.reduce((sum, r) => sum + r.errors, 0),
      rssMb: Math.max(...results.map((r) => r.rssMb)),
      rssMaxProcessMb: Math.max(...results.map((r) => r.rssMaxProcessMb)),
      gatewayCpuMsPerRequest: median(results.map((r) => r.gatewayCpuMsPerRequest)),
      backendCpuMsPerRequest: median(results.map((r) => r.backendCpuMsPerRequest)),
      sqlPerRequest: peer.name === 'fleet' ? sqlPerRequest : null,
      runs: results,
    });
  }
  for (const peer of peers) if (peer.child) await stopChild(peer.child);
}

/** Devices only meter readings knows (like the e-Maintenance fleet), each read 30 days ago. */
async function seedReadingFleet(prefix, size) {
  const { insertReadingFleet } = subgraphModule('meter-readings', 'reading-fleet.js');
  const fleet = await insertReadingFleet(
    async (text, parameters) => (await sql.query(text, parameters)).rows,
    {
      prefix,
      size,
      accountId: world.fleetAccountId,
      modelId: platform.demoIds.model('imageRUNNER ADVANCE DX 6860i'),
    },
  );
  return fleet.map((d) => ({ id: platform.toGlobalId('Device', d.deviceId), base: d.base }));
}
const readingsOf = async (prefix) =>
  (
    await sql.query(
      `SELECT count(*)::int AS n FROM meter_readings.meter_reading r
         JOIN meter_readings.device_projection d USING (device_id)
        WHERE d.serial_number LIKE $1 || '%' AND r.reading_date = current_date`,
      [prefix],
    )
  ).rows[0].n;

// --- the scenarios --------------------------------------------------------------------------
try {
  log(
    `\nbench (${mode}): ${WORKERS} process(es) per gateway, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s; load average ${loadAverageAtStart.join(' ')}`,
  );
  await measureBackground();
  log(`background: ${backgroundPerSecond.toFixed(1)} statements/s while idle (subtracted)`);
  const sqlFirst10 = await sqlPer(gatewayUrl, S.FLEET_PAGE, { first: 10 }, admin);
  const sqlFirst200 = await sqlPer(gatewayUrl, S.FLEET_PAGE, { first: 200 }, admin);
  log(
    `S1 SQL statements per request: first:10 ${sqlFirst10.toFixed(1)}, first:200 ${sqlFirst200.toFixed(1)}`,
  );

  if (want('S1')) {
    log('S1 fleet page (devices(first: 50))');
    await comparePeers('S1', S.FLEET_PAGE, { first: 50 });
    if (!quick) {
      // The demo data's Administrator sees 9 devices, so its S1 page has 9 rows: the same page
      // on the large data set is what shows whether the cost grows with the data.
      log(`S1 at the demo data's page size (first: ${DEMO_FLEET_PAGE}), our gateway`);
      await comparePeers(
        `S1 first:${DEMO_FLEET_PAGE}`,
        S.FLEET_PAGE,
        { first: DEMO_FLEET_PAGE },
        {
          alone: true,
        },
      );
    }
  }
  if (want('S2')) {
    log('S2 device detail');
    await comparePeers('S2', S.DEVICE_DETAIL, { id: detailId });
  }

  const run = Date.now().toString(36).toUpperCase();
  let bulk = { readings: 0, stored: 0, seconds: 0, readingsPerSecond: null };
  if (want('S3')) {
    log(`S3 submitMeterReading on ${SINGLE_READINGS} distinct devices`);
    const singles = await seedReadingFleet(`BS${run}`, SINGLE_READINGS);
    await resetStatements();
    const s3 = await withRss(ourGatewayPids, () =>
      load({
        url: gatewayUrl,
        headers: { authorization: `Bearer ${apiKey}` },
        bodies: singles.map((d, n) =>
          S.body(S.SUBMIT_ONE, { input: S.readingInput(d.id, d.base, n, `bench-s3-${run}`) }),
        ),
        connections: 10,
      }),
    );
    s3.sqlPerRequest = (await statements()) / Math.max(s3.requests, 1);
    const s3Stored = await readingsOf(`BS${run}`);
    if (s3Stored !== SINGLE_READINGS)
      notes.push(`S3 stored ${s3Stored} of ${SINGLE_READINGS} readings`);
    rows.push({ scenario: 'S3', peer: 'fleet', ...pick(s3) });
    log(
      `  ${s3.requestsPerSecond.toFixed(1)} req/s, p99 ${s3.p99} ms, errors ${s3.errors}, stored ${s3Stored}`,
    );
  }
  if (want('S4')) {
    log(`S4 bulk intake: ${BULK_READINGS} readings in batches of 1000`);
    const fleet = await seedReadingFleet(`BB${run}`, BULK_READINGS);
    const batches = [];
    for (let i = 0; i < fleet.length; i += 1000) {
      batches.push(
        S.body(S.SUBMIT_MANY, {
          inputs: fleet
            .slice(i, i + 1000)
            .map((d, n) => S.readingInput(d.id, d.base, i + n, `bench-s4-${run}`)),
        }),
      );
    }
    await resetStatements();
    const s4 = await withRss(ourGatewayPids, () =>
      load({
        url: gatewayUrl,
        headers: { authorization: `Bearer ${apiKey}` },
        bodies: batches,
        connections: BULK_CONNECTIONS,
      }),
    );
    s4.sqlPerRequest = (await statements()) / Math.max(s4.requests, 1);
    if (args.includes('--statements')) await printTopStatements('S4', s4.requests);
    const s4Stored = await readingsOf(`BB${run}`);
    if (s4Stored !== BULK_READINGS)
      notes.push(`S4 stored ${s4Stored} of ${BULK_READINGS} readings`);
    bulk = {
      readings: BULK_READINGS,
      stored: s4Stored,
      seconds: s4.seconds,
      readingsPerSecond: s4Stored / s4.seconds,
    };
    rows.push({ scenario: 'S4', peer: 'fleet', ...pick(s4) });
    log(
      `  ${Math.round(bulk.readingsPerSecond)} readings/s (${s4Stored} stored in ${s4.seconds} s), errors ${s4.errors}`,
    );
  }
  if (want('S5')) {
    log('S5 staff queue');
    await signInAgain();
    const s5Sql = await sqlPer(gatewayUrl, S.STAFF_QUEUE, {}, agent);
    const s5 = await withRss(ourGatewayPids, () =>
      load({
        url: gatewayUrl,
        headers: { authorization: `Bearer ${agent}` },
        body: S.body(S.STAFF_QUEUE, {}),
        connections: CONNECTIONS,
        duration: SECONDS,
      }),
    );
    s5.sqlPerRequest = s5Sql;
    rows.push({ scenario: 'S5', peer: 'fleet', ...pick(s5) });
    log(`  ${s5.requestsPerSecond.toFixed(1)} req/s, p99 ${s5.p99} ms, errors ${s5.errors}`);
    if (s5.sampleError) log(`    first error: ${s5.sampleError}`);
  }

  let analytics = null;
  if (want('S6')) {
    log('S6 analytics: an Administrator, and the service centre over every account');
    await signInAgain();
    admin = await signIn(world.admin);
    const variables = S.analyticsPeriod();
    analytics = {};
    for (const [who, query, token] of [
      ['administrator', S.ANALYTICS_CUSTOMER, admin],
      ['service centre', S.ANALYTICS_CENTRE, agent],
    ]) {
      const timing = await latencies(query, variables, token, ANALYTICS_REQUESTS);
      analytics[who] = timing;
      rows.push({
        scenario: `S6 ${who}`,
        peer: 'fleet',
        requestsPerSecond: 1000 / timing.mean,
        p50: timing.p50,
        p99: timing.p99,
        p95: timing.p95,
        errors: timing.errors,
        rssMb: null,
        rssMaxProcessMb: null,
        gatewayCpuMsPerRequest: null,
        backendCpuMsPerRequest: null,
        sqlPerRequest: await sqlPer(gatewayUrl, query, variables, token),
      });
      log(
        `  ${who}: p50 ${timing.p50} ms, p95 ${timing.p95} ms, p99 ${timing.p99} ms over ${ANALYTICS_REQUESTS} requests one at a time, errors ${timing.errors}`,
      );
      if (timing.sampleError) log(`    first error: ${timing.sampleError}`);
    }
  }

  let webhooks = null;
  if (want('S7')) {
    log(`S7 webhooks: ${WEBHOOK_DELIVERIES} queued deliveries drained to a receiver on loopback`);
    try {
      webhooks = await webhookDrain(WEBHOOK_DELIVERIES);
      log(
        `  ${Math.round(webhooks.deliveriesPerSecond)} deliveries/s (target ≥ 500); queued at ${Math.round(webhooks.queuedPerSecond)} events/s, notifications ${Math.round(webhooks.notificationsPerSecond)} events/s`,
      );
    } catch (error) {
      notes.push(`S7: the webhook drain was not measured (${error.message.split('\n')[0]})`);
      log(`  not measured: ${error.message}`);
    }
  }

  let live = null;
  if (want('S8')) {
    log(`S8 live screens: one order's step told to ${LIVE_STREAMS} open /events streams`);
    live = await liveScreens();
    log(
      `  every stream heard within ${live.lastMs} ms (median of ${live.rounds.length} changes; worst ${live.worstMs} ms; target < 2,000), missed ${live.missed}`,
    );
  }

  // The web client: the overview on a slow mobile line, in Chromium (skipped without one).
  let dashboardSlowNetworkMs = null;
  if (want('web')) {
    log('web: the overview on 1.6 Mbit/s with 150 ms latency');
    try {
      ({ ms: dashboardSlowNetworkMs } = await dashboardOnSlowNetwork({
        // localhost: a secure context to Chromium, as the production cookies need.
        baseURL: gatewayUrl.replace(/\/graphql$/, '').replace('127.0.0.1', 'localhost'),
        email: world.admin,
        password: platform.DEMO_PASSWORD,
      }));
      log(`  counters visible after ${dashboardSlowNetworkMs} ms (target ≤ 2,000)`);
    } catch (error) {
      notes.push(`web: the overview was not measured (${error.message.split('\n')[0]})`);
    }
  }

  const fleetRss = rows
    .filter((r) => r.peer === 'fleet' && r.scenario === 'S1')
    .map((r) => r.rssMb);
  const gatewayRssMb = fleetRss.length ? Math.max(...fleetRss) : null;
  const fleetRssProcess = rows
    .filter((r) => r.peer === 'fleet' && r.scenario === 'S1')
    .map((r) => r.rssMaxProcessMb);
  const gatewayRssMaxProcessMb = fleetRssProcess.length ? Math.max(...fleetRssProcess) : null;
  const result = {
    mode,
    startedAt: new Date(benchStarted).toISOString(),
    finishedAt: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - benchStarted) / 1000),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.versions.node,
      loadAverageAtStart,
      loadAverage: loadAverage(),
    },
    workers: WORKERS,
    connections: CONNECTIONS,
    rounds: ROUNDS,
    seconds: SECONDS,
    sqlCountedBy:
      'pg_stat_statements calls in the portal database; event relay and mail queue statements excluded by text, the rest of the idle background (their transactions) measured for 5 s and subtracted',
    backgroundStatementsPerSecond: backgroundPerSecond,
    sql: { first10: sqlFirst10, first200: sqlFirst200 },
    bulk,
    analytics,
    webhooks,
    live,
    gatewayRssMb,
    gatewayRssMaxProcessMb,
    startReadyMs,
    dashboardSlowNetworkMs,
    rows: rows.map(({ runs, ...row }) => ({ ...row, runs })),
    notes,
  };
  // A partial run (--only) prints its table but keeps the committed results.
  const { file, table } = writeResults(result, { root, dryRun: Boolean(ONLY) });
  log(
    `\n${table}\n\nwritten to ${path.relative(root, file)} and docs/benchmarks.md (${result.durationSeconds} s)`,
  );
} finally {
  await sql.end();
  for (const child of children.reverse()) await stopChild(child);
  await postgres.stop();
}

function pick(r) {
  return {
    requestsPerSecond: r.requestsPerSecond,
    p50: r.p50,
    p99: r.p99,
    errors: r.errors,
    rssMb: r.rssMb,
    rssMaxProcessMb: r.rssMaxProcessMb,
    gatewayCpuMsPerRequest: r.gatewayCpuMsPerRequest,
    backendCpuMsPerRequest: r.backendCpuMsPerRequest,
    sqlPerRequest: r.sqlPerRequest,
  };
}
/**
 * S6: latency of one document sent one at a time, as a person opening a page waits for it
 * (after a few to warm up): percentiles in ms, and errors (GraphQL errors count).
 */
async function latencies(query, variables, token, count) {
  const times = [];
  let errors = 0;
  let sampleError = null;
  for (let i = 0; i < count + 5; i++) {
    const started = performance.now();
    const { status, text } = await graphql(gatewayUrl, query, variables, token);
    const ms = performance.now() - started;
    if (status !== 200 || text.includes('"errors"')) {
      errors++;
      sampleError ??= text.slice(0, 300);
    }
    if (i >= 5) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]);
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: times.reduce((n, t) => n + t, 0) / times.length,
    errors,
    sampleError,
  };
}
/**
 * S7: the webhook bench (webhooks.bench.ts) on a test system of its own, as `npm run
 * bench:webhooks` runs it: production mode delivers only to public https addresses, so a
 * receiver on loopback needs the test mode's address rules. Answers its figures.
 */
async function webhookDrain(events) {
  const file = path.join(workDir, 'webhooks.json');
  rmSync(file, { force: true });
  const jest = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/jest/bin/jest.js'),
      '--selectProjects',
      'integration',
      '--runInBand',
      '--testMatch',
      '**/infra/bench/webhooks.bench.ts',
    ],
    {
      cwd: root,
      env: { ...process.env, BENCH_EVENTS: String(events), BENCH_RESULT_FILE: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(jest);
  let output = '';
  jest.stdout.on('data', (chunk) => (output += chunk));
  jest.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => jest.once('exit', resolve));
  if (code !== 0 || !existsSync(file))
    throw new Error(`webhooks.bench.ts failed (${code}): ${output.slice(-800)}`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * S8: half the streams are the Administrator's (their order screens), half the service centre's
 * (its queue); each change is the agent acknowledging an order the Administrator raised on an
 * active device of theirs, so every stream may hear of it.
 */
async function liveScreens(rounds = 5) {
  await signInAgain();
  const device = fleetPage.data.devices.edges.find((e) => e.node.status === 'ACTIVE')?.node;
  if (!device) throw new Error('S8: the Administrator has no active device');
  const orders = [];
  for (let i = 0; i <= rounds; i++) {
    const created = await mutate(
      `mutation ($input: CreateServiceOrderInput!) { createServiceOrder(input: $input) { serviceOrder { id } userErrors { code } } }`,
      {
        input: {
          deviceId: device.id,
          type: 'MAINTENANCE',
          description: 'Bench: live screens follow this order.',
          contactName: 'Facility desk',
          contactPhone: '+45 33 12 34 56',
        },
      },
      admin,
    );
    if (!created.serviceOrder) throw new Error(`S8: order refused: ${JSON.stringify(created)}`);
    orders.push(created.serviceOrder.id);
  }
  const tokens = Array.from({ length: LIVE_STREAMS }, (_, i) => (i % 2 ? agent : admin));
  const results = await liveUpdates({
    eventsUrl: gatewayUrl.replace(/\/graphql$/, '/events'),
    tokens,
    rounds,
    change: async () => {
      const id = orders.shift();
      const step = await mutate(
        'mutation ($id: ID!) { acknowledgeServiceOrder(id: $id) { userErrors { code } } }',
        { id },
        agent,
      );
      if (step.userErrors.length) throw new Error(`S8: ${JSON.stringify(step.userErrors)}`);
      return id;
    },
  });
  const missed = results.reduce((n, r) => n + r.missed, 0);
  if (missed) notes.push(`S8: ${missed} stream(s) missed a change within 10 s`);
  const last = results.map((r) => r.lastMs ?? Infinity);
  return {
    streams: LIVE_STREAMS,
    rounds: results,
    lastMs: median(last),
    worstMs: Math.max(...last),
    missed,
  };
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
