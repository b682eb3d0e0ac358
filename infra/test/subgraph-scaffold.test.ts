import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { SUBGRAPHS, type Subgraph } from '@portal/platform';
import { missingFromDeployment } from '../testing/deployment-coverage';
import { definitionOf } from '@portal/testkit/subgraphs';

// docs/architecture.md, "Adding a subgraph": one registry entry, and every tool that lists
// subgraphs picks it up or says what is missing. A dummy subgraph stands in for the new one.

const ROOT = path.resolve(__dirname, '..', '..');
const CONTRACTS: Subgraph = {
  name: 'contracts',
  port: 4007,
  demoSeed: 'seedContractsDemo',
  nodeTypes: ['Contract'],
};
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'portal-scaffold-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the registry (services/platform/src/subgraphs.json)', () => {
  it('names each subgraph once, on a port of its own, with its source, demo seed and subgraph', () => {
    expect(new Set(SUBGRAPHS.map((s) => s.name)).size).toBe(SUBGRAPHS.length);
    expect(new Set(SUBGRAPHS.map((s) => s.port)).size).toBe(SUBGRAPHS.length);
    for (const s of SUBGRAPHS) {
      const demo = readFileSync(path.join(ROOT, 'services', s.name, 'src/demo.ts'), 'utf8');
      expect({ s: s.name, seed: demo.includes(`export async function ${s.demoSeed}(`) }).toEqual({
        s: s.name,
        seed: true,
      });
      expect(definitionOf(s.name).name).toBe(s.name);
    }
  });

  it('marks exactly the subgraphs whose definition produces exports (the gateway serves their downloads)', () => {
    const exporting = SUBGRAPHS.filter((s) => definitionOf(s.name).exports).map((s) => s.name);
    expect(exporting.length).toBeGreaterThan(0);
    expect(SUBGRAPHS.filter((s) => s.exports).map((s) => s.name)).toEqual(exporting);
  });

  it('lists exactly the Node types of the supergraph, each with the subgraph that owns it', () => {
    const supergraph = parse(readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8'));
    const nodeTypes = supergraph.definitions
      .filter(
        (d): d is ObjectTypeDefinitionNode =>
          d.kind === Kind.OBJECT_TYPE_DEFINITION &&
          (d.interfaces ?? []).some((i) => i.name.value === 'Node'),
      )
      .map((d) => d.name.value);
    expect(SUBGRAPHS.flatMap((s) => s.nodeTypes).sort()).toEqual(nodeTypes.sort());
    for (const s of SUBGRAPHS) {
      const sdl = readFileSync(path.join(ROOT, 'services', s.name, 'src/schema.graphql'), 'utf8');
      for (const type of s.nodeTypes)
        expect({
          type,
          owner: s.name,
          declared: sdl.includes(`type ${type} implements Node`),
        }).toEqual({ type, owner: s.name, declared: true });
    }
  });

  it('has every one of its subgraphs in every deployment file', () => {
    expect(missingFromDeployment(SUBGRAPHS, ROOT)).toEqual([]);
  });
});

describe('a new subgraph in the registry', () => {
  it('is reported missing from each deployment file until it is added there', () => {
    expect(missingFromDeployment([...SUBGRAPHS, CONTRACTS], ROOT)).toEqual([
      'docker-compose.yml: service contracts',
      'docker-compose.yml: service contracts-migrate',
      'docker-compose.yml: gateway SUBGRAPH_URL_CONTRACTS',
      'postgres/create-databases.sql: contracts',
      'k8s/contracts.yaml, listed in kustomization.yaml',
      'k8s/network-policies.yaml: contracts',
      'k8s/network-policies.yaml: port 4007',
      'k8s/gateway.yaml: SUBGRAPH_URL_CONTRACTS',
      'docker-compose.yml: identity SUBGRAPH_URL_CONTRACTS',
      'k8s/identity.yaml: SUBGRAPH_URL_CONTRACTS',
    ]);
  });

  it('gets its database URL from make-secrets', () => {
    const registry = path.join(scratch, 'subgraphs.json');
    writeFileSync(registry, JSON.stringify([...SUBGRAPHS, CONTRACTS]));
    const out = path.join(scratch, 'secrets');
    const made = spawnSync(
      process.execPath,
      [path.join(ROOT, 'infra/deploy/make-secrets.mjs'), '--out', out, '--registry', registry],
      { encoding: 'utf8' },
    );
    expect(made.status).toBe(0);
    const urls = readFileSync(path.join(out, 'k8s/secrets/database-urls.env'), 'utf8');
    expect(urls).toMatch(
      /^DATABASE_URL_CONTRACTS=postgres:\/\/portal:[^@]+@postgres:5432\/contracts$/m,
    );
    for (const s of SUBGRAPHS)
      expect(urls).toContain(`DATABASE_URL_${s.name.toUpperCase().replace(/-/g, '_')}=`);
  });

  it('is started by the test system from its services/<name>/src/subgraph.ts', () => {
    const source = path.join(scratch, 'services/contracts/src');
    mkdirSync(source, { recursive: true });
    writeFileSync(
      path.join(source, 'subgraph.ts'),
      `export const contracts = { name: 'contracts', typeDefs: null, resolvers: {} };\n`,
    );
    expect(existsSync(path.join(source, 'subgraph.ts'))).toBe(true);
    expect(definitionOf('contracts', scratch).name).toBe('contracts');
    expect(() => definitionOf('no-such-subgraph', scratch)).toThrow();
  });
});
