import type { DataSource, EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import { queueMail, type Logger, type Principal } from '@portal/platform';
import { User } from '../entities/user.entity';
import { hashPassword } from './passwords';
import { passwordProblem, WeakPassword } from './password-policy';
import { invalidToken, issueEmailToken, recentTokens, useEmailToken } from './email-tokens';
import { passwordChangedMail, passwordResetMail } from './password-reset-mails';
import { spendAttempt } from './throttle';
import { revokeSessions } from './session-revocation';
import { audit } from './audit';
import { normaliseEmail } from './validation';
import type { AuthPayload, SessionService } from './session.service';
import { connectionForEmail, passwordsDisabledFor } from './sso-settings.service';

/** A reset link works once, for this long (OWASP: short-lived). */
export const RESET_LINK_MINUTES = 30;
/** Reset requests per client address and per e-mail in an hour; beyond, nothing is mailed. */
const REQUESTS_PER_ADDRESS = 10;
const REQUESTS_PER_EMAIL = 5;
/** Links one user may be sent: at most one a minute, ten a day. */
const LINKS_PER_DAY = 10;

const NO_SESSION = { session: null, accessToken: null, refreshToken: null };

/** Forgot password: a mailed single-use link, and setting the new password with it. */
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly sessions: SessionService,
    private readonly afterCommit: () => void,
    /** The caller's address as throttling counts it (clientAddressKey). */
    private readonly clientAddress: string,
    private readonly log: Logger,
  ) {}

  /**
   * Always true. The answer waits only for the throttle, which does the same work for every
   * e-mail; looking the user up and mailing happen after it, so that an existing and an unknown
   * e-mail take the same time to answer.
   */
  async request(email: string): Promise<boolean> {
    const normalised = normaliseEmail(String(email)).slice(0, 254);
    // By the domain alone, so an existing and an unknown e-mail get the same answer.
    if ((await connectionForEmail(this.dataSource.manager, normalised))?.passwordsDisabled) {
      throw new GraphQLError(
        'Your organisation signs in through its own sign-in service; there is no password to reset. Sign in with your e-mail and choose "Continue with single sign-on".',
        { extensions: { code: 'SINGLE_SIGN_ON_REQUIRED' } },
      );
    }
    const allowed = await spendAttempt(this.dataSource, [
      { key: `reset-address:${this.clientAddress}`, max: REQUESTS_PER_ADDRESS },
      { key: `reset-email:${normalised}`, max: REQUESTS_PER_EMAIL },
    ]);
    if (allowed) {
      this.mailLink(normalised).catch((error: unknown) =>
        this.log.error({ err: error }, 'password reset mail not queued'),
      );
    }
    return true;
  }

  private async mailLink(email: string): Promise<void> {
    const queued = await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email })
        .setLock('pessimistic_write')
        .getOne();
      if (!user || user.status === 'DISABLED') return false;
      // No password to reset for a user whose organisation switched passwords off.
      if (await passwordsDisabledFor(manager, user.organizationId)) return false;
      const recent = await recentTokens(manager, user.id, 'PASSWORD_RESET');
      if (recent.lastMinute > 0 || recent.lastDay >= LINKS_PER_DAY) return false;
      const token = await issueEmailToken(manager, user, 'PASSWORD_RESET', RESET_LINK_MINUTES);
      await queueMail(manager, user.email, passwordResetMail(user.language, user.name, token));
      await audit(manager, this.principal, 'user.password-reset-requested', {
        userId: user.id,
        organizationId: user.organizationId,
      });
      return true;
    });
    if (queued) this.afterCommit();
  }

  /**
   * Follows the link: the new password replaces the old, every session of the user ends, the
   * owner is told by mail, and this browser is signed in. The link also proves the e-mail.
   */
  async reset(token: string, password: string): Promise<AuthPayload> {
    try {
      const payload = await this.dataSource.transaction(async (manager) => {
        const user = await useEmailToken(manager, token, 'PASSWORD_RESET');
        if (!user) return invalidToken();
        const weak = passwordProblem(password, ['password'], user);
        if (weak) throw new WeakPassword(weak);
        return this.setPassword(manager, user, password);
      });
      this.afterCommit();
      return payload;
    } catch (error) {
      if (error instanceof WeakPassword) return { ...NO_SESSION, userErrors: [error.problem] };
      throw error;
    }
  }

  private async setPassword(
    manager: EntityManager,
    user: User,
    password: string,
  ): Promise<AuthPayload> {
    const active = {
      status: 'ACTIVE' as const,
      emailConfirmedAt: user.emailConfirmedAt ?? new Date(),
    };
    await manager.update(User, user.id, { passwordHash: await hashPassword(password), ...active });
    const signedOut = await revokeSessions(manager, user.id);
    // The owner proved itself: failed sign-ins at its e-mail no longer slow or block it.
    await manager.query(
      `DELETE FROM identity.sign_in_attempt
        WHERE key = 'email:' || $1 OR (key LIKE 'pair:%' AND split_part(key, '|', 2) = $1)`,
      [user.email.toLowerCase()],
    );
    await queueMail(manager, user.email, passwordChangedMail(user.language, user.name));
    await audit(
      manager,
      this.principal,
      'user.password-reset',
      { userId: user.id, organizationId: user.organizationId },
      { signedOut },
    );
    return this.sessions.openSession(manager, { ...user, ...active });
  }
}
