import type { NodeResolvers } from '../__generated__/resolvers-types';
import { Account } from '../entities/account.entity';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { findNode } from './Query/node';

/** The type names identity's SDL lets a Node be (the registry's nodeTypes, each declared there). */
type NodeTypename = NonNullable<Awaited<ReturnType<NodeResolvers['__resolveType']>>>;

/** The entity interface: its type from the entity class, or the reference's __typename. */
export const Node: NodeResolvers = {
  // Only reached by an `_entities` call naming the interface itself; answers as node(id:).
  __resolveReference: (reference, context) => findNode(reference.id, context),
  __resolveType: (value) => {
    if (value instanceof Organization) return 'Organization';
    if (value instanceof Account) return 'Account';
    if (value instanceof User) return 'User';
    if ('__typename' in value) return value.__typename as NodeTypename;
    return null;
  },
};
