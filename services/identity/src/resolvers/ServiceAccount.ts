import { toGlobalId } from '@portal/platform';
import type { ServiceAccountResolvers } from '../__generated__/resolvers-types';

export const ServiceAccount: ServiceAccountResolvers = {
  id: (account) => toGlobalId('ServiceAccount', account.id),
};
