import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const meterReadingReminderDays: QueryResolvers['meterReadingReminderDays'] = (
  _root,
  _args,
  { reminders },
) => reminders.days();
