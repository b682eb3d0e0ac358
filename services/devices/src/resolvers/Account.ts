import type { AccountResolvers } from '../__generated__/resolvers-types';

/** devices adds the account's devices; the account itself is identity's. */
export const Account: AccountResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  devices: (account, { filter, first, after, orderBy }, { devices }) =>
    devices.list({ ...filter, accountId: account.id }, first, after, orderBy),
};
