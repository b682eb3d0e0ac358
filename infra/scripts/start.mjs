// `npm start`: PostgreSQL (embedded unless DATABASE_URL), migrations, demo data on a new
// database, every subgraph and the gateway as separate processes; Ctrl-C stops it all.
// `npm start -- --replicas N` (or PORTAL_REPLICAS=N) runs N instances of each subgraph, the
// extra ones 100 ports above the first (4101-4106, 4201-4206, ...), behind the one gateway.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { platform, prepareDatabase, root, secrets } from './system.mjs';

const env = platform.environment();
const replicas = replicasOption(process.argv.slice(2)) ?? env.PORTAL_REPLICAS;
const dataDir = path.resolve(root, env.PORTAL_DATA_DIR);
const started = Date.now();
const children = [];
let embedded;
let mailbox;
let stopping = false;

async function main() {
  let url = env.DATABASE_URL;
  let fresh = false;
  if (!url) {
    embedded = new platform.EmbeddedPostgres({
      dataDir: path.join(dataDir, 'pg'),
      port: env.PORTAL_PG_PORT,
    });
    await embedded.start();
    fresh = await embedded.ensureDatabase(env.PORTAL_DATABASE_NAME);
    url = embedded.url(env.PORTAL_DATABASE_NAME);
  }
  // Demo data goes only into a database this command created, never into an external one.
  await prepareDatabase(url, { seed: fresh });
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
    mailbox = await platform.startDevMailbox(mailDir, env.DEV_MAILBOX_PORT);
  }
  const childEnv = {
    ...process.env,
    ...(await secrets(dataDir)),
    DATABASE_URL: appUrl,
    PORTAL_MODE: process.env.PORTAL_MODE ?? 'demo',
    ...(mailbox ? { SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`, DEV_MAILBOX_DIR: mailDir } : {}),
  };
  const urls = {};
  for (const { name } of platform.SUBGRAPHS) {
    const variable = name.toUpperCase().replace(/-/g, '_');
    urls[`SUBGRAPH_URLS_${variable}`] = [];
    for (let replica = 0; replica < replicas; replica++) {
      const port = env.portFor(name) + 100 * replica;
      urls[`SUBGRAPH_URLS_${variable}`].push(`http://${env.SUBGRAPH_HOST}:${port}/graphql`);
      children.push(
        run(
          replicas > 1 ? `${name} #${replica + 1}` : name,
          path.join(root, 'services', name, 'dist/main.js'),
          {
            ...childEnv,
            [`${variable}_PORT`]: String(port),
          },
        ),
      );
    }
  }
  children.push(
    run('gateway', path.join(root, 'gateway/dist/main.js'), {
      ...childEnv,
      ...Object.fromEntries(Object.entries(urls).map(([key, list]) => [key, list.join(',')])),
    }),
  );

  const base = `http://localhost:${env.GATEWAY_PORT}`;
  await waitForReady(`http://${env.GATEWAY_HOST}:${env.GATEWAY_PORT}/ready`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Printer portal is running (ready in ${seconds} s${fresh ? ', demo data loaded' : ''}).
  Portal      ${base}/
  GraphQL     ${base}/graphql   (playground for partners: ${base}/playground)
  Mail        ${mailDir ? `every mail as an .eml file in ${path.relative(process.cwd(), mailDir)}, readable at ${base}/mailbox` : env.SMTP_URL}
  Subgraphs   ${replicas} instance${replicas > 1 ? 's' : ''} each${replicas > 1 ? ', the gateway takes them in turn' : ''}
  PostgreSQL  ${embedded ? `embedded, data in ${path.relative(process.cwd(), dataDir) || '.'}/pg, port ${env.PORTAL_PG_PORT}` : 'DATABASE_URL'}

Demo sign-ins (password ${platform.DEMO_PASSWORD}):
  anna.admin@nordiskprint.example     Administrator, Nordisk Print (100200, 100201)
  dennis.device@nordiskprint.example  Device Manager (NP1000001, NP1000002)
  sara.stock@nordiskprint.example     Stock Manager (Copenhagen HQ store)
  dorte.both@nordiskprint.example     Device & Stock Manager (100201)
  sune.self@nordiskprint.example      Self-Service user
  bo.admin@fjordlogistik.example      Administrator, Fjord Logistik (300400)
  agent@service.example / planner@service.example / tech@service.example   service centre

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

function run(name, file, childEnv) {
  const child = spawn(process.execPath, [file], {
    env: childEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping the rest.`);
      void shutdown(1);
    }
  });
  return child;
}

async function waitForReady(url) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become ready in 60 s`);
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  await mailbox?.stop();
  await embedded?.stop();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error) => {
  console.error(error);
  await shutdown(1);
});
