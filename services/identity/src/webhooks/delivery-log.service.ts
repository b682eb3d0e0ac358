import { In, type DataSource } from 'typeorm';
import {
  decodeCursor,
  groupByKeys,
  pageSize,
  refused,
  toConnection,
  toGlobalId,
  typeOfGlobalId,
  type Connection,
  type RequestLoaders,
  type UserError,
} from '@portal/platform';
import { WebhookMessage } from '../entities/webhook-message.entity';
import { WebhookAttempt } from '../entities/webhook-attempt.entity';
import type { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import type { WebhookEndpointService } from './endpoint.service';

export interface RedeliveryPayload {
  delivery: WebhookMessage | null;
  userErrors: UserError[];
}

/**
 * An endpoint's delivery log (each message with its attempts) and manual redelivery. Reached
 * only through an endpoint the caller administers (WebhookEndpointService.find).
 */
export class WebhookDeliveryLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly endpoints: WebhookEndpointService,
    private readonly loaders: RequestLoaders,
    /** Wakes the dispatcher after the commit. */
    private readonly wake: () => void,
  ) {}

  /** Newest first. */
  async deliveries(
    endpoint: WebhookEndpoint,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<WebhookMessage>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const query = this.dataSource
      .getRepository(WebhookMessage)
      .createQueryBuilder('m')
      .where('m.endpoint_id = :id', { id: endpoint.id });
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('m.id < :after', { after: String(cursor[0]) });
    const rows = await query
      .orderBy('m.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, (m) => [m.id], totalCount);
  }

  /** A message's attempts, oldest first (one query for every message of the page). */
  attempts(message: WebhookMessage): Promise<WebhookAttempt[]> {
    return this.loaders
      .get<string, WebhookAttempt[]>('webhook-attempts', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(WebhookAttempt)
            .find({ where: { messageId: In([...ids]) }, order: { id: 'ASC' } }),
          (a) => a.messageId,
        ),
      )
      .load(message.id);
  }

  /**
   * Sends a message again now (also one delivered or failed), with a fresh retry window. Its
   * endpoint must be enabled: a disabled one sends nothing.
   */
  async redeliver(globalId: string): Promise<RedeliveryPayload> {
    this.endpoints.administeredAccounts();
    const message = await this.findMessage(globalId);
    const endpoint = message ? await this.endpoints.find(endpointGlobalId(message)) : null;
    if (!message || !endpoint)
      return refused('NOT_FOUND', ['deliveryId'], 'No such delivery.', { delivery: null });
    if (!endpoint.enabled)
      return refused('ENDPOINT_DISABLED', ['deliveryId'], 'Enable the endpoint first.', {
        delivery: null,
      });
    await this.dataSource
      .getRepository(WebhookMessage)
      .createQueryBuilder()
      .update()
      .set({
        status: 'PENDING',
        nextAttemptAt: () => 'now()',
        retrySince: () => 'now()',
        leasedUntil: null,
      })
      .where('id = :id', { id: message.id })
      .execute();
    // Read before waking the sender: the answer is the queued message, not a race with it.
    const delivery = await this.dataSource
      .getRepository(WebhookMessage)
      .findOneByOrFail({ id: message.id });
    this.wake();
    return { delivery, userErrors: [] };
  }

  private async findMessage(globalId: string): Promise<WebhookMessage | null> {
    const id = deliveryId(globalId);
    return id ? this.dataSource.getRepository(WebhookMessage).findOneBy({ id }) : null;
  }
}

export function endpointGlobalId(message: WebhookMessage): string {
  return toGlobalId('WebhookEndpoint', message.endpointId);
}

/** The local id of a delivery's global id (a number), or null. */
function deliveryId(globalId: string): string | null {
  if (typeOfGlobalId(globalId) !== 'WebhookDelivery') return null;
  const local = Buffer.from(globalId, 'base64url')
    .toString('utf8')
    .slice('WebhookDelivery:'.length);
  return /^[0-9]{1,18}$/.test(local) ? local : null;
}
