import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '@portal/platform';

// The layers, bottom up: the platform (runtime), the event contracts (on the platform's types and
// its name-based ids), the subgraphs (on both). Nothing imports a layer above it, and no subgraph another subgraph.
// Beside them the development tooling (@portal/devkit, on the platform): tests, the testkit and
// infra scripts use it; no process's sources do.

const ROOT = path.resolve(__dirname, '..', '..');

/** Every module specifier a package's sources import, with the file. */
function importsOf(dir: string): { file: string; from: string }[] {
  const found: { file: string; from: string }[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name)) {
        const source = readFileSync(full, 'utf8');
        for (const m of source.matchAll(/^(?:import|export)[^'";]*?from\s+'([^']+)'/gms))
          found.push({ file: path.relative(ROOT, full), from: m[1]! });
      }
    }
  };
  walk(path.join(ROOT, dir));
  return found;
}

const portalPackages = (dir: string) =>
  [
    ...new Set(importsOf(dir).flatMap((i) => (i.from.startsWith('@portal/') ? [i.from] : []))),
  ].sort();

it('the platform imports no other workspace', () => {
  expect(portalPackages('services/platform/src')).toEqual([]);
});

it('the event contracts import only the platform', () => {
  const imports = importsOf('packages/event-contracts/src').filter((i) =>
    i.from.startsWith('@portal/'),
  );
  expect([...new Set(imports.map((i) => i.from))]).toEqual(['@portal/platform']);
});

it.each(SUBGRAPHS.map((s) => s.name))(
  'the %s subgraph imports only the platform and the event contracts, never another subgraph',
  (name) => {
    const allowed = ['@portal/event-contracts', '@portal/platform'];
    expect(portalPackages(`services/${name}/src`).filter((p) => !allowed.includes(p))).toEqual([]);
    const reachingOut = importsOf(`services/${name}/src`).filter(
      (i) =>
        i.from.startsWith('.') &&
        !path
          .resolve(ROOT, path.dirname(i.file), i.from)
          .startsWith(path.join(ROOT, 'services', name, 'src')),
    );
    expect(reachingOut).toEqual([]);
  },
);

it('the gateway takes from the platform only its edge entry (no subgraph runtime in its process)', () => {
  expect(portalPackages('gateway/src')).toEqual(['@portal/platform/edge']);
});

it('the development tooling imports only the platform', () => {
  expect(portalPackages('packages/devkit/src')).toEqual(['@portal/platform']);
});

it.each(['gateway', ...SUBGRAPHS.map((s) => `services/${s.name}`), 'packages/event-contracts'])(
  '%s: its sources never load the development tooling, and its package.json needs it only for tests',
  (dir) => {
    const loading: string[] = [];
    const walk = (at: string) => {
      for (const entry of readdirSync(at, { withFileTypes: true })) {
        const full = path.join(at, entry.name);
        if (entry.isDirectory()) walk(full);
        // Any mention as a module name: import, export, import() or require().
        else if (/['"]@portal\/devkit['"]/.test(readFileSync(full, 'utf8')))
          loading.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, dir, 'src'));
    expect(loading).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain('@portal/devkit');
  },
);
