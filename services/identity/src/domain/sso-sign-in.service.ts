import { randomUUID } from 'node:crypto';
import { IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { environment, refused, type Principal, type UserError } from '@portal/platform';
import { User } from '../entities/user.entity';
import { SsoConnection } from '../entities/sso-connection.entity';
import { SsoDomain } from '../entities/sso-domain.entity';
import { SsoLogin } from '../entities/sso-login.entity';
import { SsoIdentity } from '../entities/sso-identity.entity';
import type { AuthPayload } from './session.service';
import {
  authorisationRequest,
  exchangeCode,
  providerConfiguration,
  SignInRejected,
  type ProviderIdentity,
  type Rejection,
} from './openid';
import { CLIENT_SECRET_PURPOSE, connectionForEmail, domainOf } from './sso-settings.service';
import { open, seal } from './secret-box';
import { sha256 } from './secrets';
import { spendAttempt } from './throttle';
import { audit } from './audit';
import { emailProblem } from './validation';

/** How long a sign-in sent to the provider may take to come back. */
const LOGIN_MINUTES = 10;
/** Starts and finishes per client address in an hour (as many as password sign-ins allow). */
const STARTS_PER_ADDRESS = 100;
const FINISHES_PER_ADDRESS = 100;
/** The client's page the provider sends the browser back to. */
export const CALLBACK_PATH = '/sign-in/sso';

const NO_SESSION = { session: null, accessToken: null, refreshToken: null };
const NO_URL = { authorizationUrl: null };

const REJECTED: Record<Rejection, string> = {
  AUDIENCE:
    'The provider signed you in for another application (the id token is for another audience). Ask your administrator to check the client id.',
  EXPIRED:
    'The provider’s answer has expired (the id token is out of date). Start again; if it keeps happening, the provider’s clock may be wrong.',
  NONCE:
    'The provider’s answer belongs to another sign-in (its nonce does not match). Start again.',
  ISSUER: 'The answer came from another provider than the one your organisation uses.',
  PROVIDER_ERROR: 'The provider did not sign you in. Start again, or ask your administrator.',
  OTHER: 'The provider’s answer could not be verified. Start again, or ask your administrator.',
};

/** Single sign-on: sending a user to its organisation's provider, and the way back. */
export class SsoSignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly openSession: (manager: EntityManager, user: User) => Promise<AuthPayload>,
    private readonly clientAddress: string,
  ) {}

  /**
   * The provider's authorisation URL when the e-mail's domain signs in with one, else null (the
   * password then). Decided by the domain alone: whether the user exists plays no part.
   */
  async begin(email: string, redirectUri: string | null | undefined) {
    const invalid = emailProblem(String(email), ['email']);
    if (invalid) return { ...NO_URL, userErrors: [invalid] };
    const callback = callbackUri(redirectUri);
    if (!callback)
      return refused('INVALID_INPUT', ['redirectUri'], 'Not the portal’s sign-in page.', NO_URL);
    if (
      !(await spendAttempt(this.dataSource, [
        { key: `sso-start-address:${this.clientAddress}`, max: STARTS_PER_ADDRESS },
      ]))
    ) {
      return refused('TOO_MANY_ATTEMPTS', null, 'Too many sign-ins. Wait an hour.', NO_URL);
    }
    const connection = await connectionForEmail(this.dataSource.manager, email);
    if (!connection) return { ...NO_URL, userErrors: [] as UserError[] };
    const request = await providerConfiguration(settingsOf(connection))
      .then((configuration) => authorisationRequest(configuration, callback, email.trim()))
      .catch(() => null);
    if (!request) {
      return refused(
        'PROVIDER_UNREACHABLE',
        null,
        'Your organisation’s sign-in service does not answer. Try again in a moment.',
        NO_URL,
      );
    }
    await this.dataSource.getRepository(SsoLogin).insert({
      id: randomUUID(),
      stateHash: sha256(request.state),
      organizationId: connection.organizationId,
      nonce: request.nonce,
      codeVerifierSealed: seal('sso-code-verifier', request.codeVerifier),
      redirectUri: callback,
      expiresAt: new Date(Date.now() + LOGIN_MINUTES * 60_000),
      usedAt: null,
    });
    // Sign-ins never finished (the user gave up at the provider) go once expired.
    await this.dataSource.query(`DELETE FROM identity.sso_login WHERE expires_at < now()`);
    return { authorizationUrl: request.url.href, userErrors: [] as UserError[] };
  }

  /** The provider sent the browser back: verify its answer, find or provision the user, sign in. */
  async finish(callbackUrl: string): Promise<AuthPayload> {
    if (
      !(await spendAttempt(this.dataSource, [
        { key: `sso-finish-address:${this.clientAddress}`, max: FINISHES_PER_ADDRESS },
      ]))
    ) {
      return refused('TOO_MANY_ATTEMPTS', null, 'Too many sign-ins. Wait an hour.', NO_SESSION);
    }
    const callback = parseCallback(callbackUrl);
    const state = callback?.searchParams.get('state');
    // Claimed in a transaction of its own: used up even when what follows fails.
    const login = state ? await this.claim(state) : null;
    if (!callback || !state || !login || !callbackUrl.startsWith(`${login.redirectUri}?`)) {
      return refused(
        'SSO_STATE_INVALID',
        null,
        'This sign-in was used already or has expired. Start again.',
        NO_SESSION,
      );
    }
    const connection = await this.dataSource.manager.findOneBy(SsoConnection, {
      organizationId: login.organizationId,
    });
    if (!connection)
      return refused('SSO_STATE_INVALID', null, 'Single sign-on was switched off.', NO_SESSION);
    let identity: ProviderIdentity;
    let issuer: string;
    try {
      const configuration = await providerConfiguration(settingsOf(connection));
      issuer = configuration.serverMetadata().issuer;
      identity = await exchangeCode(configuration, callback, {
        state,
        nonce: login.nonce,
        codeVerifier: open('sso-code-verifier', login.codeVerifierSealed),
      });
    } catch (error) {
      const reason = error instanceof SignInRejected ? error.reason : 'PROVIDER_ERROR';
      const code = reason === 'PROVIDER_ERROR' ? 'SSO_PROVIDER_ERROR' : 'SSO_REJECTED';
      await this.dataSource.transaction((manager) =>
        audit(
          manager,
          this.principal,
          'single-sign-on.rejected',
          { organizationId: login.organizationId },
          { reason },
        ),
      );
      return refused(code, null, REJECTED[reason], NO_SESSION);
    }
    return this.dataSource.transaction(async (manager) => {
      const found = await this.userFor(manager, connection.organizationId, issuer, identity);
      if ('refusal' in found) return found.refusal;
      return this.openSession(manager, found.user);
    });
  }

  private async claim(state: string): Promise<SsoLogin | null> {
    if (state.length > 200) return null;
    return this.dataSource.transaction(async (manager) => {
      const login = await manager.findOne(SsoLogin, {
        where: { stateHash: sha256(state), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (login) await manager.update(SsoLogin, login.id, { usedAt: new Date() });
      return login;
    });
  }

  /**
   * The user the provider's subject is linked to; on a first sign-in, the user of the verified
   * e-mail (an invited one, say), or a new user without roles whom an Administrator grants them.
   */
  private async userFor(
    manager: EntityManager,
    organizationId: string,
    issuer: string,
    identity: ProviderIdentity,
  ): Promise<{ user: User } | { refusal: AuthPayload }> {
    const link = await manager.findOneBy(SsoIdentity, { issuer, subject: identity.subject });
    if (link) {
      const user = await manager.findOneBy(User, { id: link.userId });
      if (!user || user.organizationId !== organizationId || user.status === 'DISABLED')
        return { refusal: conflict() };
      return { user };
    }
    const email = identity.email?.trim().toLowerCase() ?? '';
    const domain = await manager.findOneBy(SsoDomain, { domain: domainOf(email) });
    if (!identity.emailVerified || !email || domain?.organizationId !== organizationId) {
      return {
        refusal: refused(
          'SSO_EMAIL_NOT_ALLOWED',
          null,
          'The provider did not vouch for an e-mail on your organisation’s verified domains.',
          NO_SESSION,
        ),
      };
    }
    let user = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email })
      .setLock('pessimistic_write')
      .getOne();
    if (user && (user.organizationId !== organizationId || user.status === 'DISABLED'))
      return { refusal: conflict() };
    if (user?.status === 'PENDING_CONFIRMATION') {
      // The provider proved the e-mail, as the confirmation link would have.
      await manager.update(User, user.id, { status: 'ACTIVE', emailConfirmedAt: new Date() });
      user = { ...user, status: 'ACTIVE', emailConfirmedAt: new Date() };
    }
    if (!user) {
      user = await manager.save(User, {
        id: randomUUID(),
        organizationId,
        email,
        name: identity.name?.trim().slice(0, 200) || email.split('@')[0]!,
        passwordHash: null,
        status: 'ACTIVE',
        staffRole: null,
        language: 'da',
        emailConfirmedAt: new Date(),
      });
      await audit(manager, this.principal, 'user.provisioned-by-single-sign-on', {
        userId: user.id,
        organizationId,
      });
    }
    await manager.insert(SsoIdentity, { issuer, subject: identity.subject, userId: user.id });
    return { user };
  }
}

