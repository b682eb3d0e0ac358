import type { DataSource } from 'typeorm';
import { rebuildUsageMonths } from './domain/usage-rollup';

/** `npm run rollups:rebuild`: meter readings' rollups counted again from the readings. */
export async function rebuildRollups(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (manager) => ({
    meter_usage_month: await rebuildUsageMonths(manager),
  }));
}
