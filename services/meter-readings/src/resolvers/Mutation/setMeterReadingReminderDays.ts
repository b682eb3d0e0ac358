import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setMeterReadingReminderDays: MutationResolvers['setMeterReadingReminderDays'] = (
  _root,
  { daysBefore },
  { reminders },
) => reminders.setDays(daysBefore);
