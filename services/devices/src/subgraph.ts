import { gql } from 'graphql-tag';
import { subgraphSdl, type SubgraphDefinition } from '@portal/platform';
import {
  IDENTITY_TOPIC,
  projectAccount,
  projectStockLocation,
  projectTechnicianAssignment,
  SERVICE_ORDER_TOPIC,
  TONER_TOPIC,
} from '@portal/event-contracts';
import { entities, migrations } from './database';
import { resolvers } from './resolvers';
import { DeviceService } from './domain/device.service';
import { DeviceChangeService } from './domain/device-change.service';
import { generateSandboxDevices } from './domain/sandbox-devices';
import type { DevicesContext } from './context';
import {
  AccountProjection,
  StockLocationProjection,
  TechnicianAssignmentProjection,
} from './entities';
import { backgroundExports } from './exports';

export const typeDefs = gql(subgraphSdl('devices', __dirname));

/** The devices subgraph: the printer inventory, its models, locations and contracts. */
export const devices: SubgraphDefinition<DevicesContext> = {
  name: 'devices',
  typeDefs,
  resolvers,
  entities,
  migrations,
  exports: backgroundExports,
  context: (base) => {
    const devices = new DeviceService(base.dataSource, base.principal, base.loaders);
    return {
      ...base,
      devices,
      deviceChanges: new DeviceChangeService(
        base.dataSource,
        base.principal,
        devices,
        base.eventsRecorded,
      ),
    };
  },
  consumers: [
    {
      name: 'devices.stock-location-projection',
      topics: [TONER_TOPIC],
      handler: (manager, event) => projectStockLocation(manager, StockLocationProjection, event),
    },
    {
      name: 'devices.technician-assignment-projection',
      topics: [SERVICE_ORDER_TOPIC],
      handler: (manager, event) =>
        projectTechnicianAssignment(manager, TechnicianAssignmentProjection, event),
    },
    {
      name: 'devices.account-projection',
      topics: [IDENTITY_TOPIC],
      // The account first: a sandbox's devices are then registered on it, marked sandbox.
      handler: async (manager, event) => {
        await projectAccount(manager, AccountProjection, event);
        await generateSandboxDevices(manager, event);
      },
    },
  ],
};
