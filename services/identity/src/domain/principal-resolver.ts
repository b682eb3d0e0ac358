import type { DataSource } from 'typeorm';
import type { CustomerRole, PrincipalClaims, StaffRole } from '@portal/platform';
import { readAccessToken } from './tokens';

interface Row {
  id: string;
  name: string;
  organization_id: string | null;
  staff_role: StaffRole | null;
  session_id: string;
  grants: { accountId: string; role: CustomerRole }[];
  device_ids: string[];
  stock_location_ids: string[];
}

/**
 * Turns a token into the caller's principal, checking on every call that the session is
 * live and the user active: what the gateway caches for at most a second.
 */
export async function resolvePrincipal(
  dataSource: DataSource,
  token: string,
): Promise<PrincipalClaims | null> {
  const access = await readAccessToken(token);
  if (!access) return null;
  const rows: Row[] = await dataSource.query(
    `SELECT u.id, u.name, u.organization_id, u.staff_role, s.id AS session_id,
       COALESCE((SELECT json_agg(json_build_object('accountId', g.account_id, 'role', g.role))
                   FROM identity.role_grant g WHERE g.user_id = u.id), '[]') AS grants,
       COALESCE((SELECT json_agg(d.device_id) FROM identity.device_assignment d
                  WHERE d.user_id = u.id), '[]') AS device_ids,
       COALESCE((SELECT json_agg(a.stock_location_id) FROM identity.stock_location_assignment a
                  WHERE a.user_id = u.id), '[]') AS stock_location_ids
     FROM identity.session s JOIN identity.app_user u ON u.id = s.user_id
     WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
       AND u.status = 'ACTIVE'`,
    [access.sessionId, access.userId],
  );
  const row = rows[0];
  if (!row) return null;
  const rolesByAccount = new Map<string, CustomerRole[]>();
  for (const grant of row.grants) {
    rolesByAccount.set(grant.accountId, [
      ...(rolesByAccount.get(grant.accountId) ?? []),
      grant.role,
    ]);
  }
  return {
    kind: 'user',
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    staffRole: row.staff_role,
    grants: [...rolesByAccount].map(([accountId, roles]) => ({ accountId, roles })),
    deviceIds: row.device_ids,
    stockLocationIds: row.stock_location_ids,
    sessionId: row.session_id,
  };
}
