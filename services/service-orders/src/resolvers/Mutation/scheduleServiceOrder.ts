import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const scheduleServiceOrder: MutationResolvers['scheduleServiceOrder'] = (
  _root,
  { id, visitAt, technicianId, comment },
  { orderWorkflow },
) => orderWorkflow.schedule(id, { visitAt: new Date(visitAt), technicianId, comment });
