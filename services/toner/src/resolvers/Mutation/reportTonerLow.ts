import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const reportTonerLow: MutationResolvers['reportTonerLow'] = (
  _root,
  { input },
  { tonerAlerts },
) => tonerAlerts.report(input);
