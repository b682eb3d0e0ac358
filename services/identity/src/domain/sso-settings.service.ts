import { readFileSync } from 'node:fs';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  forbidden,
  fromGlobalId,
  notFound,
  userError,
  type Principal,
  type UserError,
} from '@portal/platform';
import { Organization } from '../entities/organization.entity';
import { User } from '../entities/user.entity';
import { SsoConnection } from '../entities/sso-connection.entity';
import { SsoDomain, type DomainVerification } from '../entities/sso-domain.entity';
import { issuerProblem, providerConfiguration } from './openid';
import { open, seal } from './secret-box';
import { audit } from './audit';

export const CLIENT_SECRET_PURPOSE = 'sso-client-secret';
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const MAX_DOMAINS = 20;

/**
 * Public mail providers (gmail.com, hotmail.dk, …): a mailbox there proves nothing about the
 * domain, so an Administrator cannot claim one (the email-providers package's list).
 */
let publicMailDomains: Set<string> | undefined;
function isPublicMailDomain(domain: string): boolean {
  publicMailDomains ??= new Set(
    JSON.parse(readFileSync(require.resolve('email-providers/all.json'), 'utf8')) as string[],
  );
  return publicMailDomains.has(domain);
}

export interface SingleSignOnView {
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  domains: { domain: string; verifiedBy: DomainVerification }[];
  passwordsDisabled: boolean;
}

export interface SingleSignOnInput {
  issuer: string;
  clientId: string;
  clientSecret?: string | null;
  domains: string[];
  passwordsDisabled: boolean;
}

/** The domain part of an e-mail, lower case ('' when there is none). */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** The connection an e-mail's domain signs in with, or null. */
export async function connectionForEmail(
  manager: EntityManager,
  email: string,
): Promise<SsoConnection | null> {
  const domain = domainOf(String(email));
  if (!domain) return null;
  const row = await manager.findOneBy(SsoDomain, { domain });
  return row ? manager.findOneBy(SsoConnection, { organizationId: row.organizationId }) : null;
}

/** Whether the organisation's users may not use passwords. */
export async function passwordsDisabledFor(
  manager: EntityManager,
  organizationId: string | null,
): Promise<boolean> {
  if (!organizationId) return false;
  const connection = await manager.findOneBy(SsoConnection, { organizationId });
  return connection?.passwordsDisabled ?? false;
}

