import { gql } from 'graphql-tag';
import { subgraphSdl, type SubgraphDefinition } from '@portal/platform';
import { DEVICE_TOPIC } from '@portal/event-contracts';
import { entities, migrations } from './database';
import { resolvers } from './resolvers';
import { applyDeviceEvent } from './events';
import { StockLocationService } from './domain/stock-location.service';
import { ShipmentService } from './domain/shipment.service';
import { TonerAlertService } from './domain/toner-alert.service';
import { SupplyOrderService } from './domain/supply-order.service';
import { StockLevelTargetService } from './domain/stock-level-targets.service';
import type { TonerContext } from './context';
import { ReplenishmentAnalytics } from './domain/replenishment-analytics';
import { backgroundExports } from './exports';

export const typeDefs = gql(subgraphSdl('toner', __dirname));

/** The toner subgraph: stock locations, their levels, and replenishment via e-Maintenance. */
export const toner: SubgraphDefinition<TonerContext> = {
  name: 'toner',
  typeDefs,
  resolvers,
  entities,
  migrations,
  exports: backgroundExports,
  context: (base) => {
    const stockLocations = new StockLocationService(
      base.dataSource,
      base.principal,
      base.loaders,
      base.eventsRecorded,
    );
    const shipments = new ShipmentService(
      base.dataSource,
      base.principal,
      base.loaders,
      stockLocations,
      base.eventsRecorded,
    );
    return {
      ...base,
      stockLocations,
      shipments,
      tonerAlerts: new TonerAlertService(
        base.dataSource,
        base.principal,
        stockLocations,
        shipments,
        base.eventsRecorded,
      ),
      supplyOrders: new SupplyOrderService(
        base.dataSource,
        base.principal,
        shipments,
        base.eventsRecorded,
      ),
      stockLevelTargets: new StockLevelTargetService(
        base.dataSource,
        base.principal,
        stockLocations,
      ),
      analytics: new ReplenishmentAnalytics(base.dataSource, base.principal),
    };
  },
  consumers: [
    { name: 'toner.device-projection', topics: [DEVICE_TOPIC], handler: applyDeviceEvent },
  ],
};
