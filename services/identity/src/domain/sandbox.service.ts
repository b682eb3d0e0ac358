import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  API_KEY_PREFIX,
  forbidden,
  refused,
  type Principal,
  type UserError,
} from '@portal/platform';
import { Account } from '../entities/account.entity';
import { ApiKey } from '../entities/api-key.entity';
import { ApiKeyGrant } from '../entities/api-key-grant.entity';
import { Organization } from '../entities/organization.entity';
import { RoleGrant } from '../entities/role-grant.entity';
import { User } from '../entities/user.entity';
import { recordAccountOpened } from '../events';
import { audit } from './audit';
import { randomToken, sha256 } from './secrets';

/** Sandboxes one user may have: enough to try things, not a way to mint organisations. */
export const SANDBOXES_PER_CREATOR = 3;

export interface SandboxPayload {
  organization: Organization | null;
  signInEmail: string | null;
  apiKey: ApiKey | null;
  secret: string | null;
  userErrors: UserError[];
}

const NONE = { organization: null, signInEmail: null, apiKey: null, secret: null };

/**
 * Partner sandboxes: an organisation flagged `sandbox`, with one account, whose data each
 * subgraph generates when identity reports the account opened (AccountOpened with `sandbox`),
 * and keeps out of the service centre's work. Its creator (an Administrator of a real
 * organisation) becomes its Administrator as a user of its own, signing in with a +sandbox
 * address and the creator's password, and gets an Administrator API key for it.
 */
export class SandboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  async create(input: { name: string }): Promise<SandboxPayload> {
    const creatorId = this.creatorId();
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100)
      return refused(
        'INVALID_INPUT',
        ['input', 'name'],
        'Name the sandbox in 1 to 100 characters, e.g. "ERP integration test".',
        NONE,
      );
    return this.dataSource.transaction(async (manager) => {
      // The creator's row locked: two requests at once cannot both take the last place.
      const creator = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .setLock('pessimistic_write')
        .where('u.id = :id', { id: creatorId })
        .getOneOrFail();
      const made = await manager.countBy(Organization, { sandboxCreatorId: creator.id });
      if (made >= SANDBOXES_PER_CREATOR)
        return refused(
          'SANDBOX_LIMIT_REACHED',
          null,
          `You have ${SANDBOXES_PER_CREATOR} sandboxes, the most one user may have. Build on one of them.`,
          NONE,
        );
      return this.createFor(manager, creator, name);
    });
  }

  /** An Administrator of a real organisation, signed in as itself (no key, no sandbox user). */
  private creatorId(): string {
    const p = this.principal;
    p.requireSignedIn();
    if (
      p.claims.kind !== 'user' ||
      p.isStaff ||
      !p.organizationId ||
      p.accountsWhere('ADMINISTRATOR').length === 0
    )
      throw forbidden();
    return p.claims.id!;
  }

  private async createFor(
    manager: EntityManager,
    creator: User,
    name: string,
  ): Promise<SandboxPayload> {
    // A sandbox user cannot make sandboxes of its own: only a real organisation's may.
    const home = await manager.findOneByOrFail(Organization, { id: creator.organizationId! });
    if (home.sandbox) throw forbidden();
    const tag = randomBytes(4).toString('hex');
    const organization: Organization = await manager.save(
      manager.create(Organization, {
        id: randomUUID(),
        name,
        primaryContactId: null,
        sandbox: true,
        sandboxCreatorId: creator.id,
      }),
    );
    const account = await manager.save(Account, {
      id: randomUUID(),
      organizationId: organization.id,
      name,
      customerAccountNumber: `SBX-${tag.toUpperCase()}`,
      systemAccountNumber: `SBX-${tag.toUpperCase()}`,
    });
    const signInEmail = plusAddress(creator.email, `sandbox-${tag}`);
    const administrator = await manager.save(User, {
      id: randomUUID(),
      organizationId: organization.id,
      email: signInEmail,
      name: creator.name,
      // The creator's password as it is now: the same person, a sandbox holds no customer's data.
      passwordHash: creator.passwordHash,
      status: 'ACTIVE',
      staffRole: null,
      language: creator.language,
      emailConfirmedAt: new Date(),
    });
    await manager.insert(RoleGrant, {
      userId: administrator.id,
      accountId: account.id,
      role: 'ADMINISTRATOR',
    });
    await manager.update(Organization, organization.id, { primaryContactId: administrator.id });
    organization.primaryContactId = administrator.id;
    const secret = randomToken();
    const apiKey = await manager.save(ApiKey, {
      id: randomUUID(),
      organizationId: organization.id,
      createdBy: administrator.id,
      name: 'Sandbox key',
      secretHash: sha256(secret),
      lastUsedAt: null,
      revokedAt: null,
    });
    await manager.insert(ApiKeyGrant, {
      apiKeyId: apiKey.id,
      accountId: account.id,
      role: 'ADMINISTRATOR',
    });
    // Each subgraph generates its part of the sandbox from this event, in its own database.
    await recordAccountOpened(manager, {
      accountId: account.id,
      organizationId: organization.id,
      accountNumber: account.customerAccountNumber,
      sandbox: true,
    });
    await audit(
      manager,
      this.principal,
      'sandbox.created',
      { organizationId: creator.organizationId },
      { sandboxOrganizationId: organization.id, accountId: account.id },
    );
    return {
      organization,
      signInEmail,
      apiKey,
      secret: `${API_KEY_PREFIX}${apiKey.id}_${secret}`,
      userErrors: [],
    };
  }
}

/** local+tag@domain: mail to it reaches the creator's mailbox at most providers. */
function plusAddress(email: string, tag: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}+${tag}${email.slice(at)}`;
}
