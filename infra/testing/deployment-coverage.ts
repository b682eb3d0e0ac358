// Which parts of the deployment name a subgraph of the registry: what `adding a subgraph`
// (docs/architecture.md) asks for, per file. The deployment test expects nothing missing for the
// registry; the scaffold test shows a new registry entry is reported until each file has it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { Subgraph } from '@portal/platform';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const upper = (name: string) => name.toUpperCase().replace(/-/g, '_');
const urlOf = (s: Subgraph) => `http://${s.name}:${s.port}/graphql`;

/** A container's plain `env` entries (name -> value). */
const envOf = (container: Json): Record<string, string> =>
  Object.fromEntries((container.env ?? []).map((e: Json) => [e.name, e.value]));

/** What each deployment file lacks for the registry's subgraphs, as "file: what" lines. */
export function missingFromDeployment(registry: readonly Subgraph[], root: string): string[] {
  const deploy = path.join(root, 'infra/deploy');
  const read = (file: string) => readFileSync(path.join(deploy, file), 'utf8');
  const compose = parse(read('docker-compose.yml'), { merge: true }) as Json;
  const k8s = (file: string): Json[] =>
    existsSync(path.join(deploy, 'k8s', file))
      ? parseAllDocuments(read(`k8s/${file}`)).map((d) => d.toJS() as Json)
      : [];
  const containerOf = (file: string, name: string) =>
    k8s(file)
      .find((o) => o.kind === 'Deployment')
      ?.spec.template.spec.containers.find((c: Json) => c.name === name) ?? {};
  const kustomization = parse(read('k8s/kustomization.yaml')) as Json;
  const databases = read('postgres/create-databases.sql');
  const policy = k8s('network-policies.yaml').find(
    (p) => p.metadata.name === 'subgraphs-only-from-gateway',
  )!;
  const admitted: string[] = policy.spec.podSelector.matchExpressions[0].values;
  const ports: number[] = policy.spec.ingress[0].ports.map((p: Json) => p.port);
  const k8sGateway = envOf(containerOf('gateway.yaml', 'gateway'));
  const k8sIdentity = envOf(containerOf('identity.yaml', 'identity'));

  const missing: string[] = [];
  const expect = (ok: boolean, what: string) => ok || missing.push(what);
  for (const s of registry) {
    const variable = `SUBGRAPH_URL_${upper(s.name)}`;
    expect(Boolean(compose.services[s.name]), `docker-compose.yml: service ${s.name}`);
    expect(
      Boolean(compose.services[`${s.name}-migrate`]),
      `docker-compose.yml: service ${s.name}-migrate`,
    );
    expect(
      compose.services.gateway?.environment?.[variable] === urlOf(s),
      `docker-compose.yml: gateway ${variable}`,
    );
    expect(
      databases.includes(`CREATE DATABASE ${s.name.replace(/-/g, '_')};`),
      `postgres/create-databases.sql: ${s.name}`,
    );
    expect(
      kustomization.resources.includes(`${s.name}.yaml`) && k8s(`${s.name}.yaml`).length > 0,
      `k8s/${s.name}.yaml, listed in kustomization.yaml`,
    );
    expect(admitted.includes(s.name), `k8s/network-policies.yaml: ${s.name}`);
    expect(ports.includes(s.port), `k8s/network-policies.yaml: port ${s.port}`);
    expect(k8sGateway[variable] === urlOf(s), `k8s/gateway.yaml: ${variable}`);
    // identity's node(id:) asks the subgraph that owns a Node type.
    if (s.name !== 'identity' && s.nodeTypes.length > 0) {
      expect(
        compose.services.identity?.environment?.[variable] === urlOf(s),
        `docker-compose.yml: identity ${variable}`,
      );
      expect(k8sIdentity[variable] === urlOf(s), `k8s/identity.yaml: ${variable}`);
    }
  }
  return missing;
}
