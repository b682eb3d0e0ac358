import { fromGlobalId, typeOfGlobalId, type SubgraphName } from '@portal/platform';

/**
 * Node types other subgraphs own, with the subgraph that owns (and authorises) each: node(id:)
 * names them, and asks that subgraph whether the caller may see the object.
 */
export const FOREIGN_NODE_OWNERS = {
  Device: 'devices',
  StockLocation: 'toner',
  ServiceOrder: 'service-orders',
  MeterReading: 'meter-readings',
  Shipment: 'toner',
  KnowledgeArticle: 'knowledge',
} as const satisfies Record<string, SubgraphName>;
export type ForeignNodeType = keyof typeof FOREIGN_NODE_OWNERS;
export const FOREIGN_NODE_TYPES = Object.keys(FOREIGN_NODE_OWNERS) as ForeignNodeType[];

/** Another subgraph's object as identity knows it: its type and global id. */
export interface NodeRef {
  __typename: ForeignNodeType;
  id: string;
}

/** The reference a global id of another subgraph's type names, or null when it names none. */
export function foreignNodeRef(globalId: string): NodeRef | null {
  const type = typeOfGlobalId(globalId);
  const foreign = FOREIGN_NODE_TYPES.find((t) => t === type);
  return foreign && fromGlobalId(foreign, globalId) ? { __typename: foreign, id: globalId } : null;
}