function conflict(): AuthPayload {
  return refused(
    'SSO_USER_CONFLICT',
    null,
    'This e-mail has a user the provider cannot sign in (disabled, or of another organisation). Ask your administrator.',
    NO_SESSION,
  );
}

function settingsOf(connection: SsoConnection) {
  return {
    organizationId: connection.organizationId,
    issuer: connection.issuer,
    clientId: connection.clientId,
    clientSecret: connection.clientSecretSealed
      ? open(CLIENT_SECRET_PURPOSE, connection.clientSecretSealed)
      : null,
    version: connection.updatedAt.getTime(),
  };
}

/**
 * The portal's sign-in page the provider returns to: PORTAL_PUBLIC_URL's, or, outside
 * production, that page on a loopback address (a developer's or a test's gateway port).
 */
function callbackUri(given: string | null | undefined): string | null {
  const own = new URL(CALLBACK_PATH, environment().PORTAL_PUBLIC_URL).href;
  if (given === null || given === undefined || given === own) return own;
  if (environment().PORTAL_MODE === 'production') return null;
  const loopback = /^http:\/\/(localhost|127\.0\.0\.1):\d{1,5}\/sign-in\/sso$/;
  return loopback.test(given) ? given : null;
}

function parseCallback(url: string): URL | null {
  if (url.length > 4000) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
