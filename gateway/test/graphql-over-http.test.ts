import { auditServer } from 'graphql-http';
import { startTestSystem, type TestSystem } from '@portal/testkit';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => {
  await system.stop();
});

it('passes every MUST of the GraphQL-over-HTTP audit (graphql-http)', async () => {
  const results = await auditServer({ url: system.gateway.url, fetchFn: fetch });
  const mustFailures = results
    .filter((r) => r.status !== 'ok' && r.name.startsWith('MUST'))
    .map((r) => `${r.name}: ${r.status === 'ok' ? '' : r.reason}`);
  expect(mustFailures).toEqual([]);
  // The SHOULDs are reported, not required.
  const should = results.filter((r) => r.name.startsWith('SHOULD'));
  expect(should.length).toBeGreaterThan(0);
});
