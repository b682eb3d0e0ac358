import type { BaseContext } from '@portal/platform';
import type { MeterReadingService } from './domain/meter-reading.service';
import type { ReadingCorrections } from './domain/reading-corrections';
import type { ReminderPolicyService } from './domain/reminder-policy.service';
import type { FleetAnalytics } from './domain/fleet-analytics';

export interface MeterReadingsContext extends BaseContext {
  /** Reads and submissions. */
  readings: MeterReadingService;
  /** The service centre's corrections, voids and reviews. */
  corrections: ReadingCorrections;
  /** The organisation's reading reminder lead time. */
  reminders: ReminderPolicyService;
  /** Printed volume and missing readings, from the monthly rollup. */
  analytics: FleetAnalytics;
}
