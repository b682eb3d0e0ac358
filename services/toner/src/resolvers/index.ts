import { GraphQLDate, GraphQLDateTime } from '@portal/platform';
import { exportShipments } from './Mutation/exportShipments';
import { shipmentExport } from './Query/shipmentExport';
import { ExportJob } from './ExportJob';
import type { Resolvers } from '../__generated__/resolvers-types';
import { stockLocations } from './Query/stockLocations';
import { stockLocation } from './Query/stockLocation';
import { shipments } from './Query/shipments';
import { shipment } from './Query/shipment';
import { replenishmentAnalytics } from './Query/replenishmentAnalytics';
import { ReplenishmentAnalytics } from './ReplenishmentAnalytics';
import { createStockLocation } from './Mutation/createStockLocation';
import { updateStockLocation } from './Mutation/updateStockLocation';
import { recordStockCount } from './Mutation/recordStockCount';
import { reportTonerLow } from './Mutation/reportTonerLow';
import { dispatchShipment } from './Mutation/dispatchShipment';
import { confirmShipmentDelivered } from './Mutation/confirmShipmentDelivered';
import { undoShipmentDelivery } from './Mutation/undoShipmentDelivery';
import { requestToner } from './Mutation/requestToner';
import { approveShipment } from './Mutation/approveShipment';
import { declineShipment } from './Mutation/declineShipment';
import { setStockLevelTargets } from './Mutation/setStockLevelTargets';
import { ShipmentReceipt } from './ShipmentReceipt';
import { StockLocation } from './StockLocation';
import { StockLevel } from './StockLevel';
import { Shipment } from './Shipment';
import { Account } from './Account';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Date: GraphQLDate,
  Query: {
    stockLocations,
    stockLocation,
    shipments,
    shipment,
    replenishmentAnalytics,
    shipmentExport,
  },
  ReplenishmentAnalytics,
  Mutation: {
    exportShipments,
    createStockLocation,
    updateStockLocation,
    recordStockCount,
    reportTonerLow,
    dispatchShipment,
    confirmShipmentDelivered,
    undoShipmentDelivery,
    requestToner,
    approveShipment,
    declineShipment,
    setStockLevelTargets,
  },
  StockLocation,
  StockLevel,
  Shipment,
  ShipmentReceipt,
  Account,
  ExportJob,
};
