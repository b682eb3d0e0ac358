import { SignJWT, generateKeyPair } from 'jose';
import {
  ANONYMOUS,
  fromGlobalId,
  PRINCIPAL_HEADER,
  SUBGRAPHS,
  principalKeysFromEnvironment,
  signPrincipal,
  type PrincipalClaims,
} from '@portal/platform';
import { createCustomer, createDevice, startTestSystem, type TestSystem } from '@portal/testkit';

let system: TestSystem;
/** One customer's Administrator, as the gateway would sign it... */
let administrator: PrincipalClaims;
/** ...and another customer's device (its global id). */
let foreignDevice: string;
/** An _entities request for the foreign device. */
let foreignEntities: { query: string; variables: Record<string, unknown> };
beforeAll(async () => {
  // The demo database for its device models only: the customers are built here.
  system = await startTestSystem();
  const owner = await createCustomer(system);
  foreignDevice = (await createDevice(system, owner.accounts[0]!)).id;
  const customer = await createCustomer(system);
  administrator = {
    ...ANONYMOUS,
    kind: 'user',
    id: fromGlobalId('User', customer.administrator.id)!,
    organizationId: fromGlobalId('Organization', customer.organization.id)!,
    grants: [
      { accountId: fromGlobalId('Account', customer.accounts[0]!.id)!, roles: ['ADMINISTRATOR'] },
    ],
  };
  foreignEntities = {
    query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Device { serialNumber } } }`,
    variables: { representations: [{ __typename: 'Device', id: foreignDevice }] },
  };
}, 120_000);
afterAll(async () => {
  await system.stop();
});

async function straightToDevices(body: unknown, principalHeader?: string) {
  const response = await fetch(system.devices.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(principalHeader ? { [PRINCIPAL_HEADER]: principalHeader } : {}),
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    },
  };
}

describe('subgraphs answer only the gateway', () => {
  it('refuses a request without the signature, _entities and _service included', async () => {
    for (const body of [
      { query: '{ devices { totalCount } }' },
      foreignEntities,
      { query: '{ _service { sdl } }' },
    ]) {
      const { status, body: answer } = await straightToDevices(body);
      expect(status).toBe(401);
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a principal signed with another key', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await signPrincipal(
      { ...administrator, staffRole: 'SERVICE_AGENT' },
      privateKey,
      60,
    );
    const { status, body } = await straightToDevices(foreignEntities, forged);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
  });

  it('refuses an expired principal', async () => {
    const { privateKey } = await principalKeysFromEnvironment();
    const expired = await new SignJWT({ p: administrator })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('portal-gateway')
      .setAudience('portal-subgraphs')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(privateKey!);
    const { status } = await straightToDevices(foreignEntities, expired);
    expect(status).toBe(401);
  });

  it('resolves no foreign device through _entities even with a valid signature', async () => {
    const { privateKey } = await principalKeysFromEnvironment();
    const signed = await signPrincipal(administrator, privateKey!, 60);
    const { status, body } = await straightToDevices(foreignEntities, signed);
    expect(status).toBe(200);
    expect(body.data).toEqual({ _entities: [null] });
  });

  it('ignores a principal header a client sends to the gateway', async () => {
    const { privateKey } = await principalKeysFromEnvironment();
    const staff = await signPrincipal(
      { ...administrator, staffRole: 'SERVICE_AGENT' },
      privateKey!,
      60,
    );
    const result = await system.graphql(
      '{ devices { totalCount } }',
      {},
      { headers: { [PRINCIPAL_HEADER]: staff } },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('every subgraph, reached directly', () => {
  const service = { query: '{ _service { sdl } }' };
  // Read when a test runs: the device is built in beforeAll.
  const entities = () => ({
    query: `query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
    variables: { r: [{ __typename: 'Device', id: foreignDevice }] },
  });
  const post = async (url: string, body: unknown, header?: string) =>
    (
      await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(header ? { [PRINCIPAL_HEADER]: header } : {}),
        },
        body: JSON.stringify(body),
      })
    ).status;

  it.each(SUBGRAPHS.map((s) => s.name))(
    '%s refuses a missing, forged or expired signature',
    async (name) => {
      const url = system.subgraph(name).url;
      const { privateKey: forger } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      const { privateKey } = await principalKeysFromEnvironment();
      const forged = await signPrincipal(
        { ...administrator, staffRole: 'SERVICE_AGENT' },
        forger,
        60,
      );
      const expired = await new SignJWT({ p: administrator })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setIssuer('portal-gateway')
        .setAudience('portal-subgraphs')
        .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(privateKey!);
      for (const body of [service, entities()]) {
        expect(await post(url, body)).toBe(401);
        expect(await post(url, body, forged)).toBe(401);
        expect(await post(url, body, expired)).toBe(401);
        expect(await post(url, body, 'not-a-jwt')).toBe(401);
      }
    },
  );
});

describe('a signed principal lives no longer than the gateway signs for', () => {
  const service = { query: '{ _service { sdl } }' };
  const signed = async (issuedAgo: number, lifetime: number) => {
    const { privateKey } = await principalKeysFromEnvironment();
    const issuedAt = Math.floor(Date.now() / 1000) - issuedAgo;
    return new SignJWT({ p: administrator })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('portal-gateway')
      .setAudience('portal-subgraphs')
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + lifetime)
      .sign(privateKey!);
  };
  const status = async (name: string, header: string) =>
    (
      await fetch(system.subgraph(name).url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: header },
        body: JSON.stringify(service),
      })
    ).status;

  it.each(SUBGRAPHS.map((s) => s.name))(
    '%s refuses a header signed for years, or issued long ago, or in the future',
    async (name) => {
      const year = 365 * 24 * 3600;
      expect(await status(name, await signed(0, year))).toBe(401);
      expect(await status(name, await signed(0, 120))).toBe(401);
      expect(await status(name, await signed(600, 630))).toBe(401);
      expect(await status(name, await signed(-120, 60))).toBe(401);
      // What the gateway signs: 60 s from now.
      expect(await status(name, await signed(0, 60))).toBe(200);
    },
  );
});
