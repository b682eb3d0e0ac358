import type { DataSource } from 'typeorm';
import {
  API_KEY_PREFIX,
  SERVICE_ACCOUNT_PREFIX,
  type BackOfficeCapability,
  type CustomerRole,
  type PrincipalClaims,
  type StaffRole,
} from '@portal/platform';
import { readAccessToken } from './tokens';
import { sameHash, sha256 } from './secrets';

const API_KEY = /^pk_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;
const SERVICE_ACCOUNT = /^sa_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;

interface Row {
  id: string;
  name: string;
  email: string;
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
  if (token.startsWith(API_KEY_PREFIX)) return resolveApiKey(dataSource, token);
  if (token.startsWith(SERVICE_ACCOUNT_PREFIX)) return resolveServiceAccount(dataSource, token);
  const access = await readAccessToken(token);
  if (!access) return null;
  const rows: Row[] = await dataSource.query(
    `SELECT u.id, u.name, u.email, u.organization_id, u.staff_role, s.id AS session_id,
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
  return {
    kind: 'user',
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    staffRole: row.staff_role,
    grants: rolesPerAccount(row.grants),
    deviceIds: row.device_ids,
    stockLocationIds: row.stock_location_ids,
    sessionId: row.session_id,
    email: row.email,
  };
}

/**
 * An API key acts for its organisation with its own grants, narrowed to what its creator still
 * administers: demoting or disabling the Administrator narrows or stops the key at once.
 */
async function resolveApiKey(
  dataSource: DataSource,
  token: string,
): Promise<PrincipalClaims | null> {
  const match = API_KEY.exec(token);
  if (!match) return null;
  const [, id, secret] = match as unknown as [string, string, string];
  const rows: {
    id: string;
    name: string;
    organization_id: string;
    secret_hash: string;
    grants: { accountId: string; role: CustomerRole }[];
  }[] = await dataSource.query(
    `SELECT k.id, k.name, k.organization_id, k.secret_hash,
       COALESCE((SELECT json_agg(json_build_object('accountId', g.account_id, 'role', g.role))
                   FROM identity.api_key_grant g
                  WHERE g.api_key_id = k.id
                    AND EXISTS (SELECT 1 FROM identity.role_grant a WHERE a.user_id = k.created_by
                                   AND a.account_id = g.account_id AND a.role = 'ADMINISTRATOR')),
                '[]') AS grants
     FROM identity.api_key k JOIN identity.app_user u ON u.id = k.created_by
     WHERE k.id = $1 AND k.revoked_at IS NULL AND u.status = 'ACTIVE'`,
    [id],
  );
  const row = rows[0];
  if (!row || !sameHash(row.secret_hash, sha256(secret))) return null;
  // At most one write a minute per key, not one per request.
  await dataSource.query(
    `UPDATE identity.api_key SET last_used_at = now()
      WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [id],
  );
  return {
    kind: 'apiKey',
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    staffRole: null,
    grants: rolesPerAccount(row.grants),
    deviceIds: [],
    stockLocationIds: [],
    sessionId: null,
  };
}

/**
 * One of the vendor's systems: no organisation, no grants, no staff role; only its
 * capabilities. Revoking or rotating stops the old secret at once.
 */
async function resolveServiceAccount(
  dataSource: DataSource,
  token: string,
): Promise<PrincipalClaims | null> {
  const match = SERVICE_ACCOUNT.exec(token);
  if (!match) return null;
  const [, id, secret] = match as unknown as [string, string, string];
  const rows: {
    id: string;
    name: string;
    secret_hash: string;
    capabilities: BackOfficeCapability[];
  }[] = await dataSource.query(
    `SELECT id, name, secret_hash, capabilities FROM identity.service_account
      WHERE id = $1 AND revoked_at IS NULL`,
    [id],
  );
  const row = rows[0];
  if (!row || !sameHash(row.secret_hash, sha256(secret))) return null;
  await dataSource.query(
    `UPDATE identity.service_account SET last_used_at = now()
      WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [id],
  );
  return {
    kind: 'serviceAccount',
    id: row.id,
    name: row.name,
    organizationId: null,
    staffRole: null,
    grants: [],
    deviceIds: [],
    stockLocationIds: [],
    sessionId: null,
    capabilities: row.capabilities,
  };
}

/** The grants as the principal carries them: one entry per account, with all its roles. */
function rolesPerAccount(grants: Row['grants']): { accountId: string; roles: CustomerRole[] }[] {
  const rolesByAccount = new Map<string, CustomerRole[]>();
  for (const grant of grants) {
    rolesByAccount.set(grant.accountId, [
      ...(rolesByAccount.get(grant.accountId) ?? []),
      grant.role,
    ]);
  }
  return [...rolesByAccount].map(([accountId, roles]) => ({ accountId, roles }));
}
