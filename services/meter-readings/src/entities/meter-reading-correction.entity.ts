import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MeterReadingCorrectionKind, MeterType } from '@portal/event-contracts';

export interface CorrectionValue {
  meter: MeterType;
  value: number;
}

/** A service agent's correction or voiding of an accepted reading, with the reason. */
@Entity('meter_reading_correction')
@Index('meter_reading_correction_device', ['deviceId', 'correctedAt'])
export class MeterReadingCorrection {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'reading_id', type: 'uuid' })
  readingId: string;

  @Column({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  /** YYYY-MM-DD: the corrected reading's day. */
  @Column({ name: 'reading_date', type: 'date' })
  readingDate: string;

  @Column({ type: 'text' })
  kind: MeterReadingCorrectionKind;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'previous_values', type: 'jsonb' })
  previousValues: CorrectionValue[];

  /** Empty when voided. */
  @Column({ type: 'jsonb' })
  values: CorrectionValue[];

  @Column({ name: 'corrected_by', type: 'text' })
  correctedBy: string;

  @Column({ name: 'corrected_by_name', type: 'text', nullable: true })
  correctedByName: string | null;

  @Column({ name: 'corrected_at', type: 'timestamptz' })
  correctedAt: Date;
}

/** The entity as the resolver types map it (the GraphQL type has the same name). */
export type CorrectionRow = MeterReadingCorrection;
