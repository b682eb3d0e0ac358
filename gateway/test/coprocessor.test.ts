import { generateKeyPair } from 'jose';
import {
  ANONYMOUS,
  demoIds,
  freePort,
  PRINCIPAL_HEADER,
  principalKeysFromEnvironment,
  REFRESH_TOKEN_HEADER,
  SESSION_COOKIE,
  signPrincipal,
  verifyPrincipal,
} from '@portal/platform';
import {
  CONTEXT_KEYS,
  startCoprocessor,
  type CoprocessorPayload,
  type RunningCoprocessor,
} from '../src/coprocessor';
import { startTestSystem, type TestSystem } from '@portal/testkit';

// Apollo Router's external coprocessor protocol, spoken the way the Router speaks it: one JSON
// object per stage, with the answer's headers and context replacing the Router's.

let system: TestSystem;
let coprocessor: RunningCoprocessor;
let annaToken: string;

beforeAll(async () => {
  system = await startTestSystem();
  const { privateKey } = await principalKeysFromEnvironment();
  coprocessor = await startCoprocessor({
    port: 0,
    host: '127.0.0.1',
    identityUrl: system.identity.url,
    privateKey,
    principalCacheMs: 0,
    secureCookies: true,
  });
  annaToken = await system.signIn('anna.admin@nordiskprint.example');
});
afterAll(async () => {
  await coprocessor?.stop();
  await system?.stop();
});

async function send(
  payload: CoprocessorPayload,
): Promise<{ status: number; body: CoprocessorPayload }> {
  const response = await fetch(coprocessor.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as CoprocessorPayload };
}

const query = '{ devices { totalCount } }';

function routerRequest(headers: Record<string, string[]>): CoprocessorPayload {
  return {
    version: 1,
    stage: 'RouterRequest',
    control: 'continue',
    id: 'b6c1a7f0-router-request',
    headers: { 'content-type': ['application/json'], ...headers },
    body: JSON.stringify({ query }),
    context: { entries: { 'apollo::supergraph::operation_kind': 'query' } },
    method: 'POST',
    path: '/graphql',
  };
}

function subgraphRequest(
  serviceName: string,
  entries: Record<string, unknown>,
  headers: Record<string, string[]> = {},
): CoprocessorPayload {
  return {
    version: 1,
    stage: 'SubgraphRequest',
    control: 'continue',
    id: 'b6c1a7f0-router-request',
    subgraphRequestId: 'subgraph-1',
    headers,
    body: { query, variables: {} },
    context: { entries },
    serviceName,
    uri: `http://127.0.0.1/${serviceName}/graphql`,
    method: 'POST',
  };
}

async function publicKey() {
  return (await principalKeysFromEnvironment()).publicKey!;
}

