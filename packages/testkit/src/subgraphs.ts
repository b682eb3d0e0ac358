import path from 'node:path';
import { SUBGRAPHS, type BaseContext, type SubgraphDefinition } from '@portal/platform';

/** A subgraph's definition: the export of services/<name>/src/subgraph.ts that names it. */
export function definitionOf(name: string, root = path.resolve(__dirname, '../../..')) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exports = require(path.join(root, 'services', name, 'src/subgraph')) as Record<
    string,
    unknown
  >;
  const definition = Object.values(exports).find(
    (value) => (value as { name?: unknown } | null)?.name === name,
  );
  if (!definition)
    throw new Error(`services/${name}/src/subgraph.ts exports no subgraph "${name}"`);
  return definition as SubgraphDefinition<BaseContext>;
}

/** Every subgraph the test system starts: the registry's, in its order. */
export const SUBGRAPH_DEFINITIONS: SubgraphDefinition<BaseContext>[] = SUBGRAPHS.map((s) =>
  definitionOf(s.name),
);
