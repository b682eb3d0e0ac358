import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { refused, SESSION_COOKIE, type Principal, type UserError } from '@portal/platform';
import { Session } from '../entities/session.entity';
import { User } from '../entities/user.entity';
import { verifyPassword } from './passwords';
import { ACCESS_TOKEN_SECONDS, signAccessToken } from './tokens';

/** A browser session ends after this, whatever refreshes it (issue: refresh tokens). */
const SESSION_HOURS = 12;

export interface AuthPayload {
  session: { user: User; expiresAt: Date } | null;
  accessToken: string | null;
  userErrors: UserError[];
}

const NO_SESSION = { session: null, accessToken: null };

/** Signing in and out. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly setCookie: (cookie: string) => void,
  ) {}

  async login(email: string, password: string): Promise<AuthPayload> {
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
    if (user.status === 'PENDING_CONFIRMATION') {
      return refused(
        'EMAIL_NOT_CONFIRMED',
        ['email'],
        'Confirm your e-mail first: follow the link in the e-mail we sent you.',
        NO_SESSION,
      );
    }
    const session = await this.dataSource.getRepository(Session).save({
      id: randomUUID(),
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
      revokedAt: null,
    });
    const accessToken = await signAccessToken(user.id, session.id);
    this.setCookie(sessionCookie(accessToken, ACCESS_TOKEN_SECONDS));
    return {
      session: { user, expiresAt: new Date(Date.now() + ACCESS_TOKEN_SECONDS * 1000) },
      accessToken,
      userErrors: [],
    };
  }

  /** Revokes the caller's session: its tokens are refused from the next request on. */
  async logout(): Promise<boolean> {
    this.setCookie(sessionCookie('', 0));
    const sessionId = this.principal.claims.sessionId;
    if (this.principal.isAnonymous || !sessionId) return false;
    const result = await this.dataSource
      .getRepository(Session)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }
}

function sessionCookie(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=${maxAgeSeconds}`;
}
