// `npm start` as a user runs it: one start (through npm, tracing to a local OTLP receiver) shared
// by the trace, the subgraph kills and the SIGTERM; then starts that fail.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DEMO_PASSWORD, SUBGRAPHS } from '@portal/platform';
import {
  alive,
  descendants,
  graphql,
  launch,
  launcherPorts,
  listening,
  processesNaming,
  type Launched,
  type Ports,
} from '../testing/launcher';

const ROOT = path.resolve(__dirname, '../..');
const dataDir = `/tmp/portal-launcher-${randomBytes(4).toString('hex')}`;
let ports: Ports;
let npm: Launched;
let token: string;
let receiver: Server;
const exported: OtlpSpan[] = [];

interface OtlpSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}

/** A local OTLP/HTTP receiver (JSON, what exporter-trace-otlp-http sends) keeping every span. */
async function startReceiver(): Promise<number> {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const { resourceSpans } = JSON.parse(body) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: { stringValue?: string } }[] };
            scopeSpans: { scope: { name: string }; spans: Omit<OtlpSpan, 'service' | 'scope'>[] }[];
          }[];
        };
        for (const { resource, scopeSpans } of resourceSpans) {
          const service = resource.attributes.find((a) => a.key === 'service.name')!.value
            .stringValue!;
          for (const { scope, spans } of scopeSpans)
            for (const span of spans) exported.push({ ...span, service, scope: scope.name });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  return (receiver.address() as AddressInfo).port;
}

