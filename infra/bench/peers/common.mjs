// What every peer gateway shares: BENCH_WORKERS processes on BENCH_PORT (node:cluster, like our
// gateway's workers), and the same caller authentication as the project's gateway (identity
// resolves the bearer token, the principal is signed with the same key), so the subgraphs see
// exactly the requests our gateway sends them.
import cluster from 'node:cluster';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);
export const platform = require(path.join(root, 'services/platform/dist/index.js'));
const { PrincipalResolver } = require(path.join(root, 'gateway/dist/principal-resolver.js'));

export const config = {
  port: Number(process.env.BENCH_PORT),
  workers: Number(process.env.BENCH_WORKERS ?? 1),
  supergraphPath: process.env.BENCH_SUPERGRAPH ?? path.join(root, 'schema/supergraph.graphql'),
  subgraphUrls: JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}'),
};

/** Runs `start` in BENCH_WORKERS processes sharing one port; the primary only supervises. */
export function runWorkers(start) {
  if (config.workers > 1 && cluster.isPrimary) {
    for (let i = 0; i < config.workers; i++) cluster.fork();
    process.on('SIGTERM', () => {
      for (const worker of Object.values(cluster.workers)) worker.kill('SIGTERM');
      process.exit(0);
    });
    return;
  }
  start().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

/** Bearer token -> the signed principal header, as our gateway does it (1 s cache). */
export async function principalSigner() {
  const { privateKey } = await platform.principalKeysFromEnvironment();
  const resolver = new PrincipalResolver({
    identityBaseUrl: config.subgraphUrls.identity.replace(/\/graphql$/, ''),
    privateKey,
    cacheMs: 1000,
    ttlSeconds: 60,
    timeoutMs: 10_000,
    log: platform.logger(),
  });
  return async (authorization) => {
    const token = /^Bearer +(\S+)/i.exec(authorization ?? '')?.[1];
    const resolved = token ? await resolver.resolve(token, 'bench') : null;
    return (resolved ?? (await resolver.anonymous())).header;
  };
}
