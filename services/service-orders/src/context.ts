import type { BaseContext } from '@portal/platform';
import type { ServiceOrderService } from './domain/service-order.service';
import type { ServiceLevelAnalytics } from './domain/service-level-analytics';

export interface ServiceOrdersContext extends BaseContext {
  serviceOrders: ServiceOrderService;
  /** Response-time analytics from the daily rollup. */
  analytics: ServiceLevelAnalytics;
}
