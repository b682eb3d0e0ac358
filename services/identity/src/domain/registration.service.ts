import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  queueMail,
  refused,
  userError,
  type Logger,
  type Principal,
  type UserError,
} from '@portal/platform';
import { Account } from '../entities/account.entity';
import { User } from '../entities/user.entity';
import { RoleGrant } from '../entities/role-grant.entity';
import { DeviceProjection } from '../entities/device-projection.entity';
import { hashPassword } from './passwords';
import { passwordProblem, WeakPassword } from './password-policy';
import { invalidToken, issueEmailToken, recentTokens, useEmailToken } from './email-tokens';
import { alreadyRegisteredMail, confirmationMail, type Language } from './mail-texts';
import { spendAttempt } from './throttle';
import { audit } from './audit';
import { recordStaffMemberEvent } from '../events';
import { notifyUser } from './notify';
import { AuditEvent } from '../entities/audit-event.entity';
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

/** Registrations (past input checks) per client address and per account number in an hour. */
const REGISTRATIONS_PER_ADDRESS = 20;
const REGISTRATIONS_PER_ACCOUNT = 10;
/** Requests for a new confirmation e-mail per client address in an hour. */
const RESENDS_PER_ADDRESS = 10;

const INVALID_TOKEN_PAYLOAD = { session: null, accessToken: null, refreshToken: null };

/** Self-registration, e-mail confirmation and accepting invitations. */
export class RegistrationService {
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
   * A customer proves it belongs to an account with the serial of one of its devices; it
   * becomes that organisation's Self-Service user once it confirms the e-mail. The answer never
   * tells whether an account number or an e-mail exists: a wrong number or serial is one refusal,
   * and an e-mail that has a user already gets "you already have a user" in its mailbox while
   * the form says what it says on success.
   */
  async register(input: RegisterInput): Promise<{ ok: boolean; userErrors: UserError[] }> {
    const email = normaliseEmail(input.email);
    const language = languageOf(input.language);
    const problems = [
      emailProblem(input.email, ['input', 'email']),
      nameProblem(input.name, ['input', 'name']),
      language ? null : userError('INVALID_INPUT', ['input', 'language'], 'Choose da or en.'),
      passwordProblem(input.password, ['input', 'password'], { email, name: input.name }),
    ].filter((p): p is UserError => p !== null);
    if (problems.length) return { ok: false, userErrors: problems };
    const accountNumber = input.customerAccountNumber.trim();
    const allowed = await spendAttempt(this.dataSource, [
      { key: `register-address:${this.clientAddress}`, max: REGISTRATIONS_PER_ADDRESS },
      { key: `register-account:${accountNumber.toLowerCase()}`, max: REGISTRATIONS_PER_ACCOUNT },
    ]);
    if (!allowed) {
      return refused(
        'TOO_MANY_ATTEMPTS',
        null,
        'Too many registrations from your network or for this customer account number. Wait an hour and try again.',
        { ok: false },
      );
    }
    // Hashed whatever is found next, so that the answer takes as long either way.
    const passwordHash = await hashPassword(input.password);
    const account = await this.provenAccount(accountNumber, input.deviceSerialNumber);
    if (!account) {
      return refused(
        'OWNERSHIP_NOT_PROVEN',
        ['input', 'deviceSerialNumber'],
        'No device with this serial number is on an account with this customer account number. Check both: the serial number is on the label of the printer, the account number on your contract and invoices.',
        { ok: false },
      );
    }
    await this.dataSource
      .transaction((manager) =>
        this.createOrTellOwner(
          manager,
          account,
          { ...input, email, language: language! },
          passwordHash,
        ),
      )
      // A concurrent registration of the same e-mail won: its owner has that one's mail.
      .catch((error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
      });
    this.afterCommit();
    return { ok: true, userErrors: [] };
  }

