import type { ExportBuilders } from '@portal/platform';
import { FleetAnalytics } from './domain/fleet-analytics';
import { readingsExport } from './domain/reading-export';
import { usageStatement, type StatementRequest } from './domain/usage-statement';

interface Period {
  from: string;
  to: string;
  accountId?: string | null;
}

/** What meter-readings exports in the background: readings, scoped as printVolume; statements. */
export const backgroundExports: ExportBuilders = {
  METER_READINGS: (dataSource, principal, args) => {
    const { from, to, accountId } = args as unknown as Period;
    return readingsExport(
      dataSource,
      new FleetAnalytics(dataSource, principal).scope(from, to, accountId),
    );
  },
  METER_USAGE_STATEMENT: (dataSource, principal, args) =>
    usageStatement(dataSource, principal, args as unknown as StatementRequest),
};
