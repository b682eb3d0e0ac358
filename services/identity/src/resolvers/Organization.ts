import { fromGlobalId, toGlobalId } from '@portal/platform';
import type { OrganizationResolvers } from '../__generated__/resolvers-types';

export const Organization: OrganizationResolvers = {
  __resolveReference: ({ id }, { accounts }) => {
    const local = fromGlobalId('Organization', id);
    return local ? accounts.organizationById(local) : null;
  },
  id: (organization) => toGlobalId('Organization', organization.id),
  primaryContact: (organization, _args, { users }) => users.primaryContactOf(organization),
  accounts: (organization, _args, { accounts }) => accounts.accountsOf(organization),
  users: (organization, { first, after }, { users }) => users.usersOf(organization, first, after),
  twoFactorRequired: (organization, _args, { secondFactor }) =>
    secondFactor.isRequiredFor(organization),
  singleSignOn: (organization, _args, { singleSignOnSettings }) =>
    singleSignOnSettings.settingsOf(organization),
  apiBudget: (organization, _args, { apiBudgets }) => apiBudgets.budgetOf(organization),
};
