import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { environment, Pump, queueMail, type BackgroundWorker } from '@portal/platform';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import { WebhookMessage } from '../entities/webhook-message.entity';
import { WebhookAttempt } from '../entities/webhook-attempt.entity';
import { WebhookSecret } from '../entities/webhook-secret.entity';
import { RoleGrant } from '../entities/role-grant.entity';
import { User } from '../entities/user.entity';
import { open } from '../domain/secret-box';
import { addressPolicy, type AddressPolicy } from './address-guard';
import { postMessage, type AttemptOutcome } from './sender';
import { signatureHeader } from './signing';
import { endpointDisabledMail } from './webhook-mails';

export const SECRET_PURPOSE = 'webhook-secret';

/** How the dispatcher retries; from the environment (WEBHOOK_*), tests give shorter ones. */
export interface DeliverySettings {
  policy: AddressPolicy;
  retryBaseMs: number;
  retryMaxMs: number;
  retryWindowMs: number;
  timeoutMs: number;
  concurrency: number;
  pollMs: number;
}

export function deliverySettings(): DeliverySettings {
  const env = environment();
  return {
    policy: addressPolicy(),
    retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
    retryMaxMs: env.WEBHOOK_RETRY_MAX_MS,
    retryWindowMs: env.WEBHOOK_RETRY_WINDOW_MS,
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    concurrency: env.WEBHOOK_CONCURRENCY,
    pollMs: env.EVENT_POLL_MS,
  };
}

/** The delay after the n-th failed attempt: base, 2 x base, 4 x base ... at most the maximum. */
export function retryDelay(failedAttempts: number, s: DeliverySettings): number {
  return Math.min(s.retryBaseMs * 2 ** Math.min(failedAttempts - 1, 40), s.retryMaxMs);
}

interface Claimed {
  id: string;
  endpoint_id: string;
  event_id: string;
  body: string;
  attempts: number;
  retry_since: Date;
  url: string;
  account_id: string;
}

interface Result {
  message: Claimed;
  attemptedAt: Date;
  outcome: AttemptOutcome;
}

/**
 * Delivers queued webhook messages at least once: claims due messages (never one while an
 * older message of the same endpoint and aggregate is pending, so an aggregate's events arrive
 * in order), POSTs them signed, logs every attempt, retries with exponential backoff for the
 * retry window, then fails the message and disables its endpoint with a mail to the account's
 * Administrators. A claim is a lease: a dispatcher that dies mid-batch leaves its messages to
 * be claimed again when the lease ends (the receiver may see them twice: at least once).
 */
