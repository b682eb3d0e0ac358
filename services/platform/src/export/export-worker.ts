import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Pump } from '../events/pump';
import { Principal } from '../principal';
import { sendJson } from '../server/http';
import type { BackgroundWorker, RouteHandler } from '../server/subgraph-server';
import { writeTableExport } from './table-export';
import { ExportChunk, ExportJob } from './export-job.entity';
import { ChunkStore, hashOf, isTable, requesterOf, type ExportBuilders } from './export-jobs';

/** A run that has not finished after this is taken to have died with its replica. */
const STALE_RUN = '20 minutes';
const MAX_ATTEMPTS = 3;
/** Rows between two progress writes. */
const PROGRESS_EVERY = 5000;

const CONTENT_TYPE = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PDF: 'application/pdf',
};

/**
 * Produces queued exports, one at a time per replica: claims a job (SKIP LOCKED, so replicas
 * share the queue), counts its rows, streams the file into export_chunk, and records progress
 * as it goes. Also removes expired files.
 */
export class ExportWorker implements BackgroundWorker {
  private readonly pump: Pump;

  constructor(
    private readonly dataSource: DataSource,
    private readonly builders: ExportBuilders,
    private readonly log: Logger,
  ) {
    this.pump = new Pump('exports', () => this.drain(), 10_000, log);
  }

  start(): void {
    this.pump.start();
  }
  wake(): void {
    this.pump.wake();
  }
  flush(): Promise<void> {
    return this.pump.flush();
  }
  stop(): Promise<void> {
    return this.pump.stop();
  }

  private async drain(): Promise<void> {
    await this.removeExpired();
    for (let job = await this.claim(); job; job = await this.claim()) await this.produce(job);
  }

  private async claim(): Promise<ExportJob | null> {
    const jobs = this.dataSource.getRepository(ExportJob).metadata.tablePath;
    const [rows]: [{ id: string }[]] = await this.dataSource.query(
      `UPDATE ${jobs} SET status = 'RUNNING', started_at = now(), attempts = attempts + 1
        WHERE id = (SELECT id FROM ${jobs}
                     WHERE (status = 'QUEUED' OR (status = 'RUNNING'
                            AND started_at < now() - interval '${STALE_RUN}'))
                       AND attempts < ${MAX_ATTEMPTS}
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
    );
    const id = rows[0]?.id;
    return id ? this.dataSource.getRepository(ExportJob).findOneByOrFail({ id }) : null;
  }

  private async produce(job: ExportJob): Promise<void> {
    const jobs = this.dataSource.getRepository(ExportJob);
    try {
      // An earlier, interrupted run's pieces go first.
      await this.dataSource.getRepository(ExportChunk).delete({ jobId: job.id });
      const file = this.builders[job.kind]!(
        this.dataSource,
        new Principal(job.requestedBy),
        job.arguments,
      );
      const count = isTable(file)
        ? (
            (await this.dataSource.query(
              `SELECT count(*)::int AS count FROM (${file.sql}) rows`,
              file.params,
            )) as { count: number }[]
          )[0]!.count
        : await file.count();
      await jobs.update(job.id, { rowsTotal: count });
      const store = new ChunkStore(this.dataSource, job.id);
      let reported = 0;
      const progress = (n: number) => {
        if (n - reported < PROGRESS_EVERY) return;
        reported = n;
        void jobs.update(job.id, { rowsWritten: n }).catch(() => undefined);
      };
      const rows = isTable(file)
        ? await writeTableExport(this.dataSource, file, job.format, store, progress)
        : await file.write(store, progress);
      await jobs.update(job.id, {
        status: 'DONE',
        rowsWritten: rows,
        sizeBytes: String(store.bytes),
        finishedAt: new Date(),
      });
    } catch (error) {
      this.log.error({ err: error, exportJob: job.id }, 'export failed');
      await jobs.update(job.id, { status: 'FAILED', finishedAt: new Date() });
    }
  }

  private async removeExpired(): Promise<void> {
    const jobs = this.dataSource.getRepository(ExportJob).metadata.tablePath;
    const chunks = this.dataSource.getRepository(ExportChunk).metadata.tablePath;
    await this.dataSource.query(
      `WITH expired AS (DELETE FROM ${jobs} WHERE expires_at < now() RETURNING id)
       DELETE FROM ${chunks} WHERE job_id IN (SELECT id FROM expired)`,
    );
  }
}

/**
 * Serves a finished export's file to its requester holding a valid download link, streamed
 * chunk by chunk; anything else answers 404 alike.
 */
export function exportDownloadRoute(): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse, caller, dataSource) => {
    const query = new URL(req.url ?? '/', 'http://subgraph').searchParams;
    const id = query.get('job') ?? '';
    const token = query.get('token') ?? '';
    const job = /^[0-9a-f-]{36}$/.test(id)
      ? await dataSource.getRepository(ExportJob).findOneBy({ id })
      : null;
    if (
      !job ||
      job.status !== 'DONE' ||
      job.requesterId !== requesterOf(caller) ||
      !job.downloadTokenHash ||
      job.downloadTokenHash !== hashOf(token) ||
      !job.downloadUntil ||
      job.downloadUntil < new Date()
    )
      return sendJson(res, 404, { error: 'not found' });
    res.writeHead(200, {
      'content-type': CONTENT_TYPE[job.format],
      'content-length': job.sizeBytes ?? '0',
      'content-disposition': `attachment; filename="${fileNameOf(job)}"`,
      'cache-control': 'no-store',
    });
    const chunks = dataSource.getRepository(ExportChunk);
    await pipeline(async function* () {
      // One piece in memory at a time.
      for (let seq = 0; ; seq++) {
        const chunk = await chunks.findOneBy({ jobId: job.id, seq });
        if (!chunk) return;
        yield chunk.data;
      }
    }, res);
  };
}

/** e.g. service-orders-2026-12-02.xlsx */
function fileNameOf(job: ExportJob): string {
  const kind = job.kind.toLowerCase().replace(/_/g, '-');
  return `${kind}-${job.createdAt.toISOString().slice(0, 10)}.${job.format.toLowerCase()}`;
}
