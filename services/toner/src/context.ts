import type { BaseContext } from '@portal/platform';
import type { StockLocationService } from './domain/stock-location.service';
import type { ShipmentService } from './domain/shipment.service';
import type { TonerAlertService } from './domain/toner-alert.service';
import type { SupplyOrderService } from './domain/supply-order.service';
import type { StockLevelTargetService } from './domain/stock-level-targets.service';
import type { ReplenishmentAnalytics } from './domain/replenishment-analytics';

export interface TonerContext extends BaseContext {
  stockLocations: StockLocationService;
  shipments: ShipmentService;
  tonerAlerts: TonerAlertService;
  supplyOrders: SupplyOrderService;
  stockLevelTargets: StockLevelTargetService;
  /** Replenishment volume per month and location, from the monthly rollup. */
  analytics: ReplenishmentAnalytics;
}
