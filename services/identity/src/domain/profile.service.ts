import { IsNull, MoreThan, type DataSource } from 'typeorm';
import {
  forbidden,
  fromGlobalId,
  queueMail,
  refused,
  toGlobalId,
  userError,
  type Principal,
  type UserError,
} from '@portal/platform';
import { User } from '../entities/user.entity';
import { Session } from '../entities/session.entity';
import { hashPassword, verifyPassword } from './passwords';
import { passwordProblem } from './password-policy';
import { passwordChangedMail } from './password-reset-mails';
import { revokeSessions } from './session-revocation';
import { spendAttempt } from './throttle';
import { audit } from './audit';
import { languageOf, nameProblem } from './validation';
import type { UserPayload } from './membership.service';

export interface UpdateProfileInput {
  name?: string | null;
  phone?: string | null;
  language?: string | null;
}

export interface UserSessionView {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** Tries of the current password per user in an hour (a stolen session must not guess it). */
const PASSWORD_CHECKS_PER_HOUR = 10;
const PHONE = /^\+?[0-9 ()./-]{4,40}$/;

/** The signed-in user's own account: profile, password and sessions. */
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly afterCommit: () => void,
  ) {}

  async update(input: UpdateProfileInput): Promise<UserPayload> {
    const userId = this.self();
    const phone = input.phone?.trim();
    const language = input.language == null ? undefined : languageOf(input.language);
    const problems = [
      input.name == null ? null : nameProblem(input.name, ['input', 'name']),
      phone && !PHONE.test(phone)
        ? userError(
            'INVALID_INPUT',
            ['input', 'phone'],
            'Enter the phone as digits, optionally with +, spaces, dashes or brackets.',
          )
        : null,
      language === null
        ? userError('INVALID_INPUT', ['input', 'language'], 'Choose da or en.')
        : null,
    ].filter((p): p is UserError => p !== null);
    if (problems.length) return { user: null, userErrors: problems };
    const user = await this.dataSource.transaction(async (manager) => {
      const changes = {
        ...(input.name == null ? {} : { name: input.name.trim() }),
        ...(phone === undefined ? {} : { phone: phone || null }),
        ...(language ? { language } : {}),
      };
      if (Object.keys(changes).length) await manager.update(User, userId, changes);
      await audit(
        manager,
        this.principal,
        'user.profile-updated',
        {
          userId,
          organizationId: this.principal.organizationId,
        },
        changes,
      );
      return manager.findOneByOrFail(User, { id: userId });
    });
    return { user, userErrors: [] };
  }

  /** A new password for the signed-in user; its other sessions end, this one stays. */
  async changePassword(
    currentPassword: string,
    newPassword: string,
  ): Promise<{ ok: boolean; signedOutSessions: number; userErrors: UserError[] }> {
    const userId = this.self();
    const no = { ok: false, signedOutSessions: 0 };
    const allowed = await spendAttempt(this.dataSource, [
      { key: `change-password:${userId}`, max: PASSWORD_CHECKS_PER_HOUR },
    ]);
    if (!allowed)
      return refused('TOO_MANY_ATTEMPTS', null, 'Too many tries. Wait an hour and try again.', no);
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    if (!(await verifyPassword(user.passwordHash, currentPassword)))
      return refused(
        'WRONG_PASSWORD',
        ['currentPassword'],
        'The current password is not right.',
        no,
      );
    const weak = passwordProblem(newPassword, ['newPassword'], user);
    if (weak) return { ...no, userErrors: [weak] };
    const passwordHash = await hashPassword(newPassword);
    const signedOutSessions = await this.dataSource.transaction(async (manager) => {
      await manager.update(User, userId, { passwordHash });
      const signedOut = await revokeSessions(manager, userId, this.principal.claims.sessionId);
      await queueMail(manager, user.email, passwordChangedMail(user.language, user.name));
      await audit(
        manager,
        this.principal,
        'user.password-changed',
        {
          userId,
          organizationId: user.organizationId,
        },
        { signedOut },
      );
      return signedOut;
    });
    this.afterCommit();
    return { ok: true, signedOutSessions, userErrors: [] };
  }

  /** The caller's sessions that have not ended, newest first. */
  async sessions(): Promise<UserSessionView[]> {
    const userId = this.self();
    const rows = await this.dataSource.getRepository(Session).find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
    return rows.map((s) => ({
      id: toGlobalId('UserSession', s.id),
      createdAt: s.createdAt,
      expiresAt: s.expiresAt,
      current: s.id === this.principal.claims.sessionId,
    }));
  }

  /** Ends one of the caller's own sessions; anyone else's is "not found". */
  async signOutSession(sessionId: string): Promise<{ signedOut: number; userErrors: UserError[] }> {
    const userId = this.self();
    const id = fromGlobalId('UserSession', sessionId);
    const result = id
      ? await this.dataSource
          .getRepository(Session)
          .update({ id, userId, revokedAt: IsNull() }, { revokedAt: new Date() })
      : null;
    if (!result?.affected)
      return refused('NOT_FOUND', ['sessionId'], 'No such session: it may have ended already.', {
        signedOut: 0,
      });
    return { signedOut: 1, userErrors: [] };
  }

  async signOutAll(keepCurrent: boolean): Promise<{ signedOut: number; userErrors: UserError[] }> {
    const userId = this.self();
    const except = keepCurrent ? this.principal.claims.sessionId : null;
    const signedOut = await this.dataSource.transaction((manager) =>
      revokeSessions(manager, userId, except),
    );
    return { signedOut, userErrors: [] };
  }

  /** The signed-in user's id; an API key has no profile or sessions. */
  private self(): string {
    this.principal.requireSignedIn();
    if (this.principal.claims.kind !== 'user' || !this.principal.claims.id) throw forbidden();
    return this.principal.claims.id;
  }
}
