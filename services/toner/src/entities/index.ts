import { ExportChunk, ExportJob } from '@portal/platform';
import { StockLocation } from './stock-location.entity';
import { StockLevel } from './stock-level.entity';
import { Shipment } from './shipment.entity';
import { ShipmentStatusChange } from './shipment-status-change.entity';
import { ShipmentReceipt } from './shipment-receipt.entity';
import { TonerAlert } from './toner-alert.entity';
import { TonerProduct } from './toner-product.entity';
import { DeviceProjection } from './device-projection.entity';
import { IdempotentRequest } from '@portal/platform';
import { ShipmentMonth } from './shipment-month.entity';

export {
  StockLocation,
  StockLevel,
  Shipment,
  ShipmentStatusChange,
  ShipmentReceipt,
  TonerAlert,
  TonerProduct,
  DeviceProjection,
  IdempotentRequest,
  ShipmentMonth,
};

export const entities = [
  ExportJob,
  ExportChunk,
  StockLocation,
  StockLevel,
  Shipment,
  ShipmentStatusChange,
  ShipmentReceipt,
  TonerAlert,
  TonerProduct,
  DeviceProjection,
  IdempotentRequest,
  ShipmentMonth,
];
