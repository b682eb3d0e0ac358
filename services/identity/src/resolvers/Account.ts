import { fromGlobalId, toGlobalId } from '@portal/platform';
import type { AccountResolvers } from '../__generated__/resolvers-types';

export const Account: AccountResolvers = {
  __resolveReference: ({ id }, { accounts }) => {
    const local = fromGlobalId('Account', id);
    return local ? accounts.byId(local) : null;
  },
  id: (account) => toGlobalId('Account', account.id),
  organization: async (account, _args, { accounts }) => {
    const organization = await accounts.organizationById(account.organizationId);
    if (!organization) throw new Error(`account ${account.id} without a visible organisation`);
    return organization;
  },
  creditStatus: (account, _args, { accounts }) => accounts.creditStatus(account),
  paymentHistory: (account, { first, after }, { accounts }) =>
    accounts.paymentHistory(account, first, after),
  invoices: (account, { first, after }, { invoices }) => invoices.invoicesOf(account, first, after),
  openBalance: (account, _args, { invoices }) => invoices.openBalanceOf(account),
};