export class WebhookDispatcher implements BackgroundWorker {
  private readonly pump: Pump;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
    private readonly settings: DeliverySettings = deliverySettings(),
  ) {
    this.pump = new Pump('webhooks', () => this.drain(), settings.pollMs, log);
  }

  start(): void {
    this.pump.start();
    void this.wakeForWaitingRetries();
  }
  wake(): void {
    this.pump.wake();
  }
  stop(): Promise<void> {
    return this.pump.stop();
  }
  /** Sends everything due now (tests and benchmarks). */
  flush(): Promise<void> {
    return this.pump.flush();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0) return;
      const secrets = await this.signingSecrets(claimed.map((m) => m.endpoint_id));
      const results = await Promise.all(
        claimed.map((message) => this.send(message, secrets.get(message.endpoint_id) ?? [])),
      );
      const retryDelays = await this.dataSource.transaction((manager) =>
        this.record(manager, results),
      );
      // Retries on time when the backoff is shorter than the poll.
      for (const ms of new Set(retryDelays)) this.pump.wakeAfter(ms);
    }
  }

  /**
   * Retries due before the first poll that an earlier process scheduled (one that stopped or
   * died): a wake when the first is due and one when the last of them is.
   */
  private async wakeForWaitingRetries(): Promise<void> {
    const message = this.dataSource.getRepository(WebhookMessage).metadata.tablePath;
    try {
      const [due] = (await this.dataSource.query(
        `SELECT ceil(EXTRACT(EPOCH FROM min(next_attempt_at) - now()) * 1000)::int AS first,
                ceil(EXTRACT(EPOCH FROM max(next_attempt_at) - now()) * 1000)::int AS last
           FROM ${message}
          WHERE status = 'PENDING' AND next_attempt_at > now()
            AND next_attempt_at < now() + $1 * interval '1 millisecond'`,
        [this.settings.pollMs],
      )) as { first: number | null; last: number | null }[];
      for (const ms of new Set([due?.first, due?.last])) if (ms != null) this.pump.wakeAfter(ms);
    } catch (error) {
      this.log.warn({ err: error }, 'could not read the waiting webhook retries; the poll will');
    }
  }

  private async claim(): Promise<Claimed[]> {
    const message = this.dataSource.getRepository(WebhookMessage).metadata.tablePath;
    const endpoint = this.dataSource.getRepository(WebhookEndpoint).metadata.tablePath;
    // An UPDATE answers [rows, affected count] through TypeORM's query().
    const [rows] = (await this.dataSource.query(
      `WITH due AS (
         SELECT m.id FROM ${message} m JOIN ${endpoint} e ON e.id = m.endpoint_id AND e.enabled
          WHERE m.status = 'PENDING' AND m.next_attempt_at <= now()
            AND (m.leased_until IS NULL OR m.leased_until < now())
            AND NOT EXISTS (SELECT 1 FROM ${message} p
                             WHERE p.endpoint_id = m.endpoint_id AND p.aggregate_id = m.aggregate_id
                               AND p.status = 'PENDING' AND p.id < m.id)
          ORDER BY m.id LIMIT $1 FOR UPDATE OF m SKIP LOCKED)
       UPDATE ${message} m SET leased_until = now() + $2 * interval '1 millisecond'
         FROM due, ${endpoint} e WHERE m.id = due.id AND e.id = m.endpoint_id
       RETURNING m.id, m.endpoint_id, m.event_id, m.body, m.attempts, m.retry_since, e.url,
                 e.account_id`,
      [this.settings.concurrency, this.settings.timeoutMs * 2 + 5000],
    )) as [Claimed[], number];
    return rows;
  }

  /** Every secret that signs now, per endpoint: the current one and a rotated-out one in overlap. */
  private async signingSecrets(endpointIds: string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource
      .getRepository(WebhookSecret)
      .createQueryBuilder('s')
      .where('s.endpoint_id = ANY(:ids) AND (s.expires_at IS NULL OR s.expires_at > now())', {
        ids: [...new Set(endpointIds)],
      })
      .orderBy('s.id', 'DESC')
      .getMany();
    const secrets = new Map<string, string[]>();
    for (const row of rows)
      secrets.set(row.endpointId, [
        ...(secrets.get(row.endpointId) ?? []),
        open(SECRET_PURPOSE, row.sealed),
      ]);
    return secrets;
  }

  private async send(message: Claimed, secrets: string[]): Promise<Result> {
    const attemptedAt = new Date();
    const id = `msg_${message.event_id}`;
    const outcome = await postMessage(
      message.url,
      {
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(attemptedAt.getTime() / 1000)),
        'webhook-signature': signatureHeader(secrets, id, attemptedAt, message.body),
      },
      message.body,
      this.settings.policy,
      this.settings.timeoutMs,
    );
    return { message, attemptedAt, outcome };
  }

  /** Logs the attempts and each message's outcome; answers the delays of the retries. */
  private async record(manager: EntityManager, results: Result[]): Promise<number[]> {
    await manager.insert(
      WebhookAttempt,
      results.map(({ message, attemptedAt, outcome }) => ({
        messageId: message.id,
        attemptedAt,
        statusCode: outcome.statusCode,
        durationMs: outcome.durationMs,
        responseExcerpt: outcome.responseExcerpt,
        error: outcome.error,
      })),
    );
    const failedFor = new Set<Claimed>();
    const updates = results.map(({ message, outcome }) => {
      const attempts = message.attempts + 1;
      const ok =
        outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
      const delay = retryDelay(attempts, this.settings);
      const givenUp =
        !ok && message.retry_since.getTime() + this.settings.retryWindowMs < Date.now() + delay;
      if (givenUp) failedFor.add(message);
      return {
        id: message.id,
        attempts,
        status: ok ? 'DELIVERED' : givenUp ? 'FAILED' : 'PENDING',
        delay,
      };
    });
    const table = manager.getRepository(WebhookMessage).metadata.tablePath;
    await manager.query(
      `UPDATE ${table} m SET attempts = u.attempts, status = u.status, leased_until = NULL,
              delivered_at = CASE WHEN u.status = 'DELIVERED' THEN now() ELSE m.delivered_at END,
              next_attempt_at = now() + u.delay * interval '1 millisecond'
         FROM json_to_recordset($1::json) AS u(id bigint, attempts int, status text, delay bigint)
        WHERE m.id = u.id`,
      [JSON.stringify(updates)],
    );
    for (const message of failedFor) await this.disable(manager, message);
    return updates.filter((u) => u.status === 'PENDING').map((u) => u.delay);
  }

  /** Persistent failure: the endpoint stops receiving until an Administrator enables it again. */
  private async disable(manager: EntityManager, message: Claimed): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(WebhookEndpoint)
      .set({ enabled: false, disabledReason: 'PERSISTENT_FAILURE' })
      .where('id = :id AND enabled', { id: message.endpoint_id })
      .execute();
    if (!result.affected) return;
    this.log.warn({ endpoint: message.endpoint_id }, 'webhook endpoint disabled after failures');
    const administrators = await manager
      .createQueryBuilder(User, 'u')
      .innerJoin(RoleGrant, 'g', 'g.user_id = u.id')
      .where(
        `g.account_id = :account AND g.role = 'ADMINISTRATOR' AND u.status = 'ACTIVE'
         AND u.email_confirmed_at IS NOT NULL`,
        { account: message.account_id },
      )
      .getMany();
    for (const user of administrators)
      await queueMail(
        manager,
        user.email,
        endpointDisabledMail(user.language, user.name, message.url),
      );
  }
}
