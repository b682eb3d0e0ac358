import {
  PRINCIPAL_HEADER,
  REQUEST_ID_HEADER,
  type BaseContext,
  type SubgraphName,
} from '@portal/platform';
import { FOREIGN_NODE_OWNERS, type NodeRef } from './node-ref';

/** A type's own subgraph answers within this, or node(id:) fails (masked) rather than guess. */
const OWNER_TIMEOUT_MS = 10_000;
const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`;

/**
 * node(id:) of another subgraph's type: identity asks that subgraph's `_entities`, as the caller
 * (the signed principal it was sent, passed on unchanged), whether the object resolves. The
 * owner's __resolveReference authorises exactly as for any other reference, so what the caller
 * may not see is null here already, whichever gateway planned the query and whatever it selects
 * (a selection of only `id` or `__typename` would otherwise never reach the owner).
 */
export class NodeOwners {
  constructor(private readonly base: BaseContext) {}

  /** The reference when its owner resolves it for the caller, else null. */
  async visible(ref: NodeRef): Promise<NodeRef | null> {
    const owner = FOREIGN_NODE_OWNERS.get(ref.__typename)!;
    const loader = this.base.loaders.get<NodeRef, boolean>(`node-owner:${owner}`, (refs) =>
      this.resolvedBy(owner, refs),
    );
    return (await loader.load(ref)) ? ref : null;
  }

  /** One `_entities` call per owner and batch; true where the owner resolved the reference. */
  private async resolvedBy(owner: SubgraphName, refs: readonly NodeRef[]): Promise<boolean[]> {
    const principal = this.base.header(PRINCIPAL_HEADER);
    if (!principal) throw new Error('node(id:) without the caller’s signed principal');
    const response = await fetch(this.base.subgraphUrl(owner), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [PRINCIPAL_HEADER]: principal,
        [REQUEST_ID_HEADER]: this.base.requestId,
      },
      body: JSON.stringify({ query: ENTITIES, variables: { representations: refs } }),
      signal: AbortSignal.timeout(OWNER_TIMEOUT_MS),
    });
    const body = (await response.json()) as {
      data?: { _entities?: unknown[] } | null;
      errors?: unknown[];
    };
    const entities = body.data?._entities;
    if (!response.ok || body.errors || entities?.length !== refs.length)
      throw new Error(`${owner} did not resolve node references (HTTP ${response.status})`);
    return entities.map((entity) => entity !== null);
  }
}
