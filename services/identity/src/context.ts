import type { BaseContext } from '@portal/platform';
import type { AccountService } from './domain/account.service';
import type { UserService } from './domain/user.service';
import type { SessionService } from './domain/session.service';

export interface IdentityContext extends BaseContext {
  accounts: AccountService;
  users: UserService;
  sessions: SessionService;
}
