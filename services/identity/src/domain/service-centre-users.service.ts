import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { fromGlobalId, queueMail, type StaffRole, type UserError } from '@portal/platform';
import { User } from '../entities/user.entity';
import { Session } from '../entities/session.entity';
import { EmailToken } from '../entities/email-token.entity';
import { issueEmailToken } from './email-tokens';
import { confirmationMail, invitationMail } from './mail-texts';
import { audit } from './audit';
import { recordStaffMemberEvent } from '../events';
import { emailProblem, nameProblem, normaliseEmail } from './validation';
import {
  Refusal,
  refuse,
  USER_NOT_FOUND,
  UserChanges,
  type UserPayload,
} from './membership.service';

/**
 * What the service centre does to users, outside any organisation's own membership: it creates
 * its staff users (agents and planners), and a Service agent corrects a customer's e-mail.
 */
export class ServiceCentreUserService extends UserChanges {
  /** Service agents correct a customer's e-mail; the new address must be confirmed. */
  async correctUserEmail(userId: string, newEmail: string): Promise<UserPayload> {
    this.principal.requireStaff('SERVICE_AGENT');
    return this.run(async (manager) => {
      const problem = emailProblem(newEmail, ['email']);
      if (problem) throw new Refusal([problem]);
      const id = fromGlobalId('User', userId);
      const user = id
        ? await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!user || user.staffRole) throw USER_NOT_FOUND();
      const email = normaliseEmail(newEmail);
      const taken = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email AND u.id <> :id', { email, id: user.id })
        .getExists();
      if (taken) throw refuse('EMAIL_TAKEN', ['email'], 'Another user has this e-mail.');
      const corrected = {
        ...user,
        email,
        status: user.status === 'DISABLED' ? user.status : ('PENDING_CONFIRMATION' as const),
        emailConfirmedAt: null,
      };
      await manager.update(User, user.id, {
        email,
        status: corrected.status,
        emailConfirmedAt: null,
      });
      await manager.update(
        Session,
        { userId: user.id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await manager.update(
        EmailToken,
        { userId: user.id, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      const invited = user.passwordHash === null;
      const token = await issueEmailToken(
        manager,
        corrected,
        invited ? 'INVITATION' : 'CONFIRM_EMAIL',
      );
      await queueMail(
        manager,
        email,
        invited
          ? invitationMail(user.language, user.name, 'Canon', token)
          : confirmationMail(user.language, user.name, token),
      );
      await audit(
        manager,
        this.principal,
        'user.email-corrected',
        { userId: user.id, organizationId: user.organizationId },
        { from: user.email, to: email },
      );
      return corrected;
    });
  }

  /** Staff users are created by staff only, and set their password through the invitation. */
  async createStaffUser(input: {
    email: string;
    name: string;
    staffRole: StaffRole;
    idempotencyKey?: string | null;
  }): Promise<UserPayload> {
    this.principal.requireStaff('SERVICE_AGENT', 'SERVICE_PLANNER');
    const idempotent = { operation: 'createStaffUser', key: input.idempotencyKey, input } as const;
    return this.run(async (manager) => {
      const problems = [
        emailProblem(input.email, ['input', 'email']),
        nameProblem(input.name, ['input', 'name']),
      ].filter((p): p is UserError => p !== null);
      if (problems.length) throw new Refusal(problems);
      const email = normaliseEmail(input.email);
      await this.refuseTakenEmail(manager, email);
      const user = await manager.save(User, {
        id: randomUUID(),
        organizationId: null,
        email,
        name: input.name.trim(),
        passwordHash: null,
        status: 'PENDING_CONFIRMATION',
        staffRole: input.staffRole,
        language: 'da',
        emailConfirmedAt: null,
      });
      const token = await issueEmailToken(manager, user, 'INVITATION');
      await queueMail(
        manager,
        email,
        invitationMail('da', user.name, this.principal.claims.name ?? 'Canon', token),
      );
      await recordStaffMemberEvent(manager, user.id);
      await audit(
        manager,
        this.principal,
        'staff-user.created',
        { userId: user.id },
        { staffRole: input.staffRole },
      );
      return user;
    }, idempotent);
  }
}
