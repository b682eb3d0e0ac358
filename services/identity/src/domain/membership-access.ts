import type { Principal } from '@portal/platform';
import type { User } from '../entities/user.entity';

/**
 * Who may change an organisation's users (MembershipService) and what each change asks of the
 * user: the mutations check these, and each User's viewerCan… fields answer from them, so the
 * client shows an action exactly when the mutation would take it.
 */

/**
 * The organisation whose users the caller may change: a signed-in user (never an API key) who
 * is Administrator of at least one of its accounts; null for anyone else.
 */
export function administeredOrganization(principal: Principal): string | null {
  if (principal.isAnonymous || principal.claims.kind !== 'user') return null;
  const organizationId = principal.organizationId;
  if (!organizationId || principal.accountsWhere('ADMINISTRATOR').length === 0) return null;
  return organizationId;
}

/**
 * Whether the user is one the caller may change (roles, assignments, primary contact, disabling):
 * of the organisation it administers (MembershipService.member answers any other "not found").
 */
export function managesMember(principal: Principal, user: Pick<User, 'organizationId'>): boolean {
  const organizationId = administeredOrganization(principal);
  return organizationId !== null && user.organizationId === organizationId;
}

/** The primary contact must be an active Administrator (setPrimaryContact's NOT_AN_ADMINISTRATOR). */
export function mayBePrimaryContact(user: Pick<User, 'status'>, isAdministrator: boolean): boolean {
  return isAdministrator && user.status === 'ACTIVE';
}
