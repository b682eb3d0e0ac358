import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the gateway reaches inside Apollo's packages instead of going through their supported
 * hooks (buildService, the persisted-query cache). Each replacement was written against, and
 * read line by line with, exactly the versions below; gateway/test/apollo-patches.test.ts sends
 * a real request through each one.
 *
 * - `@apollo/gateway` dist/resultShaping.js `computeResponse`: replaced by ours
 *   (result-shaping.ts), the same walk with per-operation work done once.
 * - `@apollo/federation-internals` dist/operations.js `operationFromDocument`: wrapped to keep
 *   executeQueryPlan's operation per parsed document (result-shaping.ts, keptPerDocument).
 * - `@apollo/gateway` ApolloGateway's private `apiSchema`, `queryPlanner`, `queryPlanStore` and
 *   its plan key, sha256(queryHash + operationName) in `executor` (dist/index.js): read to plan
 *   the web client's operations at start (persisted-operations.ts, warmQueryPlans).
 * - `@apollo/query-planner` `buildQueryPlan(operation, options)`: called by that warm-up with the
 *   options ApolloGateway passes.
 *
 * A new version of any of them may move or change what is replaced, silently: the gateway
 * refuses to start until someone has checked the replacements against it and updated this list.
 */
export const PATCHED_VERSIONS = {
  '@apollo/gateway': '2.14.4',
  '@apollo/federation-internals': '2.14.4',
  '@apollo/query-planner': '2.14.4',
} as const;

export type PatchedPackage = keyof typeof PATCHED_VERSIONS;

/** The version of a package as Node resolves it from the gateway. */
export function installedVersion(name: PatchedPackage): string {
  // The package's main file lies in or under its folder: walk up to its package.json.
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (manifest.name === name) return manifest.version;
    } catch {
      // no package.json here: one level up
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the package.json of ${name}.`);
    dir = parent;
  }
}

/** Throws, naming what to do, unless every patched package is installed at its patched version. */
export function assertPatchedVersions(
  installed: (name: PatchedPackage) => string = installedVersion,
): void {
  const mismatches = (Object.keys(PATCHED_VERSIONS) as PatchedPackage[])
    .map((name) => ({ name, wanted: PATCHED_VERSIONS[name], found: installed(name) }))
    .filter(({ wanted, found }) => wanted !== found);
  if (mismatches.length === 0) return;
  const list = mismatches
    .map(({ name, wanted, found }) => `${name} ${found} is installed, the patch is for ${wanted}`)
    .join('; ');
  throw new Error(
    `Refusing to start: the gateway replaces internals of Apollo's packages and ${list}. ` +
      'Check each replacement listed in gateway/src/apollo-patches.ts against the installed ' +
      'version, then update PATCHED_VERSIONS there (docs/gateway-patches.md).',
  );
}
