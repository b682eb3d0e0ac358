// Event brokers a test can stop and start again: Debian's nats-server with JetStream, and a
// PostgreSQL of its own in a child process (packages/testkit/src/restartable-postgres.mjs).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { EmbeddedPostgres, freePort } from '@portal/devkit';

export interface RestartableBroker {
  /** NATS_URL or the bus database's URL. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  close(): Promise<void>;
}

/** Where Debian puts nats-server (/usr/sbin is not on every PATH). */
export function natsServerBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' });
  const onPath = found.stdout.trim();
  if (onPath) return onPath;
  if (existsSync('/usr/sbin/nats-server')) return '/usr/sbin/nats-server';
  throw new Error('nats-server is not installed: apt-get install -y nats-server');
}

async function listening(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listens on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** nats-server -js on a free port with its store in a temporary folder. */
export async function startNats(): Promise<RestartableBroker> {
  const binary = natsServerBinary();
  const storeDir = mkdtempSync(path.join(tmpdir(), 'portal-nats-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(binary, ['-js', '-sd', storeDir, '-a', '127.0.0.1', '-p', String(port)], {
      stdio: 'ignore',
    });
    await listening(port, 10_000);
    // JetStream answers a little after the port opens; the client's first request waits for it.
  };
  const stop = async () => {
    if (!child) return;
    const done = exited(child);
    child.kill('SIGTERM');
    await done;
    child = undefined;
  };
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    start,
    stop,
    close: async () => {
      await stop();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL of a test's own (its `postgres` database), restartable on the same port. */
export async function startRestartablePostgres(): Promise<RestartableBroker> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bus-pg-'));
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(__dirname, 'restartable-postgres.mjs'), dataDir, String(port)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const replies: Interface = createInterface({ input: child.stdout! });
  const answer = (line: 'stop' | 'start' | null, expected: string) =>
    new Promise<void>((resolve, reject) => {
      const listener = (reply: string) => {
        if (reply !== expected) return;
        replies.off('line', listener);
        child.off('exit', failed);
        resolve();
      };
      const failed = () => reject(new Error('the test PostgreSQL exited'));
      replies.on('line', listener);
      child.once('exit', failed);
      if (line) child.stdin!.write(`${line}\n`);
    });
  await answer(null, 'started');
  return {
    url: EmbeddedPostgres.urlFor(port, 'postgres', dataDir),
    stop: () => answer('stop', 'stopped'),
    start: () => answer('start', 'started'),
    close: async () => {
      const done = exited(child);
      child.stdin!.end();
      await done;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
