import { fromGlobalId } from '@portal/platform';
import {
  createCustomer,
  createUser,
  startTestSystem,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';

/**
 * docs/domain.md: the last Administrator can never be removed. The rule holds per account: an
 * Administrator of one account does not administer the organisation's other account, so each
 * account keeps one, whatever the operation (revokeRole, disableUser) and however many
 * attempts run at once.
 */
let system: TestSystem;
/** The built customer's two accounts (global ids). */
let COPENHAGEN: string;
let AARHUS: string;
/** Its Administrator on both (global id; `anna` is her token). */
let ANNA: string;
let anna: string;
/** A Self-Service user on Copenhagen, whom the tests make an Administrator. */
let selfService: TestUser;
let SUNE: string;

type Payload = { userErrors: { code: string }[] };
const REVOKE = `mutation ($u: ID!, $a: ID!) { r: revokeRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`;
const GRANT = `mutation ($u: ID!, $a: ID!) { r: grantRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`;
const DISABLE = `mutation ($u: ID!) { r: disableUser(userId: $u) { userErrors { code } } }`;

/** What refused the mutation: its userErrors' codes, or the GraphQL error's; [] when it succeeded. */
async function run(query: string, variables: Record<string, unknown>, token: string) {
  const result = await system.graphql<{ r: Payload }>(query, variables, { token });
  if (result.errors) return result.errors.map((e) => e.extensions?.code ?? e.message);
  return result.data!.r.userErrors.map((e) => e.code);
}
const administratorsOf = async (account: string): Promise<number> => {
  const [row] = await system.identity.dataSource.query(
    `SELECT count(*)::int AS n FROM identity.role_grant g JOIN identity.app_user u ON u.id = g.user_id
      WHERE g.account_id = $1 AND g.role = 'ADMINISTRATOR' AND u.status = 'ACTIVE'`,
    [fromGlobalId('Account', account)],
  );
  return row.n;
};

beforeAll(async () => {
  // Identity's own data is built below: the demo world is not needed.
  system = await startTestSystem({ principalCacheMs: 0, demo: false });
  const customer = await createCustomer(system, { accounts: 2 });
  [COPENHAGEN, AARHUS] = customer.accounts.map((account) => account.id) as [string, string];
  ANNA = customer.administrator.id;
  anna = await customer.administrator.signIn();
  selfService = await createUser(system, {
    organization: customer.organization.id,
    name: 'Sune Self',
    grants: [['SELF_SERVICE_USER', customer.accounts[0]!]],
  });
  SUNE = selfService.id;
}, 120_000);
afterAll(async () => {
  await system?.stop();
});

it('refuses to revoke the last Administrator grant of an account while its holder administers another', async () => {
  // Sune administers Copenhagen only: Anna may not leave Aarhus without an Administrator.
  expect(await run(GRANT, { u: SUNE, a: COPENHAGEN }, anna)).toEqual([]);
  expect(await run(REVOKE, { u: ANNA, a: AARHUS }, anna)).toEqual(['LAST_ADMINISTRATOR']);
  expect(await administratorsOf(AARHUS)).toBe(1);
  expect(await run(REVOKE, { u: SUNE, a: COPENHAGEN }, anna)).toEqual([]);
});

it('refuses to disable the only Administrator of an account while the organisation has another', async () => {
  expect(await run(GRANT, { u: SUNE, a: AARHUS }, anna)).toEqual([]);
  const sune = await selfService.signIn();
  // Anna administers Copenhagen alone once she leaves Aarhus to Sune.
  expect(await run(REVOKE, { u: ANNA, a: AARHUS }, anna)).toEqual([]);
  expect(await run(DISABLE, { u: ANNA }, sune)).toEqual(['LAST_ADMINISTRATOR']);
  expect(await administratorsOf(COPENHAGEN)).toBe(1);
  expect(await run(GRANT, { u: ANNA, a: AARHUS }, sune)).toEqual([]);
  expect(await run(REVOKE, { u: SUNE, a: AARHUS }, anna)).toEqual([]);
});

it('lets exactly one of two Administrators revoking each other at once succeed, for each account', async () => {
  expect(await run(GRANT, { u: SUNE, a: AARHUS }, anna)).toEqual([]);
  const sune = await selfService.signIn();
  for (let round = 0; round < 5; round++) {
    const outcomes = await Promise.all([
      run(REVOKE, { u: SUNE, a: AARHUS }, anna),
      run(REVOKE, { u: ANNA, a: AARHUS }, sune),
    ]);
    expect(outcomes.filter((o) => o.length === 0)).toHaveLength(1);
    // The other is refused: it is the last Administrator now; or, when its own grant was gone
    // before its request was authorised (busy runs saw both), the account is no longer its to
    // manage (Anna: ACCOUNT_NOT_FOUND), or it administers nothing any more (Sune: FORBIDDEN).
    expect(outcomes.flat()).toHaveLength(1);
    expect(['LAST_ADMINISTRATOR', 'ACCOUNT_NOT_FOUND', 'FORBIDDEN']).toContain(outcomes.flat()[0]);
    expect(await administratorsOf(AARHUS)).toBe(1);
    // Put the one who lost Aarhus back for the next round.
    const annaLeft = outcomes[1]!.length === 0;
    expect(
      await run(
        GRANT,
        annaLeft ? { u: ANNA, a: AARHUS } : { u: SUNE, a: AARHUS },
        annaLeft ? sune : anna,
      ),
    ).toEqual([]);
  }
});
