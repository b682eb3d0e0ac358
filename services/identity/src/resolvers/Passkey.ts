import { toGlobalId } from '@portal/platform';
import type { PasskeyResolvers } from '../__generated__/resolvers-types';

export const Passkey: PasskeyResolvers = {
  id: (passkey) => toGlobalId('Passkey', passkey.id),
};
