import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const scheduleServiceOrder: MutationResolvers['scheduleServiceOrder'] = (
  _root,
  { id, visitAt, technicianId, comment },
  { serviceOrders },
) => serviceOrders.schedule(id, { visitAt: new Date(visitAt), technicianId, comment });
