// `npm run soak`: the whole system under steady mixed load for SOAK_SECONDS (default 600) after
// SOAK_WARMUP_SECONDS (default 60) of the same load: requests, errors, p50/p99 and each
// process's memory at the start and the end of the measured part: RSS, and the V8 heap in use
// right after a full garbage collection (the processes run with --expose-gc and collect when
// /metrics?gc=1 is asked), which is what stays alive; RSS alone mostly shows V8 growing its
// heap to a steady size. Traffic goes to loopback only, bounded in time, and the run stops by
// itself.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort, platform, root } from '../scripts/system.mjs';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const WARMUP_SECONDS = Number(process.env.SOAK_WARMUP_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 8);

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
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--expose-gc'].filter(Boolean).join(' '),
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

// The port of each process's /metrics, by the name its process title ends with.
const metricsPorts = {
  gateway: ports.GATEWAY_PORT,
  ...Object.fromEntries(
    platform.SUBGRAPHS.map(({ name }) => [
      name,
      ports[`${name.toUpperCase().replace(/-/g, '_')}_PORT`],
    ]),
  ),
};

/** V8 heap in use after a full GC, in MB, or null for a process without /metrics. */
async function liveHeap(name) {
  const port = Object.entries(metricsPorts).find(([suffix]) => name.endsWith(suffix))?.[1];
  if (!port) return null;
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics?gc=1`)).text();
  const used = /^nodejs_heap_size_used_bytes (\d+)/m.exec(text);
  return used ? Number(used[1]) / 2 ** 20 : null;
}

async function memory() {
  const pids = [
    launcher.pid,
    ...execFileSync('pgrep', ['-P', String(launcher.pid)])
      .toString()
      .trim()
      .split('\n'),
  ];
  const result = {};
  for (const pid of pids) {
    // Subgraphs and the gateway set process.title (portal-<name>); the launcher is start.mjs.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const name = path.basename(args.find((a) => a.endsWith('.mjs')) ?? path.basename(args[0]));
    const heap = await liveHeap(name);
    // RSS after the collection, so that both figures describe the same moment.
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
    result[name] = { rss: rss / 1024, heap };
  }
  return result;
}

const latencies = [];
let errors = 0;
/** What the failed requests answered (status and error codes), with how often. */
const failures = new Map();
let measuring = false;
/** Every client sends the workload in turn until `until`; counted only while measuring. */
const load = (until) =>
  Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = worker; Date.now() < until; i++) {
        const [who, query] = workload[i % workload.length];
        const began = performance.now();
        let failure = null;
        try {
          const { status, body } = await graphql(query, {}, tokens[who]);
          if (status !== 200 || body.errors)
            failure = `${status} ${body.errors?.map((e) => e.extensions?.code ?? e.message).join(', ')}`;
        } catch (error) {
          failure = error.message;
        }
        if (measuring) {
          if (failure) {
            errors++;
            failures.set(failure, (failures.get(failure) ?? 0) + 1);
          }
          latencies.push(performance.now() - began);
        }
      }
    }),
  );

// Warm up under the same load (caches, JIT, pools and V8's heap reach their working size),
// then measure memory at the start of the steady state.
await load(Date.now() + WARMUP_SECONDS * 1000);
const start = await memory();
measuring = true;
await load(Date.now() + SECONDS * 1000);
measuring = false;
const end = await memory();
latencies.sort((a, b) => a - b);
const percentile = (p) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
const growth = (before, after) => `${(((after - before) / before) * 100).toFixed(1)}%`;
console.log(
  `soak: ${SECONDS} s after ${WARMUP_SECONDS} s warm-up, ${CONCURRENCY} concurrent clients`,
);
console.log(
  `requests ${latencies.length} (${(latencies.length / SECONDS).toFixed(0)}/s), errors ${errors}, p50 ${percentile(50)} ms, p99 ${percentile(99)} ms`,
);
for (const [failure, count] of failures) console.log(`  ${count} x ${failure}`);
console.log(
  'process | RSS start MB | RSS end MB | growth | live heap start MB | live heap end MB | growth',
);
for (const [name, before] of Object.entries(start)) {
  const after = end[name] ?? { rss: 0, heap: null };
  const heap =
    before.heap === null || after.heap === null
      ? '- | - | -'
      : `${before.heap.toFixed(1)} | ${after.heap.toFixed(1)} | ${growth(before.heap, after.heap)}`;
  console.log(
    `${name} | ${before.rss.toFixed(0)} | ${after.rss.toFixed(0)} | ${growth(before.rss, after.rss)} | ${heap}`,
  );
}
launcher.kill('SIGINT');
await new Promise((resolve) => launcher.once('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });
process.exit(errors === 0 ? 0 : 1);
