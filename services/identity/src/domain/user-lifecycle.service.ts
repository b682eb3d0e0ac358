import { queueMail } from '@portal/platform';
import { User } from '../entities/user.entity';
import { EmailToken } from '../entities/email-token.entity';
import { RoleGrant } from '../entities/role-grant.entity';
import { DeviceAssignment } from '../entities/device-assignment.entity';
import { StockLocationAssignment } from '../entities/stock-location-assignment.entity';
import { Session } from '../entities/session.entity';
import { issueEmailToken, recentTokens } from './email-tokens';
import { invitationMail } from './mail-texts';
import { audit } from './audit';
import { MembershipService, refuse, type UserPayload } from './membership.service';

/** Invitations sent to one user: at most one a minute and five a day. */
const INVITATIONS_PER_DAY = 5;

const notInvited = () =>
  refuse('NOT_INVITED', ['userId'], 'This user has accepted the invitation already.');

/**
 * An Administrator's care of its organisation's users over time: invitations re-sent or
 * withdrawn, disabled users re-enabled. Same rules as MembershipService (one change at a time
 * per organisation, users of other organisations are "not found").
 */
export class UserLifecycleService extends MembershipService {
  resendInvitation(userId: string): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const user = await this.member(manager, userId, organizationId);
      if (user.passwordHash !== null || user.status !== 'PENDING_CONFIRMATION') throw notInvited();
      const recent = await recentTokens(manager, user.id, 'INVITATION');
      if (recent.lastMinute > 0 || recent.lastDay >= INVITATIONS_PER_DAY) {
        throw refuse(
          'TOO_MANY_ATTEMPTS',
          ['userId'],
          'An invitation was sent a moment ago. Wait a minute (or until tomorrow) before sending another.',
        );
      }
      const token = await issueEmailToken(manager, user, 'INVITATION');
      const invitedBy = this.principal.claims.name ?? 'Canon';
      await queueMail(
        manager,
        user.email,
        invitationMail(user.language, user.name, invitedBy, token),
      );
      await audit(manager, this.principal, 'user.invitation-resent', {
        userId: user.id,
        organizationId,
      });
      return user;
    });
  }

  /** The invited user is removed with its grants, so that the e-mail can be invited afresh. */
  revokeInvitation(userId: string): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const user = await this.member(manager, userId, organizationId);
      if (user.passwordHash !== null || user.status !== 'PENDING_CONFIRMATION') throw notInvited();
      for (const dependent of [
        EmailToken,
        RoleGrant,
        DeviceAssignment,
        StockLocationAssignment,
        Session,
      ])
        await manager.delete(dependent, { userId: user.id });
      await manager.delete(User, user.id);
      await audit(
        manager,
        this.principal,
        'user.invitation-revoked',
        { userId: user.id, organizationId },
        { email: user.email },
      );
      return { ...user, status: 'DISABLED' as const };
    });
  }

  /** A disabled user may sign in again (or, if it never confirmed, finish doing so). */
  enableUser(userId: string): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const user = await this.member(manager, userId, organizationId);
      if (user.status !== 'DISABLED')
        throw refuse('NOT_DISABLED', ['userId'], 'This user is not disabled.');
      const status =
        user.passwordHash && user.emailConfirmedAt
          ? ('ACTIVE' as const)
          : ('PENDING_CONFIRMATION' as const);
      await manager.update(User, user.id, { status });
      await this.keepAdministrators(manager, organizationId, user.id, []);
      await audit(manager, this.principal, 'user.enabled', { userId: user.id, organizationId });
      return { ...user, status };
    });
  }
}
