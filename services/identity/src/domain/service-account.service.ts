import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import {
  BACK_OFFICE_CAPABILITIES,
  fromGlobalId,
  refused,
  SERVICE_ACCOUNT_PREFIX,
  type BackOfficeCapability,
  type Principal,
  type UserError,
} from '@portal/platform';
import { ServiceAccount } from '../entities/service-account.entity';
import { randomToken, sha256 } from './secrets';
import { audit } from './audit';

export interface ServiceAccountPayload {
  serviceAccount: ServiceAccount | null;
  secret: string | null;
  userErrors: UserError[];
}

const NONE = { serviceAccount: null, secret: null };

/**
 * The vendor's systems' machine credentials. Service agents handle customers' accounts (credit
 * status, payments), so they set up the systems that report them; the secret is shown once and
 * stored as a hash, and every create, rotation and revocation is in the audit trail.
 */
export class ServiceAccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  list(): Promise<ServiceAccount[]> {
    this.requireAgent();
    return this.dataSource.getRepository(ServiceAccount).find({ order: { createdAt: 'DESC' } });
  }

  async create(input: {
    name: string;
    capabilities: BackOfficeCapability[];
  }): Promise<ServiceAccountPayload> {
    this.requireAgent();
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) {
      return refused(
        'INVALID_INPUT',
        ['input', 'name'],
        'Name the service account in 1 to 100 characters, e.g. "SAP billing".',
        NONE,
      );
    }
    const capabilities = BACK_OFFICE_CAPABILITIES.filter((c) => input.capabilities.includes(c));
    if (capabilities.length === 0) {
      return refused('INVALID_INPUT', ['input', 'capabilities'], 'Give it a capability.', NONE);
    }
    const secret = randomToken();
    const created = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ServiceAccount)
        .values({
          id: randomUUID(),
          name,
          capabilities,
          secretHash: sha256(secret),
          createdBy: this.principal.claims.id!,
          secretChangedAt: new Date(),
        })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) return null;
      await audit(
        manager,
        this.principal,
        'service-account.created',
        {},
        {
          serviceAccountId: id,
          name,
          capabilities,
        },
      );
      return manager.findOneByOrFail(ServiceAccount, { id });
    });
    if (!created) {
      return refused('NAME_TAKEN', ['input', 'name'], 'A service account has that name.', NONE);
    }
    return { serviceAccount: created, secret: tokenOf(created, secret), userErrors: [] };
  }

  /** A new secret; the old one stops at once (the gateway caches a principal for a second). */
  async rotate(globalId: string): Promise<ServiceAccountPayload> {
    this.requireAgent();
    const account = await this.find(globalId);
    if (!account) return refused('NOT_FOUND', ['id'], 'No such service account.', NONE);
    if (account.revokedAt) {
      return refused('REVOKED', ['id'], 'The service account is revoked; create a new one.', NONE);
    }
    const secret = randomToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        ServiceAccount,
        { id: account.id, revokedAt: IsNull() },
        { secretHash: sha256(secret), secretChangedAt: new Date() },
      );
      await audit(
        manager,
        this.principal,
        'service-account.rotated',
        {},
        {
          serviceAccountId: account.id,
        },
      );
    });
    const rotated = await this.dataSource
      .getRepository(ServiceAccount)
      .findOneByOrFail({ id: account.id });
    return { serviceAccount: rotated, secret: tokenOf(rotated, secret), userErrors: [] };
  }

  async revoke(globalId: string): Promise<ServiceAccountPayload> {
    this.requireAgent();
    const account = await this.find(globalId);
    if (!account) return refused('NOT_FOUND', ['id'], 'No such service account.', NONE);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        ServiceAccount,
        { id: account.id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      if (result.affected) {
        await audit(
          manager,
          this.principal,
          'service-account.revoked',
          {},
          {
            serviceAccountId: account.id,
          },
        );
      }
    });
    const revoked = await this.dataSource
      .getRepository(ServiceAccount)
      .findOneByOrFail({ id: account.id });
    return { serviceAccount: revoked, secret: null, userErrors: [] };
  }

  private find(globalId: string): Promise<ServiceAccount | null> {
    const id = fromGlobalId('ServiceAccount', globalId);
    return id
      ? this.dataSource.getRepository(ServiceAccount).findOneBy({ id })
      : Promise.resolve(null);
  }

  /** A signed-in Service agent (a person: a machine never makes machine credentials). */
  private requireAgent(): void {
    this.principal.requireStaff('SERVICE_AGENT');
  }
}

function tokenOf(account: ServiceAccount, secret: string): string {
  return `${SERVICE_ACCOUNT_PREFIX}${account.id}_${secret}`;
}
