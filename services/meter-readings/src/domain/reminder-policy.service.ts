import type { DataSource } from 'typeorm';
import { forbidden, refused, type Principal, type UserError } from '@portal/platform';
import { ReadingReminderPolicy } from '../entities/reading-reminder.entity';
import { DEFAULT_REMINDER_DAYS } from './reading-reminders';

const MIN_DAYS = 1;
const MAX_DAYS = 60;

/** An organisation's reading reminder lead time: its Administrators read and set it. */
export class ReminderPolicyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  async days(): Promise<number> {
    const organizationId = this.administeredOrganization();
    const policy = await this.repository().findOneBy({ organizationId });
    return policy?.daysBefore ?? DEFAULT_REMINDER_DAYS;
  }

  async setDays(days: number): Promise<{ daysBefore: number; userErrors: UserError[] }> {
    const organizationId = this.administeredOrganization();
    if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS)
      return refused(
        'INVALID_INPUT',
        ['daysBefore'],
        `Give a number of days from ${MIN_DAYS} to ${MAX_DAYS}.`,
        { daysBefore: await this.days() },
      );
    await this.repository().upsert({ organizationId, daysBefore: days }, ['organizationId']);
    return { daysBefore: days, userErrors: [] };
  }

  /** The caller's organisation, when the caller administers one of its accounts. */
  private administeredOrganization(): string {
    this.principal.requireSignedIn();
    const organizationId = this.principal.organizationId;
    if (!organizationId || this.principal.accountsWhere('ADMINISTRATOR').length === 0)
      throw forbidden();
    return organizationId;
  }

  private repository() {
    return this.dataSource.getRepository(ReadingReminderPolicy);
  }
}
