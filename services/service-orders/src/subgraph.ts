import { gql } from 'graphql-tag';
import { MailPump, ScheduledJob, subgraphSdl, type SubgraphDefinition } from '@portal/platform';
import {
  DEVICE_TOPIC,
  IDENTITY_TOPIC,
  projectDevice,
  projectStaffMember,
} from '@portal/event-contracts';
import { entities, migrations } from './database';
import { resolvers } from './resolvers';
import { DeviceProjection } from './entities/device-projection.entity';
import { withDeviceAccountDays } from './domain/account-day-rollup';
import { StaffMemberProjection } from './entities/staff-member-projection.entity';
import { ServiceOrderService } from './domain/service-order.service';
import { ServiceOrderWorkflow } from './domain/service-order-workflow';
import { watchResponseTimes } from './domain/response-watch';
import { generateSandboxOrders } from './domain/sandbox-orders';
import { ServiceLevelAnalytics } from './domain/service-level-analytics';
import type { ServiceOrdersContext } from './context';
import { backgroundExports } from './exports';

export const typeDefs = gql(subgraphSdl('service-orders', __dirname));

/**
 * The service-orders subgraph: customers' service orders, the service centre's workflow and
 * its response-time SLA in business hours. Device facts come from the devices topic, staff
 * facts (technicians) from the identity topic.
 */
export const serviceOrders: SubgraphDefinition<ServiceOrdersContext> = {
  name: 'service-orders',
  typeDefs,
  resolvers,
  entities,
  migrations,
  exports: backgroundExports,
  context: (base) => {
    const serviceOrders = new ServiceOrderService(base.dataSource, base.principal, base.loaders);
    return {
      ...base,
      serviceOrders,
      orderWorkflow: new ServiceOrderWorkflow(
        base.dataSource,
        base.principal,
        serviceOrders,
        base.eventsRecorded,
      ),
      analytics: new ServiceLevelAnalytics(base.dataSource, base.principal),
    };
  },
  workers: (dataSource, log) => [
    new MailPump(dataSource, log),
    // Tells the service centre of orders at risk of missing their response time, and overdue.
    new ScheduledJob(
      'response-watch',
      async () => {
        await watchResponseTimes(dataSource);
      },
      log,
    ),
  ],
  consumers: [
    {
      name: 'service-orders.device-projection',
      topics: [DEVICE_TOPIC],
      // The device first: a sandbox device's generated orders are then written for it.
      handler: async (manager, event) => {
        // The account rollup follows the device's account.
        await withDeviceAccountDays(manager, event.aggregateId, () =>
          projectDevice(manager, DeviceProjection, event),
        );
        await generateSandboxOrders(manager, event);
      },
    },
    {
      name: 'service-orders.staff-member-projection',
      topics: [IDENTITY_TOPIC],
      handler: (manager, event) => projectStaffMember(manager, StaffMemberProjection, event),
    },
  ],
};
