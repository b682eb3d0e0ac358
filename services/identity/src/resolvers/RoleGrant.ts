import type { RoleGrantResolvers } from '../__generated__/resolvers-types';

export const RoleGrant: RoleGrantResolvers = {
  account: async (grant, _args, { accounts }) => {
    const account = await accounts.byId(grant.accountId);
    if (!account) throw new Error(`grant on account ${grant.accountId} the caller may not see`);
    return account;
  },
};
