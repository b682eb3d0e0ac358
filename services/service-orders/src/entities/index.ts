import { ExportChunk, ExportJob } from '@portal/platform';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderEvent } from './service-order-event.entity';
import { DeviceProjection } from './device-projection.entity';
import { StaffMemberProjection } from './staff-member-projection.entity';
import { ResponseAlert } from './response-alert.entity';
import { IdempotentRequest, OutgoingMail } from '@portal/platform';
import { ServiceOrderDay } from './service-order-day.entity';
import { ServiceOrderAccountDay } from './service-order-account-day.entity';

export {
  ServiceOrder,
  ServiceOrderEvent,
  DeviceProjection,
  StaffMemberProjection,
  ResponseAlert,
  OutgoingMail,
  IdempotentRequest,
  ServiceOrderDay,
  ServiceOrderAccountDay,
};

export const entities = [
  ExportJob,
  ExportChunk,
  ServiceOrder,
  ServiceOrderEvent,
  DeviceProjection,
  StaffMemberProjection,
  ResponseAlert,
  OutgoingMail,
  IdempotentRequest,
  ServiceOrderDay,
  ServiceOrderAccountDay,
];
