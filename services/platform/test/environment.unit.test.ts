import { environment, resetEnvironment } from '@portal/platform';

// What a deployment sets for replicas and the event bus, and what it is told when it is wrong.
const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  resetEnvironment();
});

function withEnv(values: Record<string, string>) {
  Object.assign(process.env, values);
  resetEnvironment();
  return environment;
}

it('lists every instance of a subgraph from SUBGRAPH_URLS_<SUBGRAPH>, else its one URL', () => {
  const env = withEnv({
    SUBGRAPH_URLS_SERVICE_ORDERS: 'http://so-1:4003/graphql, http://so-2:4003/graphql',
    SUBGRAPH_URL_TONER: 'http://toner:4005/graphql',
  })();
  expect(env.subgraphUrls('service-orders')).toEqual([
    'http://so-1:4003/graphql',
    'http://so-2:4003/graphql',
  ]);
  expect(env.subgraphUrls('toner')).toEqual(['http://toner:4005/graphql']);
  expect(env.EVENT_TRANSPORT).toBe('postgres');
});

it('refuses a replica list that is not URLs, naming the variable', () => {
  expect(withEnv({ SUBGRAPH_URLS_DEVICES: 'http://devices-1:4002/graphql,devices-2' })).toThrow(
    /SUBGRAPH_URLS_DEVICES: expected comma-separated URLs/,
  );
  expect(withEnv({ SUBGRAPH_URLS_DEVICES: ' , ' })).toThrow(/SUBGRAPH_URLS_DEVICES/);
});

it('refuses an unknown event transport and a bus URL that is not one', () => {
  expect(withEnv({ EVENT_TRANSPORT: 'kafka' })).toThrow(/EVENT_TRANSPORT/);
  expect(withEnv({ EVENT_TRANSPORT: 'nats', EVENT_BUS_URL: 'not a url' })).toThrow(/EVENT_BUS_URL/);
});

it('reads a database per subgraph over the shared one', () => {
  const env = withEnv({
    DATABASE_URL: 'postgres://shared/portal',
    DATABASE_URL_METER_READINGS: 'postgres://readings/portal',
  })();
  expect(env.databaseUrlFor('meter-readings')).toBe('postgres://readings/portal');
  expect(env.databaseUrlFor('devices')).toBe('postgres://shared/portal');
});