/** What a subgraph answers to a request carrying this principal header. */
async function askDevices(principalHeader: string | undefined) {
  const response = await fetch(system.devices.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(principalHeader ? { [PRINCIPAL_HEADER]: principalHeader } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('RouterRequest: authentication', () => {
  it('resolves a Bearer token through identity and keeps the signed principal in the context', async () => {
    const { status, body } = await send(
      routerRequest({ authorization: [`Bearer ${annaToken}`], 'x-request-id': ['req-anna-1'] }),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: 1, stage: 'RouterRequest', control: 'continue' });
    expect(body.id).toBe('b6c1a7f0-router-request');
    // The body is left out: the Router keeps the client's.
    expect(body.body).toBeUndefined();
    const entries = body.context!.entries!;
    expect(entries['apollo::supergraph::operation_kind']).toBe('query');
    expect(entries[CONTEXT_KEYS.requestId]).toBe('req-anna-1');
    const principal = await verifyPrincipal(
      entries[CONTEXT_KEYS.principal] as string,
      await publicKey(),
    );
    expect(principal.claims).toMatchObject({
      kind: 'user',
      id: demoIds.user('anna.admin@nordiskprint.example'),
    });
  });

  it('drops principal and refresh headers a client sends', async () => {
    const forged = await signPrincipal(
      { ...ANONYMOUS, kind: 'user', id: 'someone', staffRole: 'SERVICE_AGENT' },
      (await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey,
      60,
    );
    const { body } = await send(
      routerRequest({
        [PRINCIPAL_HEADER]: [forged],
        [REFRESH_TOKEN_HEADER]: ['stolen'],
        'user-agent': ['curl/8'],
      }),
    );
    expect(body.control).toBe('continue');
    expect(body.headers![PRINCIPAL_HEADER]).toBeUndefined();
    expect(body.headers![REFRESH_TOKEN_HEADER]).toBeUndefined();
    expect(body.headers!['user-agent']).toEqual(['curl/8']);
    // No credentials: the caller is anonymous.
    const principal = await verifyPrincipal(
      body.context!.entries![CONTEXT_KEYS.principal] as string,
      await publicKey(),
    );
    expect(principal.isAnonymous).toBe(true);
  });

  it.each([
    ['a forged Bearer token', 'Bearer not-a-real-token'],
    ['a malformed Authorization header', 'Basic YW5uYTpzZWNyZXQ='],
  ])(
    'breaks with 401 UNAUTHENTICATED for %s, as the gateway refuses',
    async (_name, authorization) => {
      const { status, body } = await send(routerRequest({ authorization: [authorization] }));
      expect(status).toBe(200);
      expect(body.control).toEqual({ break: 401 });
      expect(body.headers!['www-authenticate']).toEqual(['Bearer error="invalid_token"']);
      const refusal = JSON.parse(body.body as string) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(refusal.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(refusal.errors[0].message).toMatch(/sign in again/i);
      expect(body.context?.entries?.[CONTEXT_KEYS.principal]).toBeUndefined();
    },
  );

  it('treats a stale session cookie as anonymous and clears it in the answer to the browser', async () => {
    const { body } = await send(routerRequest({ cookie: [`${SESSION_COOKIE}=expired-session`] }));
    expect(body.control).toBe('continue');
    const entries = body.context!.entries!;
    const principal = await verifyPrincipal(
      entries[CONTEXT_KEYS.principal] as string,
      await publicKey(),
    );
    expect(principal.isAnonymous).toBe(true);

    const response = await send({
      version: 1,
      stage: 'RouterResponse',
      id: 'b6c1a7f0-router-request',
      headers: { 'content-type': ['application/json'] },
      body: '{"data":{}}',
      context: { entries },
      statusCode: 200,
    });
    expect(response.body.control).toBeUndefined(); // would overwrite the status
    expect(response.body.headers!['content-type']).toEqual(['application/json']);
    const [cleared] = response.body.headers!['set-cookie'];
    expect(cleared).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(cleared).toMatch(/Max-Age=0/);
    expect(cleared).toMatch(/HttpOnly/);
  });

  it('breaks with 503 and Retry-After while identity cannot answer', async () => {
    const down = await startCoprocessor({
      port: 0,
      host: '127.0.0.1',
      identityUrl: `http://127.0.0.1:${await freePort()}/graphql`,
      privateKey: (await principalKeysFromEnvironment()).privateKey,
      principalCacheMs: 0,
    });
    try {
      const response = await fetch(down.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(routerRequest({ authorization: [`Bearer ${annaToken}`] })),
      });
      const body = (await response.json()) as CoprocessorPayload;
      expect(body.control).toEqual({ break: 503 });
      expect(body.headers!['retry-after']).toEqual(['1']);
      expect(JSON.parse(body.body as string).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      // Not ready either: nobody can be authenticated.
      const ready = await fetch(new URL('/ready', down.url));
      expect(ready.status).toBe(503);
    } finally {
      await down.stop();
    }
  });
});

describe('SubgraphRequest: the signed principal goes out', () => {
  it('puts the principal on the subgraph request, and the subgraph answers as through the gateway', async () => {
    const { body: routed } = await send(
      routerRequest({ authorization: [`Bearer ${annaToken}`], cookie: ['portal_refresh=r-123'] }),
    );
    const entries = routed.context!.entries!;

    const forged = 'eyJhbGciOiJub25lIn0.eyJwIjp7fX0.';
    const { status, body } = await send(
      subgraphRequest('devices', entries, {
        [PRINCIPAL_HEADER]: [forged],
        'content-type': ['application/json'],
      }),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      stage: 'SubgraphRequest',
      control: 'continue',
      subgraphRequestId: 'subgraph-1',
    });
    expect(body.headers![PRINCIPAL_HEADER]).toEqual([entries[CONTEXT_KEYS.principal]]);
    expect(body.headers!['content-type']).toEqual(['application/json']);
    // The refresh token goes to identity alone.
    expect(body.headers![REFRESH_TOKEN_HEADER]).toBeUndefined();
    const toIdentity = await send(subgraphRequest('identity', entries));
    expect(toIdentity.body.headers![REFRESH_TOKEN_HEADER]).toEqual(['r-123']);

    // The real devices subgraph accepts the header and answers what anna sees through the gateway.
    const direct = await askDevices(body.headers![PRINCIPAL_HEADER][0]);
    expect(direct.status).toBe(200);
    const viaGateway = await system.graphql(query, undefined, { token: annaToken });
    expect(direct.body.data).toEqual(viaGateway.data);
    expect(
      (viaGateway.data as { devices: { totalCount: number } }).devices.totalCount,
    ).toBeGreaterThan(0);
    // The forged header would have been refused.
    expect((await askDevices(forged)).status).toBe(401);
  });

  it('refuses to call a subgraph unsigned when the context has no principal', async () => {
    const { body } = await send(subgraphRequest('devices', {}, { [PRINCIPAL_HEADER]: ['forged'] }));
    expect(body.control).toEqual({ break: 500 });
    expect(body.headers?.[PRINCIPAL_HEADER]).toBeUndefined();
    expect(
      (body.body as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe("identity's cookies reach the browser", () => {
  it("keeps identity's Set-Cookie from SubgraphResponse and adds it to the RouterResponse", async () => {
    const { body: routed } = await send(routerRequest({}));
    const login = await send({
      version: 1,
      stage: 'SubgraphResponse',
      id: 'b6c1a7f0-router-request',
      subgraphRequestId: 'subgraph-2',
      headers: {
        'set-cookie': [
          `${SESSION_COOKIE}=new-session; Path=/; HttpOnly`,
          'portal_refresh=r; Path=/graphql',
        ],
      },
      body: { data: { login: { accessToken: 'x' } } },
      context: routed.context,
      serviceName: 'identity',
      statusCode: 200,
    });
    expect(login.body.control).toBeUndefined();
    const answer = await send({
      version: 1,
      stage: 'RouterResponse',
      id: 'b6c1a7f0-router-request',
      headers: { 'content-type': ['application/json'] },
      context: login.body.context,
      statusCode: 200,
    });
    expect(answer.body.headers!['set-cookie']).toEqual([
      `${SESSION_COOKIE}=new-session; Path=/; HttpOnly`,
      'portal_refresh=r; Path=/graphql',
    ]);
    expect(answer.body.headers!['x-request-id']).toEqual([
      routed.context!.entries![CONTEXT_KEYS.requestId],
    ]);

    // Another subgraph cannot set the browser's cookies.
    const other = await send({
      version: 1,
      stage: 'SubgraphResponse',
      id: 'b6c1a7f0-router-request',
      headers: { 'set-cookie': [`${SESSION_COOKIE}=evil`] },
      context: routed.context,
      serviceName: 'devices',
    });
    expect(other.body.context).toEqual(routed.context);
  });
});

describe('protocol', () => {
  it('answers 400 to another protocol version and to anything that is not a stage', async () => {
    expect((await send({ ...routerRequest({}), version: 2 })).status).toBe(400);
    const response = await fetch(coprocessor.url, { method: 'POST', body: '{"hello":1}' });
    expect(response.status).toBe(400);
  });

  it('serves /health and /ready', async () => {
    expect((await fetch(new URL('/health', coprocessor.url))).status).toBe(200);
    expect((await fetch(new URL('/ready', coprocessor.url))).status).toBe(200);
  });
});
