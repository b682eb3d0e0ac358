import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PrincipalClaims } from '../principal';
import type { ExportFormat } from './table-export';

export type ExportStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/**
 * An export produced in the background by the subgraph owning its facts; the file lands in
 * export_chunk, in the same database, so that every replica can serve it.
 */
@Entity('export_job')
@Index('export_job_queued', ['createdAt'], { where: `status = 'QUEUED'` })
export class ExportJob {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** What is exported (DEVICES, METER_READINGS, SERVICE_ORDERS, SHIPMENTS). */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  format: ExportFormat;

  /** The request's arguments (period, account, filter), validated when asked. */
  @Column({ name: 'arguments', type: 'jsonb' })
  arguments: Record<string, unknown>;

  /** The requester as it was when asking: the file holds what it could see then. */
  @Column({ name: 'requested_by', type: 'jsonb' })
  requestedBy: PrincipalClaims;

  /** `<kind>:<id>` of the requester: only it follows the job and downloads the file. */
  @Column({ name: 'requester_id', type: 'text' })
  requesterId: string;

  @Column({ type: 'text', default: 'QUEUED' })
  status: ExportStatus;

  @Column({ name: 'rows_written', type: 'int', default: 0 })
  rowsWritten: number;

  /** Counted when the worker starts; null before. */
  @Column({ name: 'rows_total', type: 'int', nullable: true })
  rowsTotal: number | null;

  @Column({ name: 'size_bytes', type: 'bigint', nullable: true })
  sizeBytes: string | null;

  /** Runs begun: a run a stopped replica left behind is taken up again, a few times. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** The file is removed after this. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** SHA-256 of the newest download link's token, and until when it opens the file. */
  @Column({ name: 'download_token_hash', type: 'text', nullable: true })
  downloadTokenHash: string | null;

  @Column({ name: 'download_until', type: 'timestamptz', nullable: true })
  downloadUntil: Date | null;
}

/** A piece of an export's file, in order of `seq`. */
@Entity('export_chunk')
export class ExportChunk {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'bytea' })
  data: Buffer;
}
