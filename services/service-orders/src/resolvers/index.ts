import { GraphQLDate, GraphQLDateTime } from '@portal/platform';
import { exportServiceOrders } from './Mutation/exportServiceOrders';
import { serviceOrderExport } from './Query/serviceOrderExport';
import { ExportJob } from './ExportJob';
import type { Resolvers } from '../__generated__/resolvers-types';
import { serviceOrders } from './Query/serviceOrders';
import { serviceOrder } from './Query/serviceOrder';
import { serviceOrderAnalytics } from './Query/serviceOrderAnalytics';
import { ServiceOrderAnalytics } from './ServiceOrderAnalytics';
import { createServiceOrder } from './Mutation/createServiceOrder';
import { cancelServiceOrder } from './Mutation/cancelServiceOrder';
import { commentOnServiceOrder } from './Mutation/commentOnServiceOrder';
import { acknowledgeServiceOrder } from './Mutation/acknowledgeServiceOrder';
import { scheduleServiceOrder } from './Mutation/scheduleServiceOrder';
import { startServiceOrder } from './Mutation/startServiceOrder';
import { resolveServiceOrder } from './Mutation/resolveServiceOrder';
import { closeServiceOrder } from './Mutation/closeServiceOrder';
import { ServiceOrder } from './ServiceOrder';
import { ServiceOrderEvent } from './ServiceOrderEvent';
import { Device } from './Device';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Date: GraphQLDate,
  Query: { serviceOrders, serviceOrder, serviceOrderAnalytics, serviceOrderExport },
  ServiceOrderAnalytics,
  Mutation: {
    exportServiceOrders,
    createServiceOrder,
    cancelServiceOrder,
    commentOnServiceOrder,
    acknowledgeServiceOrder,
    scheduleServiceOrder,
    startServiceOrder,
    resolveServiceOrder,
    closeServiceOrder,
  },
  ServiceOrder,
  ServiceOrderEvent,
  Device,
  ExportJob,
};
