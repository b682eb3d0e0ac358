import type { BaseContext } from '@portal/platform';
import type { AccountService } from './domain/account.service';
import type { UserService } from './domain/user.service';
import type { SessionService } from './domain/session.service';
import type { RegistrationService } from './domain/registration.service';
import type { MembershipService } from './domain/membership.service';
import type { ApiKeyService } from './domain/api-key.service';
import type { ApiBudgetService } from './domain/api-budget.service';
import type { ApiKeyUsageService } from './domain/api-key-usage.service';
import type { AuditTrailService } from './domain/audit-trail.service';
import type { PasswordResetService } from './domain/password-reset.service';
import type { ProfileService } from './domain/profile.service';
import type { UserLifecycleService } from './domain/user-lifecycle.service';
import type { SecondFactorService } from './domain/second-factor.service';
import type { PasskeyService } from './domain/passkey.service';
import type { NotificationService } from './domain/notification.service';

export interface IdentityContext extends BaseContext {
  accounts: AccountService;
  users: UserService;
  sessions: SessionService;
  registration: RegistrationService;
  membership: MembershipService;
  apiKeys: ApiKeyService;
  apiBudgets: ApiBudgetService;
  apiKeyUsage: ApiKeyUsageService;
  auditTrail: AuditTrailService;
  passwordReset: PasswordResetService;
  profile: ProfileService;
  lifecycle: UserLifecycleService;
  secondFactor: SecondFactorService;
  passkeys: PasskeyService;
  notifications: NotificationService;
}
