import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { forbidden, fromGlobalId, refused, type Principal, type UserError } from '@portal/platform';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import { WebhookSecret } from '../entities/webhook-secret.entity';
import { WebhookMessage } from '../entities/webhook-message.entity';
import { WebhookAttempt } from '../entities/webhook-attempt.entity';
import { Account } from '../entities/account.entity';
import { seal } from '../domain/secret-box';
import { audit } from '../domain/audit';
import { AddressRefused, checkEndpointUrl, type AddressPolicy } from './address-guard';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './event-types';
import { newEndpointSecret } from './signing';
import { SECRET_PURPOSE } from './dispatcher';

export interface EndpointPayload {
  endpoint: WebhookEndpoint | null;
  userErrors: UserError[];
}
export interface EndpointSecretPayload extends EndpointPayload {
  /** Shown once: at creation and at each rotation. */
  secret: string | null;
}

export interface EndpointInput {
  url?: string | null;
  description?: string | null;
  eventTypes?: readonly string[] | null;
}

const NONE = { endpoint: null, secret: null };
const MAX_ENDPOINTS_PER_ACCOUNT = 20;

/**
 * Partner webhook endpoints: registered, changed, rotated and removed by the Administrators of
 * the account (users or API keys holding that role). Another account's endpoint is "not
 * found", exactly like one that does not exist.
 */
