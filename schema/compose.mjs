#!/usr/bin/env node
/**
 * Composes the supergraph from services/<name>/src/schema.graphql.
 *
 *   node compose.mjs --write               write schema/supergraph.graphql
 *   node compose.mjs --check               fail when it does not compose or the committed file is stale
 *   ... --against=<supergraph.graphql>     report breaking changes against another supergraph
 *                                          (e.g. the main branch's) instead of the committed one
 *
 * Breaking changes of the client-facing API are reported, never fatal on their own: a stale
 * file already forces a human to look at the change and commit it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { SUPERGRAPH_FILE, composeSupergraph, breakingChanges } = require('./compose-lib.cjs');

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const supergraphPath = path.join(rootDir, SUPERGRAPH_FILE);

const args = process.argv.slice(2);
const write = args.includes('--write');
const check = args.includes('--check');
const against = args.find((a) => a.startsWith('--against='))?.slice('--against='.length);
if (write === check) {
  console.error('usage: node compose.mjs --write | --check [--against=<supergraph.graphql>]');
  process.exit(2);
}

const { supergraphSdl, errors, hints } = composeSupergraph(rootDir);
if (!supergraphSdl) {
  console.error(`The supergraph does not compose (${errors.length} error(s)):`);
  for (const error of errors) console.error(`  - ${error}`);
  process.exit(1);
}
for (const hint of hints) console.warn(`hint: ${hint}`);

const committed = existsSync(supergraphPath) ? readFileSync(supergraphPath, 'utf8') : undefined;
const baseline = against ? readFileSync(path.resolve(against), 'utf8') : committed;

if (baseline !== undefined && baseline !== supergraphSdl) {
  try {
    const breaking = await breakingChanges(baseline, supergraphSdl);
    if (breaking.length) {
      console.warn(`Breaking changes to the API schema (${breaking.length}):`);
      for (const line of breaking) console.warn(`  - BREAKING ${line}`);
    } else {
      console.log('No breaking changes to the API schema.');
    }
  } catch (error) {
    // An unreadable baseline must not hide the staleness verdict below.
    console.warn(
      `Could not compare API schemas: ${error instanceof Error ? error.message : error}`,
    );
  }
}

if (write) {
  if (committed === supergraphSdl) {
    console.log(`${SUPERGRAPH_FILE} is up to date.`);
  } else {
    writeFileSync(supergraphPath, supergraphSdl);
    console.log(`Wrote ${SUPERGRAPH_FILE}.`);
  }
} else if (committed !== supergraphSdl) {
  console.error(
    committed === undefined
      ? `${SUPERGRAPH_FILE} is missing: run npm run compose`
      : `${SUPERGRAPH_FILE} is stale: run npm run compose`,
  );
  process.exit(1);
} else {
  console.log(`${SUPERGRAPH_FILE} is up to date.`);
}
