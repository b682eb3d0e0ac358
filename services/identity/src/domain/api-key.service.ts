import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource } from 'typeorm';
import {
  API_KEY_PREFIX,
  forbidden,
  fromGlobalId,
  groupByKeys,
  refused,
  type CustomerRole,
  type Principal,
  type RequestLoaders,
  type UserError,
} from '@portal/platform';
import { ApiKey } from '../entities/api-key.entity';
import { ApiKeyGrant } from '../entities/api-key-grant.entity';
import { randomToken, sha256 } from './secrets';
import { audit } from './audit';

export interface ApiKeyPayload {
  apiKey: ApiKey | null;
  secret: string | null;
  userErrors: UserError[];
}

const NONE = { apiKey: null, secret: null };

/** Keys for partner integrations: an Administrator's, never wider than its own grants. */
export class ApiKeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
  ) {}

  /** The key the request is made with (only the key itself learns of it), else null. */
  async current(): Promise<ApiKey | null> {
    const { kind, id } = this.principal.claims;
    if (kind !== 'apiKey' || !id) return null;
    return this.dataSource.getRepository(ApiKey).findOneBy({ id, revokedAt: IsNull() });
  }

  /** The organisation's keys for its Administrators; every key for staff. */
  async list(): Promise<ApiKey[]> {
    this.principal.requireSignedIn();
    const repository = this.dataSource.getRepository(ApiKey);
    if (this.principal.isStaff) {
      this.principal.requireStaff('SERVICE_AGENT', 'SERVICE_PLANNER');
      return repository.find({ order: { createdAt: 'DESC' } });
    }
    const organizationId = this.administeringOrganization();
    return repository.find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  async create(
    name: string,
    grants: { role: CustomerRole; accountId: string }[],
  ): Promise<ApiKeyPayload> {
    const organizationId = this.administeringOrganization();
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 100) {
      return refused(
        'INVALID_INPUT',
        ['name'],
        'Name the key in 1 to 100 characters, e.g. "ERP integration".',
        NONE,
      );
    }
    if (grants.length === 0)
      return refused('INVALID_INPUT', ['grants'], 'Give the key at least one role.', NONE);
    const local: { role: CustomerRole; accountId: string }[] = [];
    for (const [i, grant] of grants.entries()) {
      const accountId = fromGlobalId('Account', grant.accountId);
      // No wider than the creator: only accounts it administers.
      if (!accountId || !this.principal.hasRole(accountId, 'ADMINISTRATOR')) {
        return refused(
          'ACCOUNT_NOT_FOUND',
          ['grants', String(i), 'accountId'],
          'No such account among the ones you administer.',
          NONE,
        );
      }
      local.push({ role: grant.role, accountId });
    }
    const secret = randomToken();
    const apiKey = await this.dataSource.transaction(async (manager) => {
      const key = await manager.save(ApiKey, {
        id: randomUUID(),
        organizationId,
        createdBy: this.principal.claims.id!,
        name: trimmed,
        secretHash: sha256(secret),
        lastUsedAt: null,
        revokedAt: null,
      });
      await manager
        .createQueryBuilder()
        .insert()
        .into(ApiKeyGrant)
        .values(local.map((g) => ({ ...g, apiKeyId: key.id })))
        .orIgnore()
        .execute();
      await audit(
        manager,
        this.principal,
        'api-key.created',
        { organizationId },
        { apiKeyId: key.id, grants: local },
      );
      return key;
    });
    return { apiKey, secret: `${API_KEY_PREFIX}${apiKey.id}_${secret}`, userErrors: [] };
  }

  async revoke(globalId: string): Promise<ApiKeyPayload> {
    const organizationId = this.administeringOrganization();
    const id = fromGlobalId('ApiKey', globalId);
    const key = id
      ? await this.dataSource.getRepository(ApiKey).findOneBy({ id, organizationId })
      : null;
    if (!key) return refused('NOT_FOUND', ['id'], 'No such API key.', NONE);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(ApiKey, { id: key.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await audit(
        manager,
        this.principal,
        'api-key.revoked',
        { organizationId },
        { apiKeyId: key.id },
      );
    });
    const revoked = await this.dataSource.getRepository(ApiKey).findOneByOrFail({ id: key.id });
    return { apiKey: revoked, secret: null, userErrors: [] };
  }

  grantsOf(key: ApiKey): Promise<ApiKeyGrant[]> {
    return this.loaders
      .get<string, ApiKeyGrant[]>('grants-of-api-key', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.getRepository(ApiKeyGrant).findBy({ apiKeyId: In([...ids]) }),
          (g) => g.apiKeyId,
        ),
      )
      .load(key.id);
  }

  /** Users only (a key never makes keys), Administrators only. */
  private administeringOrganization(): string {
    this.principal.requireSignedIn();
    const organizationId = this.principal.organizationId;
    if (
      this.principal.claims.kind !== 'user' ||
      !organizationId ||
      this.principal.accountsWhere('ADMINISTRATOR').length === 0
    ) {
      throw forbidden();
    }
    return organizationId;
  }
}