export class WebhookEndpointService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly policy: AddressPolicy,
    private readonly secretOverlapMs: number,
  ) {}

  /** The endpoints of the accounts the caller administers (or of one of them). */
  async list(accountGlobalId: string | null | undefined): Promise<WebhookEndpoint[]> {
    const administered = this.administeredAccounts();
    const accountIds =
      accountGlobalId === null || accountGlobalId === undefined
        ? administered
        : administered.filter((id) => id === fromGlobalId('Account', accountGlobalId));
    if (accountIds.length === 0) return [];
    return this.dataSource
      .getRepository(WebhookEndpoint)
      .find({ where: { accountId: In(accountIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** One endpoint, or null when it is not one of an account the caller administers. */
  async find(globalId: string): Promise<WebhookEndpoint | null> {
    const administered = this.administeredAccounts();
    const id = fromGlobalId('WebhookEndpoint', globalId);
    if (!id) return null;
    const endpoint = await this.dataSource.getRepository(WebhookEndpoint).findOneBy({ id });
    return endpoint && administered.includes(endpoint.accountId) ? endpoint : null;
  }

  async create(input: EndpointInput & { accountId: string }): Promise<EndpointSecretPayload> {
    const administered = this.administeredAccounts();
    const accountId = fromGlobalId('Account', input.accountId);
    if (!accountId || !administered.includes(accountId))
      return refused(
        'ACCOUNT_NOT_FOUND',
        ['input', 'accountId'],
        'No such account among the ones you administer.',
        NONE,
      );
    const checked = await this.checkInput(input, true);
    if ('userErrors' in checked) return { ...NONE, userErrors: checked.userErrors };
    const secret = newEndpointSecret();
    const endpoint = await this.dataSource.transaction(async (manager) => {
      // The account's row, locked: two creations at once cannot both pass the limit.
      await manager.findOne(Account, {
        where: { id: accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if ((await manager.countBy(WebhookEndpoint, { accountId })) >= MAX_ENDPOINTS_PER_ACCOUNT)
        return null;
      const created = await manager.save(WebhookEndpoint, {
        id: randomUUID(),
        accountId,
        url: checked.url!,
        description: checked.description ?? '',
        eventTypes: checked.eventTypes!,
        enabled: true,
        disabledReason: null,
        createdBy: this.principal.actor,
      });
      await manager.insert(WebhookSecret, {
        endpointId: created.id,
        sealed: seal(SECRET_PURPOSE, secret),
        expiresAt: null,
      });
      await this.audit(manager, 'webhook-endpoint.created', created);
      return created;
    });
    if (!endpoint)
      return refused(
        'TOO_MANY_ENDPOINTS',
        ['input', 'accountId'],
        `An account has at most ${MAX_ENDPOINTS_PER_ACCOUNT} endpoints.`,
        NONE,
      );
    return { endpoint, secret, userErrors: [] };
  }

  async update(
    input: EndpointInput & { id: string; enabled?: boolean | null },
  ): Promise<EndpointPayload> {
    const endpoint = await this.find(input.id);
    if (!endpoint)
      return refused('NOT_FOUND', ['input', 'id'], 'No such webhook endpoint.', { endpoint: null });
    const checked = await this.checkInput(input, false);
    if ('userErrors' in checked) return { endpoint: null, userErrors: checked.userErrors };
    const changes: Partial<WebhookEndpoint> = { ...checked };
    if (input.enabled !== null && input.enabled !== undefined) {
      changes.enabled = input.enabled;
      changes.disabledReason = null;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(WebhookEndpoint, { id: endpoint.id }, changes);
      await this.audit(manager, 'webhook-endpoint.updated', endpoint, changes);
    });
    return { endpoint: await this.reload(endpoint.id), userErrors: [] };
  }

  /**
   * A new secret, shown once. The previous one keeps signing (both signatures in the header)
   * for the overlap, so the receiver can switch without rejecting a message.
   */
  async rotateSecret(globalId: string): Promise<EndpointSecretPayload> {
    const endpoint = await this.find(globalId);
    if (!endpoint) return refused('NOT_FOUND', ['id'], 'No such webhook endpoint.', NONE);
    const secret = newEndpointSecret();
    await this.dataSource.transaction(async (manager) => {
      // Only the current secret overlaps: an older one still in overlap ends now.
      await manager
        .createQueryBuilder()
        .update(WebhookSecret)
        .set({ expiresAt: () => 'now()' })
        .where('endpoint_id = :id AND expires_at > now()', { id: endpoint.id })
        .execute();
      await manager.update(
        WebhookSecret,
        { endpointId: endpoint.id, expiresAt: IsNull() },
        { expiresAt: new Date(Date.now() + this.secretOverlapMs) },
      );
      await manager.insert(WebhookSecret, {
        endpointId: endpoint.id,
        sealed: seal(SECRET_PURPOSE, secret),
        expiresAt: null,
      });
      await this.audit(manager, 'webhook-endpoint.secret-rotated', endpoint);
    });
    return { endpoint, secret, userErrors: [] };
  }

  /** Removes the endpoint with its secrets and delivery log; nothing more is sent to it. */
  async remove(globalId: string): Promise<EndpointPayload> {
    const endpoint = await this.find(globalId);
    if (!endpoint)
      return refused('NOT_FOUND', ['id'], 'No such webhook endpoint.', { endpoint: null });
    await this.dataSource.transaction(async (manager) => {
      const messages = manager.getRepository(WebhookMessage).metadata.tablePath;
      await manager
        .createQueryBuilder()
        .delete()
        .from(WebhookAttempt)
        .where(`message_id IN (SELECT id FROM ${messages} WHERE endpoint_id = :id)`, {
          id: endpoint.id,
        })
        .execute();
      await manager.delete(WebhookMessage, { endpointId: endpoint.id });
      await manager.delete(WebhookSecret, { endpointId: endpoint.id });
      await manager.delete(WebhookEndpoint, { id: endpoint.id });
      await this.audit(manager, 'webhook-endpoint.removed', endpoint);
    });
    return { endpoint, userErrors: [] };
  }

  /** When the newest rotated-out secret stops signing; null without one in overlap. */
  async previousSecretExpiresAt(endpoint: WebhookEndpoint): Promise<Date | null> {
    const row = await this.dataSource
      .getRepository(WebhookSecret)
      .createQueryBuilder('s')
      .where('s.endpoint_id = :id AND s.expires_at > now()', { id: endpoint.id })
      .orderBy('s.expires_at', 'DESC')
      .getOne();
    return row?.expiresAt ?? null;
  }

  /** Validates what the input gives (all of it when creating); returns the clean values. */
  private async checkInput(
    input: EndpointInput,
    creating: boolean,
  ): Promise<
    | Partial<Pick<WebhookEndpoint, 'url' | 'description' | 'eventTypes'>>
    | { userErrors: UserError[] }
  > {
    const clean: Partial<Pick<WebhookEndpoint, 'url' | 'description' | 'eventTypes'>> = {};
    if (creating || (input.url !== null && input.url !== undefined)) {
      try {
        clean.url = (await checkEndpointUrl(input.url ?? '', this.policy)).href;
      } catch (error) {
        if (!(error instanceof AddressRefused)) throw error;
        return refused(error.code, ['input', 'url'], error.message, {});
      }
    }
    if (input.description !== null && input.description !== undefined) {
      clean.description = input.description.trim();
      if (clean.description.length > 200)
        return refused(
          'INVALID_INPUT',
          ['input', 'description'],
          'Describe the endpoint in at most 200 characters.',
          {},
        );
    }
    if (creating || (input.eventTypes !== null && input.eventTypes !== undefined)) {
      const types = [...new Set(input.eventTypes ?? [])];
      if (types.length === 0 || types.some((t) => !(t in WEBHOOK_EVENT_TYPES)))
        return refused(
          'INVALID_INPUT',
          ['input', 'eventTypes'],
          'Pick at least one event type.',
          {},
        );
      clean.eventTypes = types as WebhookEventType[];
    }
    return clean;
  }

  /** The accounts the caller administers; FORBIDDEN for a caller who administers none. */
  administeredAccounts(): string[] {
    this.principal.requireSignedIn();
    const accounts = this.principal.accountsWhere('ADMINISTRATOR');
    if (accounts.length === 0) throw forbidden();
    return accounts;
  }

  private reload(id: string): Promise<WebhookEndpoint> {
    return this.dataSource.getRepository(WebhookEndpoint).findOneByOrFail({ id });
  }

  private async audit(
    manager: EntityManager,
    action: string,
    endpoint: WebhookEndpoint,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    const account = await manager.findOneByOrFail(Account, { id: endpoint.accountId });
    await audit(
      manager,
      this.principal,
      action,
      { organizationId: account.organizationId },
      {
        endpointId: endpoint.id,
        url: endpoint.url,
        ...details,
      },
    );
  }
}
