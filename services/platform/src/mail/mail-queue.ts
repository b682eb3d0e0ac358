import type { DataSource, EntityManager } from 'typeorm';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { environment } from '../environment';
import { Pump } from '../events/pump';
import { OutgoingMail } from './outgoing-mail.entity';
import { oneLine } from './mail-body';
/**
 * A mail as a subgraph writes it: a subject and the body's plain-text and HTML parts (build the
 * body with mailBody, which escapes what users typed).
 */
export interface MailText {
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
}

/** Queues a mail in the caller's transaction; the mail pump sends it after the commit. */
export async function queueMail(manager: EntityManager, to: string, mail: MailText): Promise<void> {
  await manager.insert(OutgoingMail, {
    to,
    subject: oneLine(mail.subject),
    text: mail.text,
    html: mail.html,
    headers: mail.headers ? oneLineHeaders(mail.headers) : null,
  });
}

function oneLineHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, oneLine(v)]));
}

const BATCH = 20;
const MAX_ATTEMPTS = 10;

/** Sends queued mail over SMTP, at least once; a failed send stays queued and is retried. */
export class MailPump {
  private readonly pump: Pump;
  private transport?: Transporter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
  ) {
    this.pump = new Pump('mail', () => this.drain(), 1000, log);
  }

  start(): void {
    this.pump.start();
  }
  wake(): void {
    this.pump.wake();
  }
  stop(): Promise<void> {
    return this.pump.stop();
  }

  private async drain(): Promise<void> {
    const env = environment();
    if (!env.SMTP_URL || !(await this.anythingToSend())) return;
    await this.dataSource.transaction(async (manager) => {
      const mails = await manager
        .createQueryBuilder(OutgoingMail, 'm')
        .where('m.sent_at IS NULL AND m.attempts < :max', { max: MAX_ATTEMPTS })
        .orderBy('m.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      // nodemailer (~40 modules) is loaded by the first mail to send, not by every process or
      // test file whose queue stays empty.
      if (mails.length > 0)
        this.transport ??= (await import('nodemailer')).createTransport(env.SMTP_URL);
      for (const mail of mails) {
        try {
          await this.transport!.sendMail({
            from: env.MAIL_FROM,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html ?? undefined,
            headers: mail.headers ?? undefined,
          });
          await manager.update(OutgoingMail, mail.id, {
            sentAt: new Date(),
            attempts: mail.attempts + 1,
          });
        } catch (error) {
          this.log.warn({ err: error, mail: mail.id }, 'mail not sent; will retry');
          await manager.update(OutgoingMail, mail.id, {
            attempts: mail.attempts + 1,
            lastError: String(error),
          });
        }
      }
    });
  }

  /** Most runs find nothing to send: a plain read, no transaction and no lock. */
  private async anythingToSend(): Promise<boolean> {
    const table = this.dataSource.getRepository(OutgoingMail).metadata.tablePath;
    const [row] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM ${table} WHERE sent_at IS NULL AND attempts < $1) AS queued`,
      [MAX_ATTEMPTS],
    )) as { queued: boolean }[];
    return row?.queued === true;
  }
}
