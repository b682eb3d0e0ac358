import type { BaseContext } from '@portal/platform';
import type { ServiceOrderService } from './domain/service-order.service';

export interface ServiceOrdersContext extends BaseContext {
  serviceOrders: ServiceOrderService;
}
