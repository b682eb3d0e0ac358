import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { logger, principalKeysFromEnvironment } from '@portal/platform';
import { principalHeaderPlugin } from '../../../gateway/src/hive-principal-plugin';
import { PrincipalResolver } from '../../../gateway/src/principal-resolver';

export interface RunningHiveGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * Hive Gateway (from npm: its runtime, @graphql-hive/gateway-runtime, without the CLI's
 * exporters and caches; it loads the HTTP transport to the subgraphs, @graphql-mesh/transport-http,
 * by name, so that is a dependency of ours) on the same supergraph, pointed at the running
 * subgraphs, with the portal's principal plugin: what a team choosing Hive over our gateway runs.
 */
export async function startHiveGateway(
  supergraphSdl: string,
  subgraphUrls: Record<string, string>,
): Promise<RunningHiveGateway> {
  const supergraph = supergraphSdl.replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g,
    (_, name: string) => `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")`,
  );
  const { privateKey } = await principalKeysFromEnvironment();
  const resolver = new PrincipalResolver({
    identityBaseUrl: subgraphUrls.identity!.replace(/\/graphql$/, ''),
    privateKey: privateKey!,
    cacheMs: 1000,
    ttlSeconds: 60,
    timeoutMs: 10_000,
    log: logger(),
  });
  // Hive's logger reads LOG_LEVEL whenever it makes a child logger and refuses pino's `silent`
  // (the tests' level); it logs nothing here anyway (`logging: false`).
  if (!['trace', 'debug', 'info', 'warn', 'error'].includes(process.env.LOG_LEVEL ?? 'info'))
    process.env.LOG_LEVEL = 'error';
  const gateway = createGatewayRuntime({
    supergraph,
    logging: false,
    plugins: () => [principalHeaderPlugin(resolver)],
  });
  const server = createServer((req, res) => void gateway(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await gateway.dispose();
    },
  };
}
