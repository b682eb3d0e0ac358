import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { Principal } from '../principal';
import { fromGlobalId, toGlobalId } from '../ids';
import { refused, unauthenticated, type UserError } from '../errors';
import type { DocumentExport, ExportFormat, TableExport } from './table-export';
import { ExportChunk, ExportJob } from './export-job.entity';
import { EXPORT_DOWNLOAD_PATH } from './download-path';

export { EXPORT_DOWNLOAD_PATH };

/** How long a download link opens the file. */
export const DOWNLOAD_LINK_MINUTES = 5;
/** How long a finished file is kept. */
const KEEP_HOURS = 24;
/** Bytes of the file per stored chunk. */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * Builds an export from its stored arguments for a principal: authorises, validates (throws
 * BAD_USER_INPUT) and scopes to what the principal may see. The subgraph owning the facts
 * supplies one per kind.
 */
export type ExportBuilder = (
  dataSource: DataSource,
  principal: Principal,
  args: Record<string, unknown>,
) => TableExport | DocumentExport;

export const isTable = (file: TableExport | DocumentExport): file is TableExport => 'sql' in file;

export type ExportBuilders = Record<string, ExportBuilder>;

export interface ExportJobPayload {
  exportJob: ExportJob | null;
  userErrors: UserError[];
}

export const requesterOf = (principal: Principal) =>
  `${principal.claims.kind}:${principal.claims.id}`;

/**
 * Export jobs as their requester sees them: asks for one (validated and authorised at once,
 * produced by ExportWorker), follows its progress, gets a short-lived download link.
 */
export class ExportJobs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly builders: ExportBuilders,
    /** Wakes the worker after the job is committed. */
    private readonly queued: () => void,
  ) {}

  async request(
    kind: string,
    format: ExportFormat,
    args: Record<string, unknown>,
  ): Promise<ExportJobPayload> {
    this.principal.requireSignedIn();
    const builder = this.builders[kind];
    if (!builder) throw new Error(`No export of ${kind} here.`);
    try {
      const file = builder(this.dataSource, this.principal, args);
      if (isTable(file) === (format === 'PDF'))
        return refused(
          'INVALID_EXPORT',
          ['input', 'format'],
          isTable(file) ? 'Choose CSV or XLSX.' : 'A statement is a PDF.',
          { exportJob: null },
        );
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT')
        return refused('INVALID_EXPORT', null, error.message, { exportJob: null });
      // An account the caller may not see is one that does not exist.
      if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND')
        return refused('NOT_FOUND', ['input', 'accountId'], error.message, { exportJob: null });
      throw error;
    }
    const now = new Date();
    const job = await this.dataSource.getRepository(ExportJob).save({
      id: randomUUID(),
      kind,
      format,
      arguments: args,
      requestedBy: this.principal.claims,
      requesterId: requesterOf(this.principal),
      status: 'QUEUED',
      rowsWritten: 0,
      rowsTotal: null,
      sizeBytes: null,
      attempts: 0,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
      expiresAt: new Date(now.getTime() + KEEP_HOURS * 3600_000),
      downloadTokenHash: null,
      downloadUntil: null,
    });
    this.queued();
    return { exportJob: job, userErrors: [] };
  }

  /** The caller's own job of one of `kinds`, else null (never another's, even as an error). */
  async byId(globalId: string, kinds: string[]): Promise<ExportJob | null> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const id = fromGlobalId('ExportJob', globalId);
    if (!id) return null;
    const job = await this.dataSource.getRepository(ExportJob).findOneBy({ id });
    return job && job.requesterId === requesterOf(this.principal) && kinds.includes(job.kind)
      ? job
      : null;
  }

  /**
   * A link that opens the finished file for DOWNLOAD_LINK_MINUTES, for the requester only
   * (the gateway passes the caller on); each asks replaces the previous link.
   */
  async downloadUrl(job: ExportJob, subgraph: string): Promise<string | null> {
    if (job.status !== 'DONE' || job.expiresAt < new Date()) return null;
    if (job.requesterId !== requesterOf(this.principal)) return null;
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.getRepository(ExportJob).update(job.id, {
      downloadTokenHash: hashOf(token),
      downloadUntil: new Date(Date.now() + DOWNLOAD_LINK_MINUTES * 60_000),
    });
    return `/exports/${subgraph}?job=${job.id}&token=${token}`;
  }
}

export const exportJobId = (job: ExportJob) => toGlobalId('ExportJob', job.id);

/** 0 to 1: the rows written of those counted; 1 when done. */
export function exportProgress(job: ExportJob): number {
  if (job.status === 'DONE') return 1;
  if (!job.rowsTotal) return 0;
  return Math.min(job.rowsWritten / job.rowsTotal, 1);
}

export const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A Writable that stores what it is given in CHUNK_BYTES pieces (export_chunk), so that the
 * file never sits whole in memory and any replica can serve it.
 */
export class ChunkStore extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  bytes = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobId: string,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (e?: Error | null) => void) {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.bytes += chunk.length;
    if (this.pendingBytes < CHUNK_BYTES) return done();
    this.store().then(() => done(), done);
  }

  override _final(done: (e?: Error | null) => void) {
    this.store().then(() => done(), done);
  }

  private async store(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.dataSource
      .getRepository(ExportChunk)
      .insert({ jobId: this.jobId, seq: this.seq++, data });
  }
}
