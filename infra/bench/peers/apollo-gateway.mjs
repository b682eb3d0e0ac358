// Peer (b): stock @apollo/gateway with default settings (ApolloServer + startStandaloneServer),
// the same supergraph and subgraphs; it adds only the principal header subgraphs require.
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { config, platform, principalSigner, runWorkers } from './common.mjs';

// Its data collection (usage metrics to Apollo, cloud metadata probes) would leave the machine.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

runWorkers(async () => {
  const sign = await principalSigner();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name }) =>
      new (class extends RemoteGraphQLDataSource {
        willSendRequest({ request, context }) {
          request.http.headers.set(platform.PRINCIPAL_HEADER, context.principal);
        }
      })({ url: config.subgraphUrls[name] }),
  });
  const server = new ApolloServer({ gateway });
  await startStandaloneServer(server, {
    listen: { port: config.port, host: '127.0.0.1' },
    context: async ({ req }) => ({ principal: await sign(req.headers.authorization) }),
  });
});
