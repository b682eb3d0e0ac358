import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { AccountProjectionBase } from '@portal/event-contracts';

/**
 * A reminder sent for one device, owed period and stage: the reminder job claims its work by
 * inserting these (so every replica may run it, and nobody is reminded twice).
 */
@Entity('reading_reminder')
export class ReadingReminder {
  @PrimaryColumn({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  @PrimaryColumn({ name: 'period_start', type: 'date' })
  periodStart: string;

  @PrimaryColumn({ type: 'text' })
  stage: 'DUE' | 'OVERDUE';

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}

/** How many days before a period's last day an organisation is reminded (default 10). */
@Entity('reading_reminder_policy')
export class ReadingReminderPolicy {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'days_before', type: 'int' })
  daysBefore: number;
}

/** Which organisation an account belongs to (identity's AccountOpened): whose policy applies. */
@Entity('account_projection')
export class AccountProjection extends AccountProjectionBase {}
