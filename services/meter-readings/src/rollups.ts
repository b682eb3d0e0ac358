import type { DataSource } from 'typeorm';
import { rebuildUsageMonths } from './domain/usage-rollup';
import { rebuildBillingPeriods } from './domain/billing-period-rollup';

/** `npm run rollups:rebuild`: meter readings' rollups counted again from the readings. */
export async function rebuildRollups(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (manager) => {
    // A rebuild reads every fact: an operator's command, not a request with a request's limit.
    await manager.query(`SET LOCAL statement_timeout = 0`);
    return {
      meter_usage_month: await rebuildUsageMonths(manager),
      // Counted from the usage rollup just rebuilt.
      ...(await rebuildBillingPeriods(manager)),
    };
  });
}
