import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setCreditStatus: MutationResolvers['setCreditStatus'] = (
  _root,
  { accountId, creditStatus },
  { billing },
) => billing.setCreditStatus(accountId, creditStatus);
