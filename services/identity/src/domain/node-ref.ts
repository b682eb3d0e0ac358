import { fromGlobalId, SUBGRAPHS, typeOfGlobalId, type SubgraphName } from '@portal/platform';

/**
 * Node types other subgraphs own, with the subgraph that owns (and authorises) each, from the
 * registry: node(id:) names them, and asks that subgraph whether the caller may see the object.
 */
export const FOREIGN_NODE_OWNERS: ReadonlyMap<string, SubgraphName> = new Map(
  SUBGRAPHS.filter((s) => s.name !== 'identity').flatMap((s) =>
    s.nodeTypes.map((type) => [type, s.name] as const),
  ),
);

/** Another subgraph's object as identity knows it: its type and global id. */
export interface NodeRef {
  __typename: string;
  id: string;
}

/** The reference a global id of another subgraph's type names, or null when it names none. */
export function foreignNodeRef(globalId: string): NodeRef | null {
  const type = typeOfGlobalId(globalId);
  return type && FOREIGN_NODE_OWNERS.has(type) && fromGlobalId(type, globalId)
    ? { __typename: type, id: globalId }
    : null;
}
