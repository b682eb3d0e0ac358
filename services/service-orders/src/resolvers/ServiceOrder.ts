import { toGlobalId } from '@portal/platform';
import type { ServiceOrderResolvers } from '../__generated__/resolvers-types';
import { orderNumber } from '../domain/service-order.service';

export const ServiceOrder: ServiceOrderResolvers = {
  __resolveReference: ({ id }, { serviceOrders }) => serviceOrders.reference(id),
  id: (order) => toGlobalId('ServiceOrder', order.id),
  number: (order) => orderNumber(order),
  device: (order) => ({ id: toGlobalId('Device', order.deviceId) }),
  responseOverdue: (order, _args, { serviceOrders }) => serviceOrders.responseOverdue(order),
  technician: (order, _args, { serviceOrders }) => serviceOrders.technicianOf(order),
  history: (order, _args, { serviceOrders }) => serviceOrders.historyOf(order),
  viewerCan: (order, _args, { serviceOrders }) => serviceOrders.permissionsOn(order),
};
