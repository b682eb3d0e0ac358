import { ServiceOrder } from './service-order.entity';
import { ServiceOrderEvent } from './service-order-event.entity';
import { DeviceProjection } from './device-projection.entity';
import { IdempotentRequest, OutgoingMail } from '@portal/platform';

export { ServiceOrder, ServiceOrderEvent, DeviceProjection, OutgoingMail, IdempotentRequest };

export const entities = [
  ServiceOrder,
  ServiceOrderEvent,
  DeviceProjection,
  OutgoingMail,
  IdempotentRequest,
];
