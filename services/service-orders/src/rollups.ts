import type { DataSource } from 'typeorm';
import { rebuildOrderDays } from './domain/order-rollup';

/** `npm run rollups:rebuild`: service orders' rollups counted again from the orders. */
export async function rebuildRollups(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (manager) => ({
    service_order_day: await rebuildOrderDays(manager),
  }));
}
