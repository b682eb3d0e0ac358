import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  CLIENT_ADDRESS_HEADER,
  REFRESH_COOKIE,
  REFRESH_TOKEN_HEADER,
  refused,
  SESSION_COOKIE,
  type Principal,
  type UserError,
} from '@portal/platform';
import { Session } from '../entities/session.entity';
import { User } from '../entities/user.entity';
import { RefreshToken } from '../entities/refresh-token.entity';
import { SignInAttempt } from '../entities/sign-in-attempt.entity';
import { verifyPassword, hashPassword, needsRehash } from './passwords';
import { ACCESS_TOKEN_SECONDS, signAccessToken } from './tokens';
import { randomToken, sha256 } from './secrets';
import { audit } from './audit';
import { clientAddressKey } from './throttle';
import type { SecondFactorChallengeView } from './second-factor.service';
import { connectionForEmail, passwordsDisabledFor } from './sso-settings.service';

/** A session lives this long without a refresh; each refresh extends it. */
const REFRESH_TOKEN_DAYS = 14;
/** Failed sign-ins allowed per (client address, e-mail) in THROTTLE_MINUTES. */
const FAILURES_PER_PAIR = 5;
const THROTTLE_MINUTES = 15;
/**
 * Failures per client address or per e-mail that cost nothing; each one beyond slows every
 * further attempt from that address (or at that e-mail) by DELAY_STEP_MS more, up to
 * MAX_DELAY_MS. Slowing instead of locking keeps an office behind one NAT address, and the
 * owner of an e-mail someone guesses at, able to sign in.
 */
const FREE_FAILURES = 10;
const DELAY_STEP_MS = 200;
const MAX_DELAY_MS = 3000;

export interface AuthPayload {
  session: { user: User; expiresAt: Date } | null;
  accessToken: string | null;
  refreshToken: string | null;
  /** The password was right but a second factor is due (second-factor.service.ts). */
  secondFactor?: SecondFactorChallengeView | null;
  userErrors: UserError[];
}

const NO_SESSION = { session: null, accessToken: null, refreshToken: null };
const singleSignOnRequired = () =>
  refused(
    'SINGLE_SIGN_ON_REQUIRED',
    ['email'],
    'Your organisation signs in through its own sign-in service, not with a password: choose "Continue with single sign-on" with your e-mail.',
    NO_SESSION,
  );
const INVALID_TOKEN = () =>
  refused('INVALID_TOKEN', null, 'Your session has ended. Sign in again.', NO_SESSION);

