import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const confirmTotpEnrolment: MutationResolvers['confirmTotpEnrolment'] = (
  _root,
  { code, challenge },
  { secondFactor },
) => secondFactor.confirmEnrolment(code, challenge);
