import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

declare global {
  var portalTestPostgres: ChildProcess | undefined;
}

/** Starts the run's PostgreSQL (infra/testing/postgres.mjs) and takes its environment. */
export default async function globalSetup(): Promise<void> {
  const child = spawn(process.execPath, [path.join(__dirname, 'postgres.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  globalThis.portalTestPostgres = child;
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`test PostgreSQL did not start (exit ${code})`)));
  });
  Object.assign(process.env, JSON.parse(line) as Record<string, string>);
}
