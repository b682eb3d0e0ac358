import { gql } from 'graphql-tag';
import { ScheduledJob, subgraphSdl, type SubgraphDefinition } from '@portal/platform';
import { entities, migrations } from './database';
import { resolvers } from './resolvers';
import { MeterReadingService } from './domain/meter-reading.service';
import { ReadingCorrections } from './domain/reading-corrections';
import { FleetAnalytics } from './domain/fleet-analytics';
import { consumers } from './events';
import { ReminderPolicyService } from './domain/reminder-policy.service';
import { sendReadingReminders } from './domain/reading-reminders';
import type { MeterReadingsContext } from './context';
import { backgroundExports } from './exports';

export const typeDefs = gql(subgraphSdl('meter-readings', __dirname));

/** The meter readings subgraph: readings that drive billing, exactly once, with due dates. */
export const meterReadings: SubgraphDefinition<MeterReadingsContext> = {
  name: 'meter-readings',
  typeDefs,
  resolvers,
  entities,
  migrations,
  exports: backgroundExports,
  context: (base) => ({
    ...base,
    readings: new MeterReadingService(
      base.dataSource,
      base.principal,
      base.loaders,
      base.eventsRecorded,
    ),
    corrections: new ReadingCorrections(base.dataSource, base.principal, base.eventsRecorded),
    reminders: new ReminderPolicyService(base.dataSource, base.principal),
    analytics: new FleetAnalytics(base.dataSource, base.principal),
  }),
  consumers,
  workers: (dataSource, log) => [
    new ScheduledJob(
      'reading-reminders',
      async () => {
        await sendReadingReminders(dataSource);
      },
      log,
    ),
  ],
};
