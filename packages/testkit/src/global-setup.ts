import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

declare global {
  var portalTestPostgres: ChildProcess | undefined;
  var portalTestSupergraphDir: string | undefined;
}

/**
 * The integration and browser projects' set-up, once per run: starts the run's PostgreSQL
 * (postgres.mjs) and takes its environment, and composes the supergraph of the current SDL files
 * for every test file's gateway (PORTAL_TEST_SUPERGRAPH).
 */
export default async function globalSetup(): Promise<void> {
  const child = spawn(process.execPath, [path.join(__dirname, 'postgres.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  globalThis.portalTestPostgres = child;
  const started = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`test PostgreSQL did not start (exit ${code})`)));
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { composeSupergraph } = require('../../../schema/compose-lib.cjs') as {
    composeSupergraph(root: string): { supergraphSdl: string | null; errors: string[] };
  };
  const { supergraphSdl, errors } = composeSupergraph(path.resolve(__dirname, '../../..'));
  if (!supergraphSdl) throw new Error(`supergraph does not compose:\n${errors.join('\n')}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-supergraph-'));
  globalThis.portalTestSupergraphDir = dir;
  writeFileSync(path.join(dir, 'supergraph.graphql'), supergraphSdl);
  Object.assign(process.env, JSON.parse(await started) as Record<string, string>, {
    PORTAL_TEST_SUPERGRAPH: path.join(dir, 'supergraph.graphql'),
  });
}
