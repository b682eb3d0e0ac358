import { demoIds, toGlobalId } from '@portal/platform';
import { startTestSystem, type TestSystem } from '@portal/testkit';

/**
 * docs/domain.md: the last Administrator can never be removed. The rule holds per account: an
 * Administrator of one account does not administer the organisation's other account, so each
 * account keeps one, whatever the operation (revokeRole, disableUser) and however many
 * attempts run at once.
 */
let system: TestSystem;
let anna: string;
const user = (email: string) => toGlobalId('User', demoIds.user(email));
const account = (customer: string) => toGlobalId('Account', demoIds.account(customer));
const ANNA = user('anna.admin@nordiskprint.example');
const SUNE = user('sune.self@nordiskprint.example');
const COPENHAGEN = account('100200');
const AARHUS = account('100201');

type Payload = { userErrors: { code: string }[] };
const REVOKE = `mutation ($u: ID!, $a: ID!) { r: revokeRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`;
const GRANT = `mutation ($u: ID!, $a: ID!) { r: grantRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`;
const DISABLE = `mutation ($u: ID!) { r: disableUser(userId: $u) { userErrors { code } } }`;

async function run(query: string, variables: Record<string, unknown>, token: string) {
  const result = await system.graphql<{ r: Payload }>(query, variables, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.r.userErrors.map((e) => e.code);
}
const administratorsOf = async (customer: string): Promise<number> => {
  const [row] = await system.identity.dataSource.query(
    `SELECT count(*)::int AS n FROM identity.role_grant g JOIN identity.app_user u ON u.id = g.user_id
      WHERE g.account_id = $1 AND g.role = 'ADMINISTRATOR' AND u.status = 'ACTIVE'`,
    [demoIds.account(customer)],
  );
  return row.n;
};

beforeAll(async () => {
  system = await startTestSystem({ principalCacheMs: 0 });
  anna = await system.signIn('anna.admin@nordiskprint.example');
}, 120_000);
afterAll(async () => {
  await system?.stop();
});

it('refuses to revoke the last Administrator grant of an account while its holder administers another', async () => {
  // Sune administers Copenhagen only: Anna may not leave Aarhus without an Administrator.
  expect(await run(GRANT, { u: SUNE, a: COPENHAGEN }, anna)).toEqual([]);
  expect(await run(REVOKE, { u: ANNA, a: AARHUS }, anna)).toEqual(['LAST_ADMINISTRATOR']);
  expect(await administratorsOf('100201')).toBe(1);
  expect(await run(REVOKE, { u: SUNE, a: COPENHAGEN }, anna)).toEqual([]);
});

it('refuses to disable the only Administrator of an account while the organisation has another', async () => {
  expect(await run(GRANT, { u: SUNE, a: AARHUS }, anna)).toEqual([]);
  const sune = await system.signIn('sune.self@nordiskprint.example');
  // Anna administers Copenhagen alone once she leaves Aarhus to Sune.
  expect(await run(REVOKE, { u: ANNA, a: AARHUS }, anna)).toEqual([]);
  expect(await run(DISABLE, { u: ANNA }, sune)).toEqual(['LAST_ADMINISTRATOR']);
  expect(await administratorsOf('100200')).toBe(1);
  expect(await run(GRANT, { u: ANNA, a: AARHUS }, sune)).toEqual([]);
  expect(await run(REVOKE, { u: SUNE, a: AARHUS }, anna)).toEqual([]);
});

it('lets exactly one of two Administrators revoking each other at once succeed, for each account', async () => {
  expect(await run(GRANT, { u: SUNE, a: AARHUS }, anna)).toEqual([]);
  const sune = await system.signIn('sune.self@nordiskprint.example');
  for (let round = 0; round < 5; round++) {
    const outcomes = await Promise.all([
      run(REVOKE, { u: SUNE, a: AARHUS }, anna),
      run(REVOKE, { u: ANNA, a: AARHUS }, sune),
    ]);
    expect(outcomes.filter((o) => o.length === 0)).toHaveLength(1);
    expect(outcomes.flat()).toEqual(['LAST_ADMINISTRATOR']);
    expect(await administratorsOf('100201')).toBe(1);
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
