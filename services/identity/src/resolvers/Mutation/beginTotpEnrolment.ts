import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const beginTotpEnrolment: MutationResolvers['beginTotpEnrolment'] = (
  _root,
  { challenge },
  { secondFactor },
) => secondFactor.beginEnrolment(challenge);
