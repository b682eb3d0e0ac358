// `npm run soak`: the whole system under steady mixed load for SOAK_SECONDS (default 600):
// requests, errors, p50/p99 and each process's memory at the start and the end.
// Traffic goes to loopback only, bounded in time, and the run stops by itself.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { platform, root } from '../scripts/system.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 8);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dataDir = `/tmp/portal-soak-${process.pid}`;
const ports = {
  GATEWAY_PORT: await freePort(),
  PORTAL_PG_PORT: await freePort(),
  DEV_MAILBOX_PORT: await freePort(),
};
for (const { name } of platform.SUBGRAPHS)
  ports[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] = await freePort();
const launcher = spawn(process.execPath, [path.join(root, 'infra/scripts/start.mjs')], {
  env: {
    ...process.env,
    ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
    PORTAL_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SMTP_URL: '',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
launcher.stdout.on('data', (chunk) => (output += chunk));
while (!output.includes('Printer portal is running')) {
  if (launcher.exitCode !== null) throw new Error(`the system did not start:\n${output}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const url = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;

async function graphql(query, variables, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return { status: response.status, body };
}
const signIn = async (email) =>
  (
    await graphql(
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: email, p: platform.DEMO_PASSWORD },
    )
  ).body.data.login.accessToken;

const tokens = {
  anna: await signIn('anna.admin@nordiskprint.example'),
  dennis: await signIn('dennis.device@nordiskprint.example'),
  sune: await signIn('sune.self@nordiskprint.example'),
  agent: await signIn('agent@service.example'),
};
const workload = [
  [
    'anna',
    '{ devices(first: 50) { totalCount edges { node { serialNumber model { name } account { customerAccountNumber } } } } }',
  ],
  ['dennis', '{ me { email grants { role } assignedDevices { serialNumber } } }'],
  ['sune', '{ knowledgeArticles(query: "papirstop") { edges { node { slug title } } } }'],
  ['agent', '{ accounts { customerAccountNumber creditStatus devices { totalCount } } }'],
  ['anna', '{ organization { name users { totalCount } accounts { name } } }'],
];

function memory() {
  const pids = [
    launcher.pid,
    ...execFileSync('pgrep', ['-P', String(launcher.pid)])
      .toString()
      .trim()
      .split('\n'),
  ];
  return Object.fromEntries(
    pids.map((pid) => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      // Subgraphs and the gateway set process.title (portal-<name>); the launcher is start.mjs.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const name = args.find((a) => a.endsWith('.mjs')) ?? path.basename(args[0]);
      return [path.basename(name), Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024];
    }),
  );
}

// Warm up, then measure memory at the start of the steady state.
for (const [who, query] of workload) await graphql(query, {}, tokens[who]);
const start = memory();
const latencies = [];
let errors = 0;
const until = Date.now() + SECONDS * 1000;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async (_, worker) => {
    for (let i = worker; Date.now() < until; i++) {
      const [who, query] = workload[i % workload.length];
      const began = performance.now();
      try {
        const { status, body } = await graphql(query, {}, tokens[who]);
        if (status !== 200 || body.errors) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - began);
    }
  }),
);
const end = memory();
latencies.sort((a, b) => a - b);
const percentile = (p) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
console.log(`soak: ${SECONDS} s, ${CONCURRENCY} concurrent clients`);
console.log(
  `requests ${latencies.length} (${(latencies.length / SECONDS).toFixed(0)}/s), errors ${errors}, p50 ${percentile(50)} ms, p99 ${percentile(99)} ms`,
);
console.log('process | RSS start MB | RSS end MB | growth');
for (const [name, before] of Object.entries(start)) {
  const after = end[name] ?? 0;
  console.log(
    `${name} | ${before.toFixed(0)} | ${after.toFixed(0)} | ${(((after - before) / before) * 100).toFixed(1)}%`,
  );
}
launcher.kill('SIGINT');
await new Promise((resolve) => launcher.once('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });
process.exit(errors === 0 ? 0 : 1);
