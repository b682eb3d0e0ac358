import type { ExportBuilders } from '@portal/platform';
import { ReplenishmentAnalytics } from './domain/replenishment-analytics';
import { shipmentsExport } from './domain/shipment-export';

interface Period {
  from: string;
  to: string;
  accountId?: string | null;
}

/** What toner exports in the background: shipments, scoped as replenishmentAnalytics. */
export const backgroundExports: ExportBuilders = {
  SHIPMENTS: (dataSource, principal, args) => {
    const { from, to, accountId } = args as unknown as Period;
    return shipmentsExport(
      dataSource,
      new ReplenishmentAnalytics(dataSource, principal).scope(from, to, accountId),
    );
  },
};
