import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD, SUBGRAPHS } from '@portal/platform';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Answer {
  data: { login: { accessToken: string } } & Record<string, unknown>;
}

async function graphql(url: string, query: string, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Answer;
}

it('npm start runs PostgreSQL, the subgraphs and the gateway with demo data, and Ctrl-C stops them all', async () => {
  const dataDir = `/tmp/portal-start-${randomBytes(4).toString('hex')}`;
  const [pgPort, gatewayPort, mailboxPort] = [await freePort(), await freePort(), await freePort()];
  const subgraphPorts: Record<string, string> = {};
  for (const { name } of SUBGRAPHS)
    subgraphPorts[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] = String(await freePort());
  const launcher = spawn(process.execPath, [path.join(__dirname, '../scripts/start.mjs')], {
    env: {
      ...process.env,
      ...subgraphPorts,
      PORTAL_DATA_DIR: dataDir,
      PORTAL_PG_PORT: String(pgPort),
      GATEWAY_PORT: String(gatewayPort),
      DEV_MAILBOX_PORT: String(mailboxPort),
      SMTP_URL: '',
      PORTAL_MODE: 'demo',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  launcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  launcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    launcher.once('exit', (code) => resolve(code)),
  );
  try {
    const started = Date.now();
    while (!output.includes('Printer portal is running')) {
      if (launcher.exitCode !== null) throw new Error(`npm start stopped:\n${output}`);
      if (Date.now() - started > 50_000) throw new Error(`not ready:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(output).toContain('demo data loaded');
    expect(output).toContain(`http://localhost:${gatewayPort}/graphql`);
    expect(output).toContain('anna.admin@nordiskprint.example');

    const url = `http://127.0.0.1:${gatewayPort}/graphql`;
    const login = await graphql(
      url,
      `mutation { login(email: "anna.admin@nordiskprint.example", password: "${DEMO_PASSWORD}") { accessToken } }`,
    );
    const devices = await graphql(url, '{ devices { totalCount } }', login.data.login.accessToken);
    expect(devices.data).toEqual({ devices: { totalCount: 9 } });
    const ready = await fetch(`http://127.0.0.1:${gatewayPort}/ready`);
    expect(ready.status).toBe(200);

    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    const client = new pg.Client({
      host: '127.0.0.1',
      port: pgPort,
      user: 'postgres',
      connectionTimeoutMillis: 2000,
    });
    await expect(client.connect()).rejects.toThrow();
  } finally {
    if (launcher.exitCode === null) {
      launcher.kill('SIGKILL');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
});
