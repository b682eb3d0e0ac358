// Each place the gateway replaces Apollo's internals (src/apollo-patches.ts) runs on a real
// request, and the web client's operations hit the plans warmed at start.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QueryPlanner } from '@apollo/query-planner';
import {
  assertPatchedVersions,
  installedVersion,
  PATCHED_VERSIONS,
  type PatchedPackage,
} from '../src/apollo-patches';
import { PERSISTED_DOCUMENTS_FILE } from '../src/persisted-operations';
import { computeResponse } from '../src/result-shaping';
import { createCustomer, startTestSystem, type TestSystem, type TestUser } from '@portal/testkit';

/* eslint-disable @typescript-eslint/no-require-imports -- the modules the gateway patches */
const shaping = require('@apollo/gateway/dist/resultShaping') as {
  computeResponse: (...args: unknown[]) => unknown;
};
const operations = require('@apollo/federation-internals/dist/operations') as {
  operationFromDocument: (...args: unknown[]) => unknown;
};
const telemetry = require('@apollo/gateway/dist/utilities/opentelemetry') as {
  createDataCollectionExporter: () => unknown;
};
/* eslint-enable @typescript-eslint/no-require-imports */

// Spied on before the gateway installs anything: Apollo's own, which ours wraps or replaces.
const apolloShaping = shaping.computeResponse;
const apolloOperationFromDocument = jest.spyOn(operations, 'operationFromDocument');
const buildQueryPlan = jest.spyOn(QueryPlanner.prototype, 'buildQueryPlan');
const dataCollection = jest.spyOn(telemetry, 'createDataCollectionExporter');

const CLIENT_DOCUMENTS = path.resolve(
  __dirname,
  '../../client/src/__generated__/persisted-documents.json',
);
const clientDocuments = JSON.parse(readFileSync(CLIENT_DOCUMENTS, 'utf8')) as Record<
  string,
  string
>;
const meHash = Object.keys(clientDocuments)
  .find((k) => /^query Me\b/.test(clientDocuments[k]!))!
  .replace('sha256:', '');

const clientDist = mkdtempSync(path.join(tmpdir(), 'patches-'));
mkdirSync(path.join(clientDist, '.vite'));
copyFileSync(CLIENT_DOCUMENTS, path.join(clientDist, PERSISTED_DOCUMENTS_FILE));

let system: TestSystem;
/** Who asks for Me: a built customer's Administrator (no device or model needed: no demo data). */
let user: TestUser;
let token: string;
beforeAll(async () => {
  system = await startTestSystem({
    demo: false,
    clientDistDir: clientDist,
    warmQueryPlans: true,
  });
  user = (await createCustomer(system)).administrator;
  token = await user.signIn();
});
afterAll(async () => {
  await system.stop();
  rmSync(clientDist, { recursive: true, force: true });
});

async function me() {
  const response = await fetch(system.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      operationName: 'Me',
      extensions: { persistedQuery: { version: 1, sha256Hash: meHash } },
    }),
  });
  return (await response.json()) as { data?: { me?: { email: string } }; errors?: unknown };
}

it('the installed Apollo packages are the patched versions, pinned so in package.json', () => {
  expect(() => assertPatchedVersions()).not.toThrow();
  const pinned = (
    JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    }
  ).dependencies;
  for (const [name, version] of Object.entries(PATCHED_VERSIONS)) {
    expect({
      name,
      pinned: pinned[name],
      installed: installedVersion(name as PatchedPackage),
    }).toEqual({ name, pinned: version, installed: version });
  }
});

it("sends nothing to Apollo nor probes a cloud's metadata address (its data collection is off)", () => {
  // Left on, Apollo Gateway's constructor builds a metrics exporter to Apollo's endpoint whose
  // resource detectors call the AWS, GCP and Azure metadata addresses.
  expect(dataCollection).not.toHaveBeenCalled();
  expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
});

it('refuses to start on another version, saying which and what to do', () => {
  const newer = (name: PatchedPackage) =>
    name === '@apollo/gateway' ? '2.15.0' : PATCHED_VERSIONS[name];
  expect(() => assertPatchedVersions(newer)).toThrow(
    /^Refusing to start: .*@apollo\/gateway 2\.15\.0 is installed, the patch is for 2\.14\.4\. Check each replacement .*gateway\/src\/apollo-patches\.ts/,
  );
});

it("puts ours in place of Apollo's result shaping and operation building", () => {
  expect(shaping.computeResponse).toBe(computeResponse);
  expect(shaping.computeResponse).not.toBe(apolloShaping);
  // Ours wraps Apollo's (the spy), keeping its answer per parsed document.
  expect(operations.operationFromDocument).not.toBe(apolloOperationFromDocument);
});

it('a client operation by hash: planned at start only, shaped by ours, its operation built once', async () => {
  // Warm-up planned every client operation while the gateway started.
  expect(buildQueryPlan.mock.calls.length).toBeGreaterThanOrEqual(
    Object.keys(clientDocuments).length,
  );
  buildQueryPlan.mockClear();
  apolloOperationFromDocument.mockClear();
  const shaped = jest.spyOn(shaping, 'computeResponse');
  const kept = jest.spyOn(operations, 'operationFromDocument');

  const first = await me();
  expect(first.errors).toBeUndefined();
  expect(first.data?.me?.email).toBe(user.email);
  // The warmed plan was found under Apollo's key: nothing planned.
  expect(buildQueryPlan).not.toHaveBeenCalled();
  expect(shaped).toHaveBeenCalledTimes(1);
  expect(kept).toHaveBeenCalledTimes(1);
  expect(apolloOperationFromDocument).toHaveBeenCalledTimes(1);

  const second = await me();
  expect(second).toEqual(first);
  expect(buildQueryPlan).not.toHaveBeenCalled();
  expect(shaped).toHaveBeenCalledTimes(2);
  expect(kept).toHaveBeenCalledTimes(2);
  // The same parsed document: the kept operation, Apollo's not called again.
  expect(apolloOperationFromDocument).toHaveBeenCalledTimes(1);
});
