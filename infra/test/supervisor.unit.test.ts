// The launcher's restart policy and stop, with tiny processes instead of the system.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { leftRunning } from '@portal/devkit';
// @ts-expect-error: a plain ES module of the launcher, without types
import { restartDelay, Supervisor } from '../scripts/supervisor.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'portal-supervisor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, code: string): string {
  const file = path.join(dir, `${name}.js`);
  writeFileSync(file, code);
  return file;
}

const policy = { baseDelayMs: 20, maxDelayMs: 200, maxPerMinute: 3, stableAfterMs: 30_000 };

it('waits twice as long before each restart in a row, up to a ceiling', () => {
  expect([1, 2, 3, 4, 5, 6].map((streak) => restartDelay(streak, policy))).toEqual([
    20, 40, 80, 160, 200, 200,
  ]);
});

it('restarts a process that keeps dying at most maxPerMinute times, then gives up saying why', async () => {
  const lines: string[] = [];
  const reason = await new Promise<string>((resolve) => {
    const supervisor = new Supervisor({
      policy,
      log: (l: string) => lines.push(l),
      onGiveUp: resolve,
    });
    supervisor.add('crasher', script('crash', 'process.exit(3)'), process.env);
  });
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(
    /^↻ crasher exited \(code 3\); restarting in 0\.0 s \(restart 1 in the last minute, at most 3\)\.$/,
  );
  expect(reason).toBe(
    'crasher exited 4 times within a minute (last: code 3); stopping everything.',
  );
});

it('stops a process that ignores SIGTERM by killing it after the grace period', async () => {
  const ready = path.join(dir, 'stubborn-ready');
  const stubborn = script(
    'stubborn',
    `process.on('SIGTERM', () => undefined); setInterval(() => undefined, 1000);
     require('node:fs').writeFileSync(${JSON.stringify(ready)}, 'up');`,
  );
  const supervisor = new Supervisor({ policy, log: () => undefined, onGiveUp: () => undefined });
  const entry = supervisor.add('stubborn', stubborn, process.env);
  while (!existsSync(ready)) await new Promise((resolve) => setTimeout(resolve, 50));
  const started = Date.now();
  await supervisor.stop(500);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(entry.child.signalCode).toBe('SIGKILL');
});

it('takes a postmaster.pid whose process is no PostgreSQL for stale, and removes it', () => {
  const cluster = path.join(dir, 'pg');
  const file = path.join(cluster, 'postmaster.pid');
  mkdirSync(cluster);
  // This very process: alive, but not a postgres.
  writeFileSync(file, `${process.pid}\n${cluster}\n0\n5433\n`);
  expect(leftRunning(cluster)).toBeUndefined();
  expect(existsSync(file)).toBe(false);
});
