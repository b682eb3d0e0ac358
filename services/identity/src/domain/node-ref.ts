import { fromGlobalId, typeOfGlobalId } from '@portal/platform';

/** Node types other subgraphs own: node(id:) names them, their subgraph resolves and authorises. */
export const FOREIGN_NODE_TYPES = [
  'Device',
  'StockLocation',
  'ServiceOrder',
  'MeterReading',
  'Shipment',
  'KnowledgeArticle',
] as const;
export type ForeignNodeType = (typeof FOREIGN_NODE_TYPES)[number];

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
