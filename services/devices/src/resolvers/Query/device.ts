import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const device: QueryResolvers['device'] = (_root, { id }, { devices }) => devices.byId(id);
