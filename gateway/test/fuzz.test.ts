import fc from 'fast-check';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  startTestSystem,
  testSupergraph,
  type TestAccount,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';
import { mutations, operations } from './support/fuzz';
import { SIGN_IN_MUTATIONS } from '../src/protection';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { apiSchemaOf } = require('../../schema/compose-lib.cjs') as {
  apiSchemaOf(sdl: string): import('graphql').GraphQLSchema;
};

/**
 * Runs in `npm test` with a new seed each time (600 operations: the suite's time goes to what
 * every run must prove); `npm run fuzz` sets FUZZ_RUNS to 50,000.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
/** Mutations change the built data as they go, so fewer of them (at least 300: see `doubled`). */
const MUTATION_RUNS = Math.max(300, Math.ceil(RUNS / 5));
/** These end a caller's session (or user) for every later case. */
const NOT_FUZZED = new Set(['logout', 'disableUser']);
const ONE_SIGN_IN = 'Send one sign-in, registration or confirmation per request.';

const ALLOWED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

let system: TestSystem;
/** Ids of the two customers' devices, accounts and users: what the operations are given. */
let ownIds: string[] = [];
let foreignIds: string[] = [];
/** Each caller's token (none: anonymous) and the ids it must never see. */
const callers = new Map<string, { token: string | undefined; foreign: string[] }>();
beforeAll(async () => {
  // Thousands of costly documents from one address in a minute: fair use would refuse most of
  // them (fair-use.test.ts pins that); here every one must reach the subgraphs.
  const unlimited = Number.MAX_SAFE_INTEGER;
  // The demo database for its device models only: every id the test checks is built here.
  system = await startTestSystem({
    fairUse: { anonymous: unlimited, user: unlimited, session: unlimited, apiKey: unlimited },
  });
  const agent = await createStaffUser(system, 'SERVICE_AGENT');
  const technician = await createStaffUser(system, 'TECHNICIAN');
  const agentToken = await agent.signIn();
  const devicesOn = async (account: TestAccount, count: number, stockLocationId?: string) => {
    const ids: string[] = [];
    for (let n = 0; n < count; n++)
      ids.push(
        (
          await createDevice(system, account, {
            agentToken,
            stockLocationId,
            // Only an e-Maintenance device draws toner from a store.
            eMaintenance: stockLocationId !== undefined,
          })
        ).id,
      );
    return ids;
  };
  // One customer with two accounts, a Device Manager assigned to some of its devices and a Stock
  // Manager on a store some of them draw from; another customer with one account.
  const own = await createCustomer(system, { accounts: 2 });
  const other = await createCustomer(system);
  const [first, second] = own.accounts as [TestAccount, TestAccount];
  const store = await createStockLocation(system, first, { agentToken });
  const ownDevices = [
    ...(await devicesOn(first, 3, store.id)),
    ...(await devicesOn(first, 3)),
    ...(await devicesOn(second, 3)),
  ];
  const deviceManager = await createUser(system, {
    organization: own.organization.id,
    name: 'Dagny Device',
    grants: [['DEVICE_MANAGER', first]],
    devices: ownDevices.slice(0, 4),
  });
  const stockManager = await createUser(system, {
    organization: own.organization.id,
    name: 'Sigrid Stock',
    grants: [['STOCK_MANAGER', first]],
    stockLocations: [store.id],
  });
  const selfService = await createUser(system, {
    organization: own.organization.id,
    name: 'Svend Self',
    grants: [
      ['SELF_SERVICE_USER', first],
      ['SELF_SERVICE_USER', second],
    ],
  });
  const otherDevices = await devicesOn(other.accounts[0]!, 3);
  const idsOf = (customer: TestCustomer, devices: string[], users: { id: string }[]) => [
    ...devices,
    ...customer.accounts.map((account) => account.id),
    ...users.map((u) => u.id),
  ];
  ownIds = idsOf(own, ownDevices, [own.administrator, deviceManager, selfService]);
  foreignIds = idsOf(other, otherDevices, [other.administrator]);
  for (const caller of [own.administrator, deviceManager, stockManager, selfService])
    callers.set(caller.email, { token: await caller.signIn(), foreign: foreignIds });
  callers.set(other.administrator.email, {
    token: await other.administrator.signIn(),
    foreign: ownIds,
  });
  // The service centre sees every customer's devices.
  for (const staff of [agent, technician])
    callers.set(staff.email, { token: await staff.signIn(), foreign: [] });
  callers.set('anonymous', { token: undefined, foreign: [...ownIds, ...foreignIds] });
}, 180_000);
afterAll(async () => {
  await system.stop();
});

it(`answers ${RUNS} generated operations from random callers without a 5xx, an internal error or a leak`, async () => {
  const schema = apiSchemaOf(testSupergraph());
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(
      operations(schema, [...ownIds, ...foreignIds]),
      fc.constantFrom(...callers.keys()),
      async (query, caller) => {
        cases++;
        const result = await system.graphql(query, {}, { token: callers.get(caller)!.token });
        expect(result.status).toBeLessThan(500);
        for (const error of result.errors ?? []) {
          expect(ALLOWED_CODES).toContain(error.extensions?.code);
        }
        const body = JSON.stringify(result.data ?? null);
        for (const id of callers.get(caller)!.foreign) expect(body).not.toContain(id);
      },
    ),
    { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
  );
  expect(cases).toBeGreaterThanOrEqual(RUNS);
}, 600_000);

it(`answers ${MUTATION_RUNS} generated mutations (aliased, in fragments) and runs no second sign-in`, async () => {
  const schema = apiSchemaOf(testSupergraph());
  let doubled = 0;
  await fc.assert(
    fc.asyncProperty(
      mutations(schema, [...ownIds, ...foreignIds], SIGN_IN_MUTATIONS, NOT_FUZZED),
      fc.constantFrom(...callers.keys()),
      async ({ query, signIns }, caller) => {
        const result = await system.graphql(query, {}, { token: callers.get(caller)!.token });
        expect(result.status).toBeLessThan(500);
        for (const error of result.errors ?? []) {
          expect(ALLOWED_CODES).toContain(error.extensions?.code);
        }
        if (signIns > 1) {
          expect(result.data ?? null).toBeNull();
          // A caller whose grants a generated mutation took away is refused before validation.
          if (result.status !== 401) {
            doubled++;
            expect(result.errors?.map((e) => e.message)).toContain(ONE_SIGN_IN);
          }
        }
        const body = JSON.stringify(result.data ?? null);
        for (const id of callers.get(caller)!.foreign) expect(body).not.toContain(id);
      },
    ),
    {
      numRuns: MUTATION_RUNS,
      seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
    },
  );
  // The generator is meant to hide doubles in fragments often; a run without any proves nothing.
  expect(doubled).toBeGreaterThan(MUTATION_RUNS / 20);
}, 600_000);
