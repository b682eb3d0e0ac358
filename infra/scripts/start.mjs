// `npm start`: PostgreSQL (embedded unless DATABASE_URL), migrations, demo data on a new
// database in demo mode, every subgraph and the gateway as separate processes, supervised: one
// that exits is restarted (backoff, at most RESTART_POLICY.maxPerMinute a minute). Ctrl-C,
// SIGTERM (to npm or to this process), an error during start or a process that keeps dying
// stop everything, PostgreSQL included, within 10 s.
// `npm start -- --replicas N` (or PORTAL_REPLICAS=N) runs N instances of each subgraph, the
// extra ones 100 ports above the first (4101-4106, 4201-4206, ...), behind the one gateway.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { loadDevkit, platform, prepareDatabase, root, secrets } from './system.mjs';
import { Supervisor } from './supervisor.mjs';

const STOP_DEADLINE_MS = 9000;
/** Ports browsers refuse (the WHATWG fetch "bad port" list): no portal on those. */
const BROWSER_BLOCKED_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

let env;
// Embedded PostgreSQL and the dev mailbox stand in for what DATABASE_URL and SMTP_URL name.
let devkit;
try {
  env = platform.environment();
  if (!env.DATABASE_URL || !env.SMTP_URL) devkit = await loadDevkit();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const replicas = replicasOption(process.argv.slice(2)) ?? env.PORTAL_REPLICAS;
const mode = process.env.PORTAL_MODE ?? 'demo';
const dataDir = path.resolve(root, env.PORTAL_DATA_DIR);
const started = Date.now();
let embedded;
let mailbox;
let stopping;
const supervisor = new Supervisor({
  onGiveUp: (reason) => {
    console.error(reason);
    void shutdown(1);
  },
});

async function main() {
  await refuseTakenPorts();
  let url = env.DATABASE_URL;
  let fresh = false;
  if (!url) {
    embedded = new devkit.EmbeddedPostgres({
      dataDir: path.join(dataDir, 'pg'),
      port: env.PORTAL_PG_PORT,
    });
    await embedded.start();
    fresh = await embedded.ensureDatabase(env.PORTAL_DATABASE_NAME);
    url = embedded.url(env.PORTAL_DATABASE_NAME);
  }
  if (stopping) return;
  // Demo data (users with the published password) only in demo mode, and only into a database
  // this command created, never into an external one.
  const seeded = fresh && mode === 'demo';
  await prepareDatabase(url, { seed: seeded });
  // Migrations ran as the owner; the processes connect as a role that only reads and writes
  // rows (no DDL, owns nothing, no superuser, no BYPASSRLS), with a new password every start.
  const appUrl = await platform
    .ensureApplicationRole(url, { role: 'portal_app', password: randomBytes(24).toString('hex') })
    .catch((error) => {
      console.warn(`Connecting as the database owner: no application role (${error.message}).`);
      return url;
    });

  // Without a mail server of its own, the demo keeps every mail as an .eml file to open.
  let mailDir;
  if (!env.SMTP_URL) {
    mailDir = path.join(dataDir, 'mail');
    mailbox = await devkit.startDevMailbox(mailDir, env.DEV_MAILBOX_PORT);
  }
  if (stopping) return;
  const childEnv = {
    ...process.env,
    ...(await secrets(dataDir)),
    DATABASE_URL: appUrl,
    PORTAL_MODE: mode,
    ...(mailbox ? { SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, DEV_MAILBOX_DIR: mailDir } : {}),
  };
  // Tracing is loaded before anything else in each process, and only when it is exported.
  const nodeArgs = env.OTEL_EXPORTER_OTLP_ENDPOINT
    ? ['--require', path.join(root, 'services/platform/dist/tracing.js')]
    : [];
  const urls = {};
  for (const { name } of platform.SUBGRAPHS) {
    const variable = name.toUpperCase().replace(/-/g, '_');
    urls[`SUBGRAPH_URLS_${variable}`] = [];
    for (let replica = 0; replica < replicas; replica++) {
      const port = env.portFor(name) + 100 * replica;
      urls[`SUBGRAPH_URLS_${variable}`].push(`http://${env.SUBGRAPH_HOST}:${port}/graphql`);
      supervisor.add(
        replicas > 1 ? `${name} #${replica + 1}` : name,
        path.join(root, 'services', name, 'dist/main.js'),
        { ...childEnv, OTEL_SERVICE_NAME: name, [`${variable}_PORT`]: String(port) },
        nodeArgs,
      );
    }
  }
  supervisor.add(
    'gateway',
    path.join(root, 'gateway/dist/main.js'),
    {
      ...childEnv,
      OTEL_SERVICE_NAME: 'gateway',
      ...Object.fromEntries(Object.entries(urls).map(([key, list]) => [key, list.join(',')])),
    },
    // Its workers (node:cluster) inherit the flags.
    [...env.GATEWAY_V8_FLAGS.split(' ').filter(Boolean), ...nodeArgs],
  );

  const base = `http://localhost:${env.GATEWAY_PORT}`;
  await waitForReady(env.GATEWAY_HOST, env.GATEWAY_PORT, env.PORTAL_READY_TIMEOUT_MS);
  if (stopping) return;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Printer portal is running in ${mode} mode (ready in ${seconds} s${seeded ? ', demo data loaded' : ''}).
  Portal      ${base}/
  GraphQL     ${base}/graphql   (playground for partners: ${base}/playground)
  Mail        ${mailDir ? `every mail as an .eml file in ${path.relative(process.cwd(), mailDir)}${mode === 'demo' ? `, readable at ${base}/dev/mailbox` : ''}` : env.SMTP_URL}
  Subgraphs   ${replicas} instance${replicas > 1 ? 's' : ''} each${replicas > 1 ? ', the gateway takes them in turn' : ''}, restarted when one exits
  PostgreSQL  ${embedded ? `embedded, data in ${path.relative(process.cwd(), dataDir) || '.'}/pg, port ${env.PORTAL_PG_PORT}` : 'DATABASE_URL'}
  Tracing     ${env.OTEL_EXPORTER_OTLP_ENDPOINT ? `OTLP to ${env.OTEL_EXPORTER_OTLP_ENDPOINT}` : 'off (set OTEL_EXPORTER_OTLP_ENDPOINT)'}
${
  seeded || mode === 'demo'
    ? `
Demo sign-ins (password ${platform.DEMO_PASSWORD}):
  anna.admin@nordiskprint.example     Administrator, Nordisk Print (100200, 100201)
  dennis.device@nordiskprint.example  Device Manager (NP1000001, NP1000002)
  sara.stock@nordiskprint.example     Stock Manager (Copenhagen HQ store)
  dorte.both@nordiskprint.example     Device & Stock Manager (100201)
  sune.self@nordiskprint.example      Self-Service user
  bo.admin@fjordlogistik.example      Administrator, Fjord Logistik (300400)
  agent@service.example / planner@service.example / tech@service.example   service centre
`
    : ''
}
Ctrl-C stops everything.`);
}

/** `--replicas N` / `--replicas=N`; a bad value stops here with a clear message. */
function replicasOption(args) {
  const at = args.findIndex((a) => a === '--replicas' || a.startsWith('--replicas='));
  if (at < 0) return undefined;
  const value = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 8) {
    console.error(`--replicas takes a whole number from 1 to 8 (got ${value ?? 'nothing'}).`);
    process.exit(2);
  }
  return count;
}

/** Every port this start listens on, with the variable that moves it. */
function plannedPorts() {
  const ports = [[env.GATEWAY_PORT, 'GATEWAY_PORT', env.GATEWAY_HOST]];
  for (const { name } of platform.SUBGRAPHS) {
    const variable = `${name.toUpperCase().replace(/-/g, '_')}_PORT`;
    for (let replica = 0; replica < replicas; replica++)
      ports.push([env.portFor(name) + 100 * replica, variable, env.SUBGRAPH_HOST]);
  }
  if (!env.DATABASE_URL) ports.push([env.PORTAL_PG_PORT, 'PORTAL_PG_PORT', '127.0.0.1']);
  if (!env.SMTP_URL && env.DEV_MAILBOX_PORT !== 0)
    ports.push([env.DEV_MAILBOX_PORT, 'DEV_MAILBOX_PORT', '127.0.0.1']);
  return ports;
}

/** A port already taken (an earlier start still running, another program) is said in one line. */
async function refuseTakenPorts() {
  if (BROWSER_BLOCKED_PORTS.has(env.GATEWAY_PORT))
    throw new StartError(
      `Port ${env.GATEWAY_PORT} is one browsers refuse to open: set GATEWAY_PORT to another port.`,
    );
  const pgData = path.join(dataDir, 'pg');
  const earlier = env.DATABASE_URL ? undefined : devkit.leftRunning(pgData);
  if (earlier)
    throw new StartError(
      `A PostgreSQL left running by an earlier start (pid ${earlier.pid}) holds port ${earlier.port} and ${path.relative(process.cwd(), pgData) || pgData}: stop it (kill ${earlier.pid}), or set PORTAL_PG_PORT and PORTAL_DATA_DIR to another port and folder.`,
    );
  for (const [port, variable, host] of plannedPorts()) {
    const problem = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', (error) => resolve(error.code));
      server.listen(port, host, () => server.close(() => resolve(undefined)));
    });
    if (problem === 'EADDRINUSE')
      throw new StartError(
        `Port ${port} is taken (is an earlier npm start still running?): stop what uses it, or set ${variable} to a free port.`,
      );
    if (problem)
      throw new StartError(`Cannot listen on ${host}:${port} (${problem}): set ${variable}.`);
  }
}

/** Waits for the gateway's /ready, at most timeoutMs; says what was missing if it never came. */
async function waitForReady(host, port, timeoutMs) {
  const until = Date.now() + timeoutMs;
  let last = 'nothing listening';
  while (!stopping) {
    const answer = await new Promise((resolve) => {
      const req = request({ host, port, path: '/ready', timeout: 2000 }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, body }));
        res.on('error', () => resolve(undefined));
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(undefined));
      req.end();
    });
    if (answer?.status === 200) return;
    if (answer) last = `${answer.status} ${answer.body}`;
    if (Date.now() >= until)
      throw new StartError(
        `The gateway was not ready within ${timeoutMs / 1000} s (http://${host}:${port}/ready: ${last}); see the log above (PORTAL_READY_TIMEOUT_MS waits longer).`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

class StartError extends Error {}

/** Stops every process and PostgreSQL; whatever hangs is killed so that this ends within 10 s. */
function shutdown(code) {
  stopping ??= (async () => {
    const deadline = setTimeout(() => {
      console.error('Stopping took too long; killing what is left.');
      supervisor.killAll();
      if (embedded?.pid) process.kill(embedded.pid, 'SIGKILL');
      process.exit(code || 1);
    }, STOP_DEADLINE_MS);
    await supervisor.stop(4000);
    await mailbox?.stop().catch(() => undefined);
    await embedded?.stop().catch((error) => console.error(error.message));
    clearTimeout(deadline);
    process.exit(code);
  })();
  return stopping;
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
// npm (or a shell) gone without a signal: this process is orphaned; stop rather than linger.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0);
}, 1000).unref();
main().catch(async (error) => {
  if (error instanceof StartError || (devkit && error instanceof devkit.EmbeddedPostgresError))
    console.error(error.message);
  else if (['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOSPC'].includes(error?.code) && error.path)
    console.error(
      `Cannot use ${error.path} (${error.code}): set PORTAL_DATA_DIR to a folder this user may write.`,
    );
  else console.error(error);
  await shutdown(1);
});
