import type { DataSource } from 'typeorm';
import { rebuildShipmentMonths } from './domain/shipment-rollup';

/** `npm run rollups:rebuild`: toner's rollups counted again from the shipments. */
export async function rebuildRollups(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (manager) => {
    // A rebuild reads every fact: an operator's command, not a request with a request's limit.
    await manager.query(`SET LOCAL statement_timeout = 0`);
    return {
      shipment_month: await rebuildShipmentMonths(manager),
    };
  });
}
