'use strict';
/**
 * Composes the supergraph from every subgraph's SDL and compares API schemas. Plain CommonJS so
 * that `compose.mjs` (CI, no build step) and Jest tests share one implementation.
 */
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');
const { parse } = require('graphql');
const { composeServices } = require('@apollo/composition');
const { diff, CriticalityLevel } = require('@graphql-inspector/core');

// The federation-internals that composition itself uses (a transitive dependency), so the
// supergraph we read back is understood by the same code that wrote it.
const { Supergraph } = createRequire(require.resolve('@apollo/composition'))(
  '@apollo/federation-internals',
);

/** Where the committed supergraph lives, relative to the repository root. */
const SUPERGRAPH_FILE = path.join('schema', 'supergraph.graphql');

/**
 * The subgraph list of the platform (name and default port). Reads the built platform's
 * environment module only, so composing does not load database drivers.
 */
function subgraphList(rootDir) {
  const requireFromRoot = createRequire(path.join(rootDir, 'package.json'));
  let platform;
  try {
    platform = requireFromRoot('@portal/platform/dist/environment.js');
  } catch {
    try {
      platform = requireFromRoot('@portal/platform');
    } catch (error) {
      throw new Error(
        `Cannot load @portal/platform (build it first: npm run build -w @portal/platform): ${error.message}`,
        { cause: error },
      );
    }
  }
  if (!Array.isArray(platform.SUBGRAPHS))
    throw new Error('@portal/platform exports no SUBGRAPHS list');
  return platform.SUBGRAPHS;
}

/** The background exports' types, spliced into every subgraph the registry marks "exports". */
function exportJobSdlPath(rootDir) {
  return path.join(rootDir, 'services', 'platform', 'src', 'export', 'export-job.graphql');
}

/** The file holding a subgraph's SDL. */
function subgraphSdlPath(rootDir, name) {
  return path.join(rootDir, 'services', name, 'src', 'schema.graphql');
}

/**
 * Composes in-memory subgraphs: `[{ name, sdl, url }]`. Returns `{ supergraphSdl, errors, hints }`
 * where `errors` are printable strings and `supergraphSdl` ends with a newline (as committed).
 */
function composeSubgraphs(subgraphs) {
  const errors = [];
  const services = [];
  for (const { name, sdl, url } of subgraphs) {
    try {
      services.push({ name, url, typeDefs: parse(sdl) });
    } catch (error) {
      errors.push(`[${name}] ${error.message}`);
    }
  }
  if (errors.length) return { supergraphSdl: undefined, errors, hints: [] };
  const result = composeServices(services);
  if (result.errors) {
    return {
      supergraphSdl: undefined,
      errors: result.errors.map((e) => String(e.message)),
      hints: [],
    };
  }
  return {
    supergraphSdl: result.supergraphSdl.endsWith('\n')
      ? result.supergraphSdl
      : `${result.supergraphSdl}\n`,
    errors: [],
    hints: result.hints.map((h) => String(h.toString())),
  };
}

/**
 * Composes the repository's subgraphs (`services/<name>/src/schema.graphql` for each name in the
 * platform's SUBGRAPHS, with the exports' types of services/platform/src/export/export-job.graphql
 * after it for those marked "exports"). The URL baked in is the default loopback one; the gateway replaces it.
 */
function composeSupergraph(rootDir) {
  const subgraphs = [];
  const missing = [];
  for (const { name, port, exports } of subgraphList(rootDir)) {
    const file = subgraphSdlPath(rootDir, name);
    if (!existsSync(file)) {
      missing.push(`[${name}] ${path.relative(rootDir, file)} does not exist`);
      continue;
    }
    // As the platform's subgraphSdl serves it: the exports' shared types after its own.
    const own = readFileSync(file, 'utf8');
    subgraphs.push({
      name,
      sdl: exports ? `${own}\n${readFileSync(exportJobSdlPath(rootDir), 'utf8')}` : own,
      url: `http://127.0.0.1:${port}/graphql`,
    });
  }
  if (missing.length) return { supergraphSdl: undefined, errors: missing, hints: [] };
  return composeSubgraphs(subgraphs);
}

/** The client-facing schema of a supergraph (join/link machinery and @inaccessible removed). */
function apiSchemaOf(supergraphSdl) {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/**
 * Breaking changes of the API schema from `oldSupergraphSdl` to `newSupergraphSdl`, as
 * printable lines ("Query.devices: Field 'devices' was removed from object type 'Query'").
 */
async function breakingChanges(oldSupergraphSdl, newSupergraphSdl) {
  const changes = await diff(apiSchemaOf(oldSupergraphSdl), apiSchemaOf(newSupergraphSdl));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => (change.path ? `${change.path}: ${change.message}` : change.message));
}

module.exports = {
  SUPERGRAPH_FILE,
  subgraphList,
  subgraphSdlPath,
  composeSubgraphs,
  composeSupergraph,
  apiSchemaOf,
  breakingChanges,
};
