import { fromGlobalId, typeOfGlobalId } from '@portal/platform';
import type { QueryResolvers } from '../../__generated__/resolvers-types';
import type { IdentityContext } from '../../context';
import { foreignNodeRef } from '../../domain/node-ref';

/**
 * identity's own types are looked up (and authorised) here; another subgraph's type becomes a
 * reference once its own subgraph resolved it for the caller (NodeOwners), so what the caller
 * may not see is null exactly as for an id that does not exist.
 */
export async function findNode(id: string, { accounts, users, nodeOwners }: IdentityContext) {
  switch (typeOfGlobalId(id)) {
    case 'Organization': {
      const local = fromGlobalId('Organization', id);
      return local ? accounts.organizationById(local) : null;
    }
    case 'Account': {
      const local = fromGlobalId('Account', id);
      return local ? accounts.byId(local) : null;
    }
    case 'User': {
      const local = fromGlobalId('User', id);
      return local ? users.byId(local) : null;
    }
    default: {
      const ref = foreignNodeRef(id);
      return ref && nodeOwners.visible(ref);
    }
  }
}

export const node: QueryResolvers['node'] = (_root, { id }, context) => findNode(id, context);
