import type { BaseContext } from '@portal/platform';
import type { AccountService } from './domain/account.service';
import type { UserService } from './domain/user.service';
import type { SessionService } from './domain/session.service';
import type { RegistrationService } from './domain/registration.service';
import type { MembershipService } from './domain/membership.service';
import type { ApiKeyService } from './domain/api-key.service';
import type { AuditTrailService } from './domain/audit-trail.service';
import type { PasswordResetService } from './domain/password-reset.service';
import type { ProfileService } from './domain/profile.service';
import type { UserLifecycleService } from './domain/user-lifecycle.service';
import type { SecondFactorService } from './domain/second-factor.service';
import type { PasskeyService } from './domain/passkey.service';
import type { NotificationService } from './domain/notification.service';
import type { NodeOwners } from './domain/node-owners';

export interface IdentityContext extends BaseContext {
  accounts: AccountService;
  users: UserService;
  sessions: SessionService;
  registration: RegistrationService;
  membership: MembershipService;
  apiKeys: ApiKeyService;
  auditTrail: AuditTrailService;
  passwordReset: PasswordResetService;
  profile: ProfileService;
  lifecycle: UserLifecycleService;
  secondFactor: SecondFactorService;
  passkeys: PasskeyService;
  notifications: NotificationService;
  nodeOwners: NodeOwners;
}
