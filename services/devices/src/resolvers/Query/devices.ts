import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const devices: QueryResolvers['devices'] = (_root, { filter, first, after }, { devices }) =>
  devices.list(filter, first, after);
