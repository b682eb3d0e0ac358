import fc from 'fast-check';
import { demoIds, toGlobalId } from '@portal/platform';
import { startTestSystem, testSupergraph, type TestSystem } from '@portal/testkit';
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
/** Mutations change the demo data as they go, so fewer of them (at least 300: see `doubled`). */
const MUTATION_RUNS = Math.max(300, Math.ceil(RUNS / 5));
/** These end a caller's session (or user) for every later case. */
const NOT_FUZZED = new Set(['logout', 'disableUser']);
const ONE_SIGN_IN = 'Send one sign-in, registration or confirmation per request.';

const nordisk = {
  devices: [
    'NP1000001',
    'NP1000002',
    'NP1000003',
    'NP1000004',
    'NP1000005',
    'NP1000006',
    'NP2000001',
    'NP2000002',
    'NP2000003',
  ],
  accounts: ['100200', '100201'],
  users: [
    'anna.admin@nordiskprint.example',
    'dennis.device@nordiskprint.example',
    'sune.self@nordiskprint.example',
  ],
};
const fjord = {
  devices: ['FL3000001', 'FL3000002', 'FL3000003'],
  accounts: ['300400'],
  users: ['bo.admin@fjordlogistik.example'],
};
const idsOf = (org: typeof nordisk) => [
  ...org.devices.map((s) => toGlobalId('Device', demoIds.device(s))),
  ...org.accounts.map((a) => toGlobalId('Account', demoIds.account(a))),
  ...org.users.map((u) => toGlobalId('User', demoIds.user(u))),
];
const NORDISK_IDS = idsOf(nordisk);
const FJORD_IDS = idsOf(fjord);

const CALLERS = {
  'anna.admin@nordiskprint.example': FJORD_IDS,
  'dennis.device@nordiskprint.example': FJORD_IDS,
  'sara.stock@nordiskprint.example': FJORD_IDS,
  'sune.self@nordiskprint.example': FJORD_IDS,
  'bo.admin@fjordlogistik.example': NORDISK_IDS,
  'agent@service.example': [] as string[],
  'tech@service.example': [] as string[],
} as const;

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
const tokens = new Map<string, string | undefined>();
beforeAll(async () => {
  // Thousands of costly documents from one address in a minute: fair use would refuse most of
  // them (fair-use.test.ts pins that); here every one must reach the subgraphs.
  const unlimited = Number.MAX_SAFE_INTEGER;
  system = await startTestSystem({
    fairUse: { anonymous: unlimited, user: unlimited, session: unlimited, apiKey: unlimited },
  });
  for (const email of Object.keys(CALLERS)) tokens.set(email, await system.signIn(email));
  tokens.set('anonymous', undefined);
}, 120_000);
afterAll(async () => {
  await system.stop();
});

it(`answers ${RUNS} generated operations from random callers without a 5xx, an internal error or a leak`, async () => {
  const schema = apiSchemaOf(testSupergraph());
  const callers = [...tokens.keys()];
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(
      operations(schema, [...NORDISK_IDS, ...FJORD_IDS]),
      fc.constantFrom(...callers),
      async (query, caller) => {
        cases++;
        const result = await system.graphql(query, {}, { token: tokens.get(caller) });
        expect(result.status).toBeLessThan(500);
        for (const error of result.errors ?? []) {
          expect(ALLOWED_CODES).toContain(error.extensions?.code);
        }
        const foreign = CALLERS[caller as keyof typeof CALLERS] ?? [...NORDISK_IDS, ...FJORD_IDS];
        const body = JSON.stringify(result.data ?? null);
        for (const id of foreign) expect(body).not.toContain(id);
      },
    ),
    { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
  );
  expect(cases).toBeGreaterThanOrEqual(RUNS);
}, 600_000);

it(`answers ${MUTATION_RUNS} generated mutations (aliased, in fragments) and runs no second sign-in`, async () => {
  const schema = apiSchemaOf(testSupergraph());
  const callers = [...tokens.keys()];
  let doubled = 0;
  await fc.assert(
    fc.asyncProperty(
      mutations(schema, [...NORDISK_IDS, ...FJORD_IDS], SIGN_IN_MUTATIONS, NOT_FUZZED),
      fc.constantFrom(...callers),
      async ({ query, signIns }, caller) => {
        const result = await system.graphql(query, {}, { token: tokens.get(caller) });
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
        const foreign = CALLERS[caller as keyof typeof CALLERS] ?? [...NORDISK_IDS, ...FJORD_IDS];
        const body = JSON.stringify(result.data ?? null);
        for (const id of foreign) expect(body).not.toContain(id);
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
