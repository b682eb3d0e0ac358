import type { AccountResolvers } from '../__generated__/resolvers-types';

/** toner adds the account's stock locations; the account itself is identity's. */
export const Account: AccountResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  stockLocations: (account, _args, { stockLocations }) => stockLocations.ofAccount(account.id),
};
