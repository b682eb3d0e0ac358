// Peer (c): Hive Gateway on the same supergraph in its fastest configuration that runs here,
// with @graphql-hive/router-runtime's query planner; adds only the principal header.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { config, platform, principalSigner, runWorkers } from './common.mjs';

runWorkers(async () => {
  const sign = await principalSigner();
  const gateway = createGatewayRuntime({
    // The bench's copy of the supergraph carries the subgraphs' real URLs.
    supergraph: readFileSync(config.supergraphPath, 'utf8'),
    unifiedGraphHandler,
    logging: 'error',
    context: async ({ request }) => ({
      principal: await sign(request.headers.get('authorization') ?? undefined),
    }),
    plugins: () => [
      {
        async onFetch({ options, setOptions, context }) {
          // The router runtime may hand the fetch hook a context without the factory's fields:
          // sign from the incoming request then.
          const principal =
            context?.principal ??
            (context?.request
              ? await sign(context.request.headers.get('authorization') ?? undefined)
              : undefined);
          if (!principal) return;
          const headers = new Headers(options.headers);
          headers.set(platform.PRINCIPAL_HEADER, principal);
          setOptions({ ...options, headers: Object.fromEntries(headers) });
        },
      },
    ],
  });
  const server = createServer(gateway);
  server.keepAliveTimeout = 65_000;
  server.listen(config.port, '127.0.0.1');
});