/** An organisation's single sign-on settings: set by its Administrators, read back without the secret. */
export class SsoSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  /** The settings, for the organisation's Administrators and the service centre's agents and planners; null for anyone else. */
  async settingsOf(organization: Organization): Promise<SingleSignOnView | null> {
    const administrator =
      this.principal.organizationId === organization.id &&
      this.principal.accountsWhere('ADMINISTRATOR').length > 0;
    if (!administrator && !this.principal.readsEveryOrganization) return null;
    const manager = this.dataSource.manager;
    const connection = await manager.findOneBy(SsoConnection, { organizationId: organization.id });
    const domains = await manager.find(SsoDomain, {
      where: { organizationId: organization.id },
      order: { domain: 'ASC' },
    });
    if (!connection && domains.length === 0) return null;
    return {
      issuer: connection?.issuer ?? '',
      clientId: connection?.clientId ?? '',
      clientSecretSet: Boolean(connection?.clientSecretSealed),
      domains: domains.map(({ domain, verifiedBy }) => ({ domain, verifiedBy })),
      passwordsDisabled: connection?.passwordsDisabled ?? false,
    };
  }

  async configure(input: SingleSignOnInput) {
    const { organizationId, admin } = await this.administrator();
    const domains = [...new Set(input.domains.map((d) => d.trim().toLowerCase()))];
    const problems = await this.inputProblems(input, domains, organizationId, admin);
    if (problems.length > 0) return { organization: null, userErrors: problems };
    const previous = await this.dataSource.manager.findOneBy(SsoConnection, { organizationId });
    const clientSecret =
      input.clientSecret === undefined || input.clientSecret === null
        ? previous?.clientSecretSealed
          ? open(CLIENT_SECRET_PURPOSE, previous.clientSecretSealed)
          : null
        : input.clientSecret.trim() || null;
    const issuer = input.issuer.trim().replace(/\/$/, '');
    const clientId = input.clientId.trim();
    // The provider must answer its discovery document before anyone is sent there.
    const reachable = await providerConfiguration({
      organizationId,
      issuer,
      clientId,
      clientSecret,
      version: Date.now(),
    }).then(
      () => true,
      () => false,
    );
    if (!reachable) {
      return {
        organization: null,
        userErrors: [
          userError(
            'PROVIDER_UNREACHABLE',
            ['input', 'issuer'],
            'The provider did not answer at this issuer (its /.well-known/openid-configuration). Check the URL.',
          ),
        ],
      };
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.save(SsoConnection, {
        organizationId,
        issuer,
        clientId,
        clientSecretSealed: clientSecret ? seal(CLIENT_SECRET_PURPOSE, clientSecret) : null,
        passwordsDisabled: input.passwordsDisabled,
      });
      await manager.delete(SsoDomain, {
        organizationId,
        verifiedBy: 'ADMINISTRATOR_EMAIL',
      });
      const kept = await manager.findBy(SsoDomain, { organizationId });
      const added = domains.filter((d) => !kept.some((k) => k.domain === d));
      if (added.length > 0)
        await manager.insert(
          SsoDomain,
          added.map((domain) => ({
            domain,
            organizationId,
            verifiedBy: 'ADMINISTRATOR_EMAIL' as const,
          })),
        );
      await audit(
        manager,
        this.principal,
        'organization.single-sign-on-configured',
        { organizationId },
        {
          issuer,
          clientId,
          domains,
          passwordsDisabled: input.passwordsDisabled,
          clientSecretChanged: input.clientSecret !== undefined && input.clientSecret !== null,
        },
      );
      const organization = await manager.findOneByOrFail(Organization, { id: organizationId });
      return { organization, userErrors: [] as UserError[] };
    });
  }

  /** Switches single sign-on off: passwords work again, the domains the Administrator claimed go. */
  async remove() {
    const { organizationId } = await this.administrator();
    return this.dataSource.transaction(async (manager) => {
      await manager.delete(SsoConnection, { organizationId });
      await manager.delete(SsoDomain, { organizationId, verifiedBy: 'ADMINISTRATOR_EMAIL' });
      await audit(manager, this.principal, 'organization.single-sign-on-removed', {
        organizationId,
      });
      const organization = await manager.findOneByOrFail(Organization, { id: organizationId });
      return { organization, userErrors: [] as UserError[] };
    });
  }

  /** Service agent: confirms a domain is the organisation's (e.g. after checking its DNS by phone). */
  async verifyDomain(organizationGlobalId: string, given: string) {
    this.principal.requireStaff('SERVICE_AGENT');
    const id = fromGlobalId('Organization', organizationGlobalId);
    const organization = id ? await this.dataSource.manager.findOneBy(Organization, { id }) : null;
    if (!organization) throw notFound('organisation');
    const domain = given.trim().toLowerCase();
    if (!DOMAIN.test(domain))
      return { organization: null, userErrors: [invalidDomain(['domain'], domain)] };
    return this.dataSource.transaction(async (manager) => {
      const owner = await manager.findOne(SsoDomain, {
        where: { domain },
        lock: { mode: 'pessimistic_write' },
      });
      if (owner && owner.organizationId !== organization.id)
        return { organization: null, userErrors: [domainTaken(['domain'], domain)] };
      await manager.save(SsoDomain, {
        domain,
        organizationId: organization.id,
        verifiedBy: 'SERVICE_CENTRE',
      });
      await audit(
        manager,
        this.principal,
        'organization.single-sign-on-domain-verified',
        { organizationId: organization.id },
        { domain },
      );
      return { organization, userErrors: [] as UserError[] };
    });
  }

  private async administrator(): Promise<{ organizationId: string; admin: User }> {
    this.principal.requireSignedIn();
    const organizationId = this.principal.organizationId;
    if (
      this.principal.claims.kind !== 'user' ||
      !organizationId ||
      this.principal.accountsWhere('ADMINISTRATOR').length === 0
    ) {
      throw forbidden();
    }
    const admin = await this.dataSource.manager.findOneByOrFail(User, {
      id: this.principal.claims.id!,
    });
    return { organizationId, admin };
  }

  /**
   * A domain is the organisation's when the Administrator's own (confirmed) e-mail is on it, or
   * when the service centre confirmed it; never one of a public mail provider, never another
   * organisation's.
   */
  private async inputProblems(
    input: SingleSignOnInput,
    domains: string[],
    organizationId: string,
    admin: User,
  ): Promise<UserError[]> {
    const problems: UserError[] = [];
    const issuer = issuerProblem(input.issuer.trim());
    if (issuer) problems.push(userError('INVALID_INPUT', ['input', 'issuer'], issuer));
    const clientId = input.clientId.trim();
    if (!clientId || clientId.length > 200)
      problems.push(
        userError(
          'INVALID_INPUT',
          ['input', 'clientId'],
          'Enter the client id the provider gave you.',
        ),
      );
    if ((input.clientSecret?.length ?? 0) > 500)
      problems.push(
        userError(
          'INVALID_INPUT',
          ['input', 'clientSecret'],
          'The client secret is at most 500 characters.',
        ),
      );
    if (domains.length === 0 || domains.length > MAX_DOMAINS)
      problems.push(
        userError(
          'INVALID_INPUT',
          ['input', 'domains'],
          `Enter 1 to ${MAX_DOMAINS} e-mail domains.`,
        ),
      );
    const owners = await this.dataSource.manager.findBy(SsoDomain, { domain: In(domains) });
    const ownDomain = domainOf(admin.email);
    for (const domain of domains) {
      const owner = owners.find((o) => o.domain === domain);
      if (!DOMAIN.test(domain)) problems.push(invalidDomain(['input', 'domains'], domain));
      else if (owner && owner.organizationId !== organizationId)
        problems.push(domainTaken(['input', 'domains'], domain));
      else if (owner?.verifiedBy === 'SERVICE_CENTRE') continue;
      else if (isPublicMailDomain(domain))
        problems.push(
          userError(
            'DOMAIN_NOT_ALLOWED',
            ['input', 'domains'],
            `${domain} is a public mail provider's domain; it cannot sign in through your provider.`,
          ),
        );
      else if (domain !== ownDomain)
        problems.push(
          userError(
            'DOMAIN_NOT_VERIFIED',
            ['input', 'domains'],
            `${domain} is not verified: your own e-mail is not on it. Ask the service centre to confirm it.`,
          ),
        );
    }
    if (input.passwordsDisabled && !domains.includes(ownDomain))
      problems.push(
        userError(
          'WOULD_LOCK_OUT',
          ['input', 'passwordsDisabled'],
          'Passwords can be switched off only when your own e-mail signs in through the provider.',
        ),
      );
    return problems;
  }
}

function invalidDomain(field: string[], domain: string): UserError {
  return userError(
    'INVALID_INPUT',
    field,
    `${domain || 'An empty domain'} is not an e-mail domain such as company.dk.`,
  );
}

function domainTaken(field: string[], domain: string): UserError {
  return userError(
    'DOMAIN_TAKEN',
    field,
    `${domain} already signs in through another organisation's provider.`,
  );
}
