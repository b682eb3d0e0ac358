import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '../environment';

/** The background exports' types (export-job.graphql), one copy for every subgraph producing exports. */
export function exportJobSdl(): string {
  return readFileSync(path.join(__dirname, 'export-job.graphql'), 'utf8');
}

/**
 * A subgraph's SDL as it serves it: its own schema.graphql (in `dir`), followed by the exports'
 * types when the registry marks it "exports": true. schema/compose-lib.cjs and the subgraph's
 * codegen.yml splice the same file.
 */
export function subgraphSdl(name: string, dir: string): string {
  const own = readFileSync(path.join(dir, 'schema.graphql'), 'utf8');
  return SUBGRAPHS.find((s) => s.name === name)?.exports ? `${own}\n${exportJobSdl()}` : own;
}
