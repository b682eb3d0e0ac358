import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  if (globalThis.portalTestSupergraphDir)
    rmSync(globalThis.portalTestSupergraphDir, { recursive: true, force: true });
  const child = globalThis.portalTestPostgres;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
