import { ExportChunk, ExportJob } from '@portal/platform';
import { TonerProduct } from './toner-product.entity';
import { DeviceModel } from './device-model.entity';
import { Device } from './device.entity';
import { DeviceLocationChange } from './device-location-change.entity';
import { DeviceChange } from './device-change.entity';
import { IdempotentRequest } from '@portal/platform';
import { StockLocationProjection } from './stock-location-projection.entity';
import { AccountProjection } from './account-projection.entity';
import { TechnicianAssignmentProjection } from './technician-assignment-projection.entity';

export {
  TonerProduct,
  DeviceModel,
  Device,
  DeviceLocationChange,
  DeviceChange,
  StockLocationProjection,
  TechnicianAssignmentProjection,
  AccountProjection,
  IdempotentRequest,
};

export const entities = [
  ExportJob,
  ExportChunk,
  TonerProduct,
  DeviceModel,
  Device,
  DeviceLocationChange,
  DeviceChange,
  IdempotentRequest,
  StockLocationProjection,
  TechnicianAssignmentProjection,
  AccountProjection,
];
