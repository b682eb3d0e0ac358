import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { queueMail, refused, userError, type Principal, type UserError } from '@portal/platform';
import { Account } from '../entities/account.entity';
import { User } from '../entities/user.entity';
import { RoleGrant } from '../entities/role-grant.entity';
import { DeviceProjection } from '../entities/device-projection.entity';
import { hashPassword } from './passwords';
import { passwordProblem } from './password-policy';
import { issueEmailToken, recentTokens, useEmailToken } from './email-tokens';
import { confirmationMail } from './mail-texts';
import { audit } from './audit';
import { recordStaffMemberEvent } from '../events';
import {
  emailProblem,
  isUniqueViolation,
  languageOf,
  nameProblem,
  normaliseEmail,
} from './validation';
import type { AuthPayload, SessionService } from './session.service';

export interface RegisterInput {
  email: string;
  name: string;
  password: string;
  customerAccountNumber: string;
  deviceSerialNumber: string;
  language?: string | null;
}

const INVALID_TOKEN_PAYLOAD = { session: null, accessToken: null, refreshToken: null };

/** Self-registration, e-mail confirmation and accepting invitations. */
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly sessions: SessionService,
    private readonly afterCommit: () => void,
  ) {}

  /**
   * A customer proves it belongs to an account with the serial of one of its devices; it
   * becomes that organisation's Self-Service user once it confirms the e-mail.
   */
  async register(input: RegisterInput): Promise<{ ok: boolean; userErrors: UserError[] }> {
    const email = normaliseEmail(input.email);
    const language = languageOf(input.language);
    const problems = [
      emailProblem(input.email, ['input', 'email']),
      nameProblem(input.name, ['input', 'name']),
      language ? null : userError('INVALID_INPUT', ['input', 'language'], 'Choose da or en.'),
      passwordProblem(
        input.password,
        ['input', 'password'],
        [email.split('@')[0]!, ...input.name.split(/\s+/)],
      ),
    ].filter((p): p is UserError => p !== null);
    if (problems.length) return { ok: false, userErrors: problems };

    const account = await this.dataSource
      .getRepository(Account)
      .findOneBy({ customerAccountNumber: input.customerAccountNumber.trim() });
    if (!account) {
      return refused(
        'ACCOUNT_NOT_FOUND',
        ['input', 'customerAccountNumber'],
        'No account has this customer account number. It is printed on your contract and invoices.',
        { ok: false },
      );
    }
    const device = await this.dataSource.getRepository(DeviceProjection).findOneBy({
      serialNumber: input.deviceSerialNumber.trim().toUpperCase(),
      accountId: account.id,
    });
    if (!device || device.status === 'DECOMMISSIONED') {
      return refused(
        'OWNERSHIP_NOT_PROVEN',
        ['input', 'deviceSerialNumber'],
        'No device with this serial number is on that account. The serial number is on the label of the printer.',
        { ok: false },
      );
    }
    const passwordHash = await hashPassword(input.password);
    try {
      await this.dataSource.transaction(async (manager) => {
        const taken = await manager
          .getRepository(User)
          .createQueryBuilder('u')
          .where('lower(u.email) = :email', { email })
          .getExists();
        if (taken) throw new EmailTaken();
        const user = await manager.save(User, {
          id: randomUUID(),
          organizationId: account.organizationId,
          email,
          name: input.name.trim(),
          passwordHash,
          status: 'PENDING_CONFIRMATION',
          staffRole: null,
          language: language!,
          emailConfirmedAt: null,
        });
        await manager.insert(RoleGrant, {
          userId: user.id,
          accountId: account.id,
          role: 'SELF_SERVICE_USER',
        });
        const token = await issueEmailToken(manager, user, 'CONFIRM_EMAIL');
        await queueMail(manager, user.email, confirmationMail(user.language, user.name, token));
        await audit(
          manager,
          this.principal,
          'user.registered',
          { userId: user.id, organizationId: user.organizationId },
          { accountId: account.id },
        );
      });
    } catch (error) {
      if (error instanceof EmailTaken || isUniqueViolation(error)) {
        return refused(
          'EMAIL_TAKEN',
          ['input', 'email'],
          'A user with this e-mail exists. Sign in, or ask for a new confirmation e-mail.',
          { ok: false },
        );
      }
      throw error;
    }
    this.afterCommit();
    return { ok: true, userErrors: [] };
  }

  /** Follows the confirmation link: the user is active and signed in. */
  async confirmEmail(token: string): Promise<AuthPayload> {
    return this.dataSource.transaction(async (manager) => {
      const user = await useEmailToken(manager, token, 'CONFIRM_EMAIL');
      if (!user || !user.passwordHash) return invalidToken();
      await manager.update(User, user.id, { status: 'ACTIVE', emailConfirmedAt: new Date() });
      await audit(manager, this.principal, 'user.email-confirmed', {
        userId: user.id,
        organizationId: user.organizationId,
      });
      return this.sessions.openSession(manager, { ...user, status: 'ACTIVE' });
    });
  }

  /**
   * Sends a new confirmation link to an unconfirmed user. Always true, whether or not the
   * e-mail exists; at most one mail a minute and five a day.
   */
  async resendConfirmation(email: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email: normaliseEmail(email) })
        .setLock('pessimistic_write')
        .getOne();
      if (!user || user.status !== 'PENDING_CONFIRMATION' || !user.passwordHash) return;
      const recent = await recentTokens(manager, user.id, 'CONFIRM_EMAIL');
      if (recent.lastMinute > 0 || recent.lastDay >= 5) return;
      const token = await issueEmailToken(manager, user, 'CONFIRM_EMAIL');
      await queueMail(manager, user.email, confirmationMail(user.language, user.name, token));
    });
    this.afterCommit();
    return true;
  }

  /** Follows an invitation link: sets the password, confirms the e-mail, signs in. */
  async acceptInvitation(token: string, password: string): Promise<AuthPayload> {
    try {
      const payload = await this.dataSource.transaction(async (manager) => {
        const user = await useEmailToken(manager, token, 'INVITATION');
        if (!user) return invalidToken();
        const personal = [user.email.split('@')[0]!, ...user.name.split(/\s+/)];
        const weak = passwordProblem(password, ['password'], personal);
        // Rolled back: a weak password is the user's to fix, not a spent invitation.
        if (weak) throw new WeakPassword(weak);
        await manager.update(User, user.id, {
          passwordHash: await hashPassword(password),
          status: 'ACTIVE',
          emailConfirmedAt: new Date(),
        });
        await audit(manager, this.principal, 'user.invitation-accepted', {
          userId: user.id,
          organizationId: user.organizationId,
        });
        // A staff member who signed up may now be given work.
        await recordStaffMemberEvent(manager, user.id);
        return this.sessions.openSession(manager, { ...user, status: 'ACTIVE' });
      });
      this.afterCommit();
      return payload;
    } catch (error) {
      if (error instanceof WeakPassword)
        return { ...INVALID_TOKEN_PAYLOAD, userErrors: [error.problem] };
      throw error;
    }
  }
}

class WeakPassword extends Error {
  constructor(readonly problem: UserError) {
    super(problem.message);
  }
}

class EmailTaken extends Error {}

function invalidToken(): AuthPayload {
  return refused(
    'INVALID_TOKEN',
    ['token'],
    'This link is not valid any more: it was used, has expired, or a newer one was sent. Ask for a new one.',
    INVALID_TOKEN_PAYLOAD,
  );
}
