import type { ExportBuilders } from '@portal/platform';
import { ServiceLevelAnalytics } from './domain/service-level-analytics';
import { ordersExport } from './domain/order-export';

interface Period {
  from: string;
  to: string;
  accountId?: string | null;
}

/** What service-orders exports in the background: orders, scoped as serviceOrderAnalytics. */
export const backgroundExports: ExportBuilders = {
  SERVICE_ORDERS: (dataSource, principal, args) => {
    const { from, to, accountId } = args as unknown as Period;
    return ordersExport(
      dataSource,
      new ServiceLevelAnalytics(dataSource, principal).scope(from, to, accountId),
    );
  },
};