  /**
   * The account whose number was given, when the serial is one of its devices in service: one
   * query, so that an unknown number and a wrong serial take the same time.
   */
  private provenAccount(accountNumber: string, serialNumber: string): Promise<Account | null> {
    return this.dataSource
      .getRepository(Account)
      .createQueryBuilder('a')
      .innerJoin(
        DeviceProjection,
        'd',
        'd.accountId = a.id AND d.serialNumber = :serial AND d.status <> :gone',
        { serial: serialNumber.trim().toUpperCase(), gone: 'DECOMMISSIONED' },
      )
      .where('a.customerAccountNumber = :accountNumber', { accountNumber })
      .getOne();
  }

  /** A new pending user with its confirmation mail, or a mail to the e-mail's existing user. */
  private async createOrTellOwner(
    manager: EntityManager,
    account: Account,
    input: RegisterInput & { language: Language },
    passwordHash: string,
  ): Promise<void> {
    const existing = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email: input.email })
      .getOne();
    if (existing) {
      await queueMail(
        manager,
        existing.email,
        alreadyRegisteredMail(existing.language, existing.name),
      );
      await audit(manager, this.principal, 'user.registration-for-existing-email', {
        userId: existing.id,
        organizationId: existing.organizationId,
      });
      return;
    }
    const user = await manager.save(User, {
      id: randomUUID(),
      organizationId: account.organizationId,
      email: input.email,
      name: input.name.trim(),
      passwordHash,
      status: 'PENDING_CONFIRMATION',
      staffRole: null,
      language: input.language,
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
   * e-mail exists; at most one mail a minute and five a day per user, and a budget of requests
   * per client address (so one caller cannot mail many users).
   */
  async resendConfirmation(email: string): Promise<boolean> {
    const allowed = await spendAttempt(this.dataSource, [
      { key: `resend-address:${this.clientAddress}`, max: RESENDS_PER_ADDRESS },
    ]);
    // Looked up and mailed after the answer, so an existing and an unknown e-mail take the same
    // time to answer (npm run bench:recovery).
    if (allowed) {
      this.mailConfirmation(email).catch((error: unknown) =>
        this.log.error({ err: error }, 'confirmation mail not queued'),
      );
    }
    return true;
  }

  private async mailConfirmation(email: string): Promise<void> {
    const queued = await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email', { email: normaliseEmail(email) })
        .setLock('pessimistic_write')
        .getOne();
      if (!user || user.status !== 'PENDING_CONFIRMATION' || !user.passwordHash) return false;
      const recent = await recentTokens(manager, user.id, 'CONFIRM_EMAIL');
      if (recent.lastMinute > 0 || recent.lastDay >= 5) return false;
      const token = await issueEmailToken(manager, user, 'CONFIRM_EMAIL');
      await queueMail(manager, user.email, confirmationMail(user.language, user.name, token));
      return true;
    });
    if (queued) this.afterCommit();
  }

  /** Follows an invitation link: sets the password, confirms the e-mail, signs in. */
  async acceptInvitation(token: string, password: string): Promise<AuthPayload> {
    try {
      const payload = await this.dataSource.transaction(async (manager) => {
        const user = await useEmailToken(manager, token, 'INVITATION');
        if (!user) return invalidToken();
        const weak = passwordProblem(password, ['password'], user);
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
        await invitationAccepted(manager, user);
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

/** The user who invited (the newest `user.invited` of the audit trail) hears that it was accepted. */
async function invitationAccepted(manager: EntityManager, user: User): Promise<void> {
  const invited = await manager.findOne(AuditEvent, {
    where: { action: 'user.invited', targetUserId: user.id },
    order: { at: 'DESC' },
  });
  const [kind, inviterId] = invited?.actor.split(':') ?? [];
  if (kind !== 'user' || !inviterId) return;
  await notifyUser(manager, {
    userId: inviterId,
    type: 'INVITATION_ACCEPTED',
    facts: { name: user.name, email: user.email },
  });
}