beforeAll(async () => {
  ports = await launcherPorts();
  const receiverPort = await startReceiver();
  npm = launch('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: {
      ...ports.env,
      PORTAL_DATA_DIR: dataDir,
      PORTAL_MODE: 'demo',
      SMTP_URL: '',
      LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${receiverPort}`,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    },
  });
  await npm.waitFor('Printer portal is running', 110_000);
  const login = await graphql(
    ports.gateway,
    `mutation { login(email: "anna.admin@nordiskprint.example", password: "${DEMO_PASSWORD}") { accessToken } }`,
  );
  token = (login.body.data!.login as { accessToken: string }).accessToken;
}, 120_000);

afterAll(async () => {
  if (npm && npm.child.exitCode === null) {
    npm.child.kill('SIGTERM');
    await npm.exited;
  }
  await new Promise((resolve) => receiver?.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

it('loads the demo data into a new database and serves it', async () => {
  expect(npm.output()).toContain('demo data loaded');
  const devices = await graphql(ports.gateway, '{ devices { totalCount } }', { token });
  expect(devices.body).toEqual({ data: { devices: { totalCount: 9 } } });
});

it('traces one request from the gateway through two subgraphs to their SQL statements', async () => {
  // The caller's own trace context is continued (W3C traceparent), so the test knows the trace.
  const traceId = randomBytes(16).toString('hex');
  const answer = await graphql(
    ports.gateway,
    '{ devices(first: 2) { edges { node { id openServiceOrderCount } } } }',
    { token, headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } },
  );
  expect(answer.body.errors).toBeUndefined();

  const trace = () => exported.filter((span) => span.traceId === traceId);
  const SERVER = 2;
  const entry = (service: string) =>
    trace().find((s) => s.service === service && s.kind === SERVER && s.scope.endsWith('-http'));
  const until = Date.now() + 15_000;
  // The gateway's span ends last (after the answer is written): wait for every part.
  while (!(
    entry('gateway') &&
    entry('devices') &&
    entry('service-orders') &&
    sqlUnder('devices').length &&
    sqlUnder('service-orders').length
  )) {
    if (Date.now() > until) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  function sqlUnder(service: string): OtlpSpan[] {
    const top = entry(service);
    const byId = new Map(trace().map((span) => [span.spanId, span]));
    return trace().filter((span) => {
      if (span.service !== service || !span.name.startsWith('pg.query')) return false;
      for (let at = span; at; at = byId.get(at.parentSpanId ?? '')!)
        if (at.spanId === top?.spanId) return true;
      return false;
    });
  }

  const gateway = entry('gateway')!;
  expect(gateway).toBeDefined();
  const spanIds = new Set(trace().map((span) => span.spanId));
  for (const service of ['devices', 'service-orders']) {
    const subgraph = entry(service)!;
    expect(subgraph).toBeDefined();
    // Called by the gateway: its parent is the gateway's client span of this very trace.
    const caller = trace().find((span) => span.spanId === subgraph.parentSpanId)!;
    expect(caller.service).toBe('gateway');
    expect(spanIds.has(subgraph.parentSpanId!)).toBe(true);
    expect(sqlUnder(service).length).toBeGreaterThan(0);
  }
}, 30_000);

/** What each killed subgraph must not disturb: a query of other subgraphs' fields. */
const UNTOUCHED: Record<string, string> = {
  // Without identity nobody signs in: the gateway itself must keep answering.
  identity: '{ __typename }',
  devices: '{ accounts { customerAccountNumber } serviceOrders(first: 1) { totalCount } }',
  'service-orders': '{ devices(first: 1) { totalCount } }',
  'meter-readings': '{ devices(first: 1) { totalCount } }',
  toner: '{ devices(first: 1) { totalCount } knowledgeArticles { totalCount } }',
  knowledge: '{ devices(first: 1) { totalCount } stockLocations { name } }',
};

it.each(SUBGRAPHS.map(({ name }) => name))(
  'restarts %s within 5 s after it is killed, while the gateway answers the other subgraphs',
  async (name) => {
    const launcher = descendants(npm.child.pid!).find((p) => p.command.includes('start.mjs'))!;
    const before = descendants(launcher.pid);
    const victim = before.find((p) => p.command === `portal-${name}`)!;
    expect(victim).toBeDefined();
    const killedAt = Date.now();
    process.kill(victim.pid, 'SIGKILL');

    const failures: unknown[] = [];
    let answered = 0;
    let back = false;
    const probe = async () => {
      while (!back) {
        const answer = await graphql(ports.gateway, UNTOUCHED[name]!, {
          token: name === 'identity' ? undefined : token,
        });
        answered++;
        if (answer.status !== 200 || answer.body.errors) failures.push(answer);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const gatewayReady = async () => {
      const response = await fetch(`http://127.0.0.1:${ports.gateway}/ready`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    // The launcher's part: a new process within 5 s. How soon it answers is the subgraph's
    // start-up, which a busy machine slows (the bench's "ready" line measures it).
    const respawn = async () => {
      while (Date.now() - killedAt < 5_000) {
        if (descendants(launcher.pid).some((p) => !before.some((known) => known.pid === p.pid)))
          return Date.now() - killedAt;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return Infinity;
    };
    const watch = async () => {
      const degraded = await gatewayReady();
      // The subgraph's own /ready: what the gateway's asks, without asking the other five.
      const own = `http://127.0.0.1:${ports.env[`${name.toUpperCase().replace(/-/g, '_')}_PORT`]}/ready`;
      let ready = false;
      while (!ready && Date.now() - killedAt < 30_000) {
        ready = await fetch(own).then(
          (response) => response.status === 200,
          () => false,
        );
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      back = true;
      return { ready, degraded };
    };
    const [respawned, { ready, degraded }] = await Promise.all([respawn(), watch(), probe()]);

    expect(respawned).toBeLessThan(5000);
    expect(ready).toBe(true);
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(0);
    // Unless it was back before the gateway was asked, /ready said which subgraph was down.
    if (degraded.status !== 200)
      expect(degraded).toEqual({ status: 503, body: { status: 'degraded', down: [name] } });
    expect((await gatewayReady()).status).toBe(200);
    expect(npm.output()).toMatch(new RegExp(`↻ ${name} exited \\(SIGKILL\\); restarting in`));
  },
  40_000,
);

it('stops every process and frees every port within 10 s when npm gets SIGTERM', async () => {
  const tree = descendants(npm.child.pid!);
  expect(tree.some((p) => p.command.startsWith('portal-gateway'))).toBe(true);
  expect(tree.some((p) => /postgres -D/.test(p.command))).toBe(true);
  const sent = Date.now();
  npm.child.kill('SIGTERM');
  await npm.exited;
  // Whatever npm's exit code, the system must be gone.
  while (tree.some((p) => alive(p.pid)) && Date.now() - sent < 10_000)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(Date.now() - sent).toBeLessThan(10_000);
  expect(tree.filter((p) => alive(p.pid))).toEqual([]);
  for (const port of ports.all) expect(await listening(port)).toBe(false);
}, 20_000);

describe('a start that cannot work', () => {
  it('stops PostgreSQL and exits when an error happens during start (through npm)', async () => {
    const failing = await launcherPorts();
    const dir = `/tmp/portal-launcher-error-${randomBytes(4).toString('hex')}`;
    try {
      const run = launch('npm', ['start', '--silent'], {
        cwd: ROOT,
        // After PostgreSQL is up: a database name it must refuse.
        env: { ...failing.env, PORTAL_DATA_DIR: dir, PORTAL_DATABASE_NAME: 'Not-A-Name' },
      });
      expect(await run.exited).not.toBe(0);
      expect(run.output()).toContain('Not a plain database name');
      expect(processesNaming(dir)).toEqual([]);
      for (const port of failing.all) expect(await listening(port)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.each([
    ['taken', 'GATEWAY_PORT', 'is taken'],
    ['taken', 'PORTAL_PG_PORT', 'is taken'],
    ['refused by browsers', 'GATEWAY_PORT', 'browsers refuse'],
  ])('says in one line that a port is %s, naming it and %s', async (_, variable, words) => {
    const planned = await launcherPorts();
    const holder = createServer();
    let port = Number(planned.env[variable]);
    if (words === 'browsers refuse') port = 6000;
    else await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      const run = launch(process.execPath, [path.join(ROOT, 'infra/scripts/start.mjs')], {
        cwd: ROOT,
        env: { ...planned.env, [variable]: String(port), PORTAL_DATA_DIR: '/nonexistent/never' },
      });
      expect(await run.exited).toBe(1);
      const lines = run.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`Port ${port}`);
      expect(lines[0]).toContain(words);
      expect(lines[0]).toContain(variable);
    } finally {
      holder.close();
    }
  });
});
