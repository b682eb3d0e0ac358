import type { ServiceOrderEventResolvers } from '../__generated__/resolvers-types';

export const ServiceOrderEvent: ServiceOrderEventResolvers = {
  by: (event) => event.actorName,
};
