import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setOrganizationTwoFactorRequired: MutationResolvers['setOrganizationTwoFactorRequired'] =
  (_root, { required }, { secondFactor }) => secondFactor.setOrganizationRequired(required);
