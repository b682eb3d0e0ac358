// The web client's operations go by hash (persisted operations), and are planned at start.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { logger } from '@portal/platform';
import {
  loadPersistedDocuments,
  PERSISTED_DOCUMENTS_FILE,
  warmQueryPlans,
} from '../src/persisted-operations';
import { createCustomer, startTestSystem, type TestSystem, type TestUser } from '@portal/testkit';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { composeSupergraph } = require('../../schema/compose-lib.cjs') as {
  composeSupergraph(root: string): { supergraphSdl: string | null };
};

const CLIENT_DOCUMENTS = path.resolve(
  __dirname,
  '../../client/src/__generated__/persisted-documents.json',
);
const clientDocuments = JSON.parse(readFileSync(CLIENT_DOCUMENTS, 'utf8')) as Record<
  string,
  string
>;
const hashOf = (operationName: string) => {
  const key = Object.keys(clientDocuments).find((k) =>
    new RegExp(`^(query|mutation) ${operationName}\\b`).test(clientDocuments[k]!),
  );
  if (!key) throw new Error(`the client has no operation ${operationName}`);
  return key.replace('sha256:', '');
};

// A client build of its own: only the operations file, where the web client's build puts it.
const clientDist = mkdtempSync(path.join(tmpdir(), 'persisted-'));
mkdirSync(path.join(clientDist, '.vite'));
copyFileSync(CLIENT_DOCUMENTS, path.join(clientDist, PERSISTED_DOCUMENTS_FILE));

let system: TestSystem;
let anna: string;
let administrator: TestUser;
beforeAll(async () => {
  system = await startTestSystem({ clientDistDir: clientDist });
  administrator = (await createCustomer(system)).administrator;
  anna = await administrator.signIn();
});
afterAll(async () => {
  await system.stop();
  rmSync(clientDist, { recursive: true, force: true });
});

async function post(body: Record<string, unknown>, token?: string) {
  const response = await fetch(system.gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}
const byHash = (sha256Hash: string, operationName?: string, variables?: object) => ({
  operationName,
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash } },
});

it("answers the web client's operations by their hash alone, never registered", async () => {
  const me = await post(byHash(hashOf('Me'), 'Me'), anna);
  expect(me.body.errors).toBeUndefined();
  expect(me.body.data?.me).toMatchObject({ email: administrator.email });
});

it('refuses an unknown hash, and still lets other callers register theirs', async () => {
  const query = 'query Mine { me { email } }';
  const hash = createHash('sha256').update(query).digest('hex');
  const unknown = await post(byHash(hash), anna);
  expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

  const registered = await post({ query, ...byHash(hash) }, anna);
  expect(registered.body.data?.me).toEqual({ email: administrator.email });
  const again = await post(byHash(hash), anna);
  expect(again.body.data?.me).toEqual({ email: administrator.email });
});

it("will not take another text for one of the client's hashes", async () => {
  const forged = await post({ query: 'query Me { me { id } }', ...byHash(hashOf('Me'), 'Me') });
  expect(forged.status).toBe(400);
  expect(forged.body.errors?.[0]).toEqual({
    message: 'provided sha does not match query',
    extensions: { code: 'BAD_REQUEST' },
  });
});

it('refuses an operations file whose text does not hash to its key', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'persisted-bad-'));
  try {
    mkdirSync(path.join(dir, '.vite'));
    const [key] = Object.keys(clientDocuments);
    const tampered = { [key!]: 'query Me { me { id } }' };
    writeFileSync(path.join(dir, PERSISTED_DOCUMENTS_FILE), JSON.stringify(tampered));
    expect(() => loadPersistedDocuments(dir)).toThrow(/does not hash to it/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('plans every operation of the web client before the first request', async () => {
  const { supergraphSdl } = composeSupergraph(path.resolve(__dirname, '../..'));
  process.env.APOLLO_TELEMETRY_DISABLED = 'true'; // as the gateway sets it: nothing leaves
  const gateway = new ApolloGateway({ supergraphSdl: supergraphSdl! });
  await gateway.load();
  try {
    const documents = loadPersistedDocuments(clientDist);
    expect(documents.size).toBe(Object.keys(clientDocuments).length);
    // Every one plans against today's supergraph: a client operation that no longer does
    // would fail here, not in a user's browser.
    expect(await warmQueryPlans(gateway, documents, logger())).toBe(documents.size);
  } finally {
    await gateway.stop();
  }
});
