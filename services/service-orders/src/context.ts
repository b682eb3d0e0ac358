import type { BaseContext } from '@portal/platform';
import type { ServiceOrderService } from './domain/service-order.service';
import type { ServiceOrderWorkflow } from './domain/service-order-workflow';
import type { ServiceLevelAnalytics } from './domain/service-level-analytics';

export interface ServiceOrdersContext extends BaseContext {
  serviceOrders: ServiceOrderService;
  /** Creating orders and moving them along the lifecycle. */
  orderWorkflow: ServiceOrderWorkflow;
  /** Response-time analytics from the daily rollup. */
  analytics: ServiceLevelAnalytics;
}
