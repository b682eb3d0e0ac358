export default async function globalTeardown(): Promise<void> {
  const child = globalThis.portalTestPostgres;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
