import type { DataSource } from 'typeorm';
import { rebuildOrderDays } from './domain/order-rollup';
import { rebuildAccountDays } from './domain/account-day-rollup';

/** `npm run rollups:rebuild`: service orders' rollups counted again from the orders. */
export async function rebuildRollups(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (manager) => {
    // A rebuild reads every fact: an operator's command, not a request with a request's limit.
    await manager.query(`SET LOCAL statement_timeout = 0`);
    return {
      service_order_day: await rebuildOrderDays(manager),
      // Summed from the device days just rebuilt.
      service_order_account_day: await rebuildAccountDays(manager),
    };
  });
}
