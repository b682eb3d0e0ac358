import type { DataSource } from 'typeorm';
import { rebuildShipmentMonths } from './domain/shipment-rollup';

/** `npm run rollups:rebuild`: toner's rollups counted again from the shipments. */
export async function rebuildRollups(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (manager) => ({
    shipment_month: await rebuildShipmentMonths(manager),
  }));
}