/** Signing in and out, and keeping a browser or tool signed in. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly setCookie: (cookie: string) => void,
    private readonly header: (name: string) => string | undefined,
    /** Lets the rest of this request read the user who just signed in (the payload's user). */
    private readonly signedIn: (user: User) => void = () => undefined,
    /** The second factor still due for a user who proved the first, or null. */
    private readonly stepUp: (
      manager: EntityManager,
      user: User,
    ) => Promise<SecondFactorChallengeView | null> = () => Promise.resolve(null),
  ) {}

  async login(email: string, password: string): Promise<AuthPayload> {
    // Decided by the domain, before any password is tried: the same for every e-mail on it.
    if ((await connectionForEmail(this.dataSource.manager, email))?.passwordsDisabled)
      return singleSignOnRequired();
    const keys = attemptKeys(email, clientAddressKey(this.header(CLIENT_ADDRESS_HEADER)));
    // Counted before anything is checked, so that parallel guesses count against each other.
    const attempt = await this.recordAttempt(keys);
    const failures = await this.recentFailures(keys);
    if (failures.pair > FAILURES_PER_PAIR) {
      await this.dataSource.getRepository(SignInAttempt).delete(attempt);
      return refused(
        'TOO_MANY_ATTEMPTS',
        null,
        `Too many failed sign-ins with this e-mail. Wait ${THROTTLE_MINUTES} minutes and try again.`,
        NO_SESSION,
      );
    }
    await sleep(slowDown(Math.max(failures.address, failures.email) - 1));
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
    // One generic answer for an unknown e-mail, a wrong password and a disabled user.
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !passwordOk || user.status === 'DISABLED') {
      return refused(
        'INVALID_CREDENTIALS',
        null,
        'The e-mail or password is not right.',
        NO_SESSION,
      );
    }
    // A user of such an organisation on another domain: told only after the right password.
    if (await passwordsDisabledFor(this.dataSource.manager, user.organizationId)) {
      await this.dataSource.getRepository(SignInAttempt).delete(attempt);
      return singleSignOnRequired();
    }
    if (user.status === 'PENDING_CONFIRMATION') {
      // The right password: no guess to count.
      await this.dataSource.getRepository(SignInAttempt).delete(attempt);
      return refused(
        'EMAIL_NOT_CONFIRMED',
        ['email'],
        'Confirm your e-mail first: follow the link in the e-mail we sent you.',
        NO_SESSION,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // The right password was no guess: forget this attempt and the pair's earlier slips.
      await manager.delete(SignInAttempt, attempt);
      await manager.delete(SignInAttempt, { key: keys.pair });
      if (needsRehash(user.passwordHash!)) {
        await manager.update(User, user.id, { passwordHash: await hashPassword(password) });
      }
      return this.openSession(manager, user);
    });
  }

  /**
   * Starts a session for a user who just proved who it is (sign-in, confirmation, invitation),
   * or, when a second factor is due, answers with its challenge instead.
   */
  async openSession(manager: EntityManager, user: User): Promise<AuthPayload> {
    const secondFactor = await this.stepUp(manager, user);
    if (secondFactor) return { ...NO_SESSION, secondFactor, userErrors: [] };
    return this.openVerifiedSession(manager, user);
  }

  /** Starts a session for a user who has also passed the second factor (or needs none). */
  async openVerifiedSession(manager: EntityManager, user: User): Promise<AuthPayload> {
    const session = await manager.save(Session, {
      id: randomUUID(),
      userId: user.id,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86400_000),
      revokedAt: null,
    });
    await audit(manager, this.principal, 'session.opened', {
      userId: user.id,
      organizationId: user.organizationId,
    });
    return this.issueTokens(manager, user, session.id);
  }

  /**
   * Rotates the refresh token. Presenting one that was already rotated means someone else has
   * it: the whole session (the token family) is revoked.
   */
  async refresh(given: string | null | undefined): Promise<AuthPayload> {
    const token = given ?? this.header(REFRESH_TOKEN_HEADER);
    if (!token || token.length > 200) return INVALID_TOKEN();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(RefreshToken, {
        where: { tokenHash: sha256(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) return null;
      if (current.usedAt || current.expiresAt < new Date()) {
        if (current.usedAt) {
          await manager.update(
            Session,
            { id: current.sessionId, revokedAt: IsNull() },
            { revokedAt: new Date() },
          );
          await audit(
            manager,
            this.principal,
            'session.refresh-token-reused',
            {},
            { sessionId: current.sessionId },
          );
        }
        return 'revoked' as const;
      }
      const session = await manager.findOneBy(Session, {
        id: current.sessionId,
        revokedAt: IsNull(),
      });
      const user = session
        ? await manager.findOneBy(User, { id: session.userId, status: 'ACTIVE' })
        : null;
      if (!session || !user || session.expiresAt < new Date()) return null;
      await manager.update(RefreshToken, current.id, { usedAt: new Date() });
      await manager.update(Session, session.id, {
        expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86400_000),
      });
      return this.issueTokens(manager, user, session.id);
    });
    if (outcome === 'revoked') this.clearCookies();
    return outcome && outcome !== 'revoked' ? outcome : INVALID_TOKEN();
  }

  /** Revokes the caller's session: its tokens are refused from the next request on. */
  async logout(): Promise<boolean> {
    this.clearCookies();
    const sessionId = this.principal.claims.sessionId;
    if (this.principal.isAnonymous || !sessionId) return false;
    const result = await this.dataSource
      .getRepository(Session)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  private async issueTokens(
    manager: EntityManager,
    user: User,
    sessionId: string,
  ): Promise<AuthPayload> {
    const refreshToken = randomToken();
    await manager.insert(RefreshToken, {
      id: randomUUID(),
      sessionId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86400_000),
      usedAt: null,
    });
    const accessToken = await signAccessToken(user.id, sessionId);
    this.signedIn(user);
    this.setCookie(cookie(SESSION_COOKIE, accessToken, ACCESS_TOKEN_SECONDS, 'Lax', '/'));
    this.setCookie(
      cookie(REFRESH_COOKIE, refreshToken, REFRESH_TOKEN_DAYS * 86400, 'Strict', '/graphql'),
    );
    return {
      session: { user, expiresAt: new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000) },
      accessToken,
      refreshToken,
      userErrors: [],
    };
  }

  private clearCookies(): void {
    this.setCookie(cookie(SESSION_COOKIE, '', 0, 'Lax', '/'));
    this.setCookie(cookie(REFRESH_COOKIE, '', 0, 'Strict', '/graphql'));
  }

  /** Failed (or still running) sign-ins in the last THROTTLE_MINUTES, per key. */
  private async recentFailures(keys: AttemptKeys): Promise<Record<keyof AttemptKeys, number>> {
    const rows: { key: string; n: string }[] = await this.dataSource.query(
      `SELECT key, count(*) AS n FROM identity.sign_in_attempt
        WHERE key = ANY($1) AND at > now() - make_interval(mins => $2) GROUP BY key`,
      [Object.values(keys), THROTTLE_MINUTES],
    );
    const count = (key: string) => Number(rows.find((r) => r.key === key)?.n ?? 0);
    return { pair: count(keys.pair), address: count(keys.address), email: count(keys.email) };
  }

  /** The attempt's rows (one per key); deleted again when the password was right. */
  private async recordAttempt(keys: AttemptKeys): Promise<string[]> {
    const result = await this.dataSource
      .getRepository(SignInAttempt)
      .insert(Object.values(keys).map((key) => ({ key })));
    return result.identifiers.map((row) => String(row.id));
  }
}

interface AttemptKeys {
  pair: string;
  address: string;
  email: string;
}

function attemptKeys(email: string, address: string): AttemptKeys {
  const normalised = email.trim().toLowerCase();
  return {
    pair: `pair:${address}|${normalised}`,
    address: `address:${address}`,
    email: `email:${normalised}`,
  };
}

/** How long an attempt waits after `failures` recent failures (of its address or e-mail). */
function slowDown(failures: number): number {
  return Math.min(Math.max(0, failures - FREE_FAILURES) * DELAY_STEP_MS, MAX_DELAY_MS);
}

function cookie(
  name: string,
  value: string,
  maxAge: number,
  sameSite: 'Lax' | 'Strict',
  path: string,
): string {
  return `${name}=${value}; Path=${path}; HttpOnly; Secure; SameSite=${sameSite}; Max-Age=${maxAge}`;
}
