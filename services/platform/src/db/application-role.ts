import pg from 'pg';
import { SUBGRAPHS } from '../environment';
import { PostgresEventTransport } from '../events/postgres-transport';
import { schemaOf } from './data-source';

/**
 * The role subgraphs and the gateway connect as: rows only (SELECT, INSERT, UPDATE, DELETE on
 * the subgraphs', the event bus' and the gateway's tables, their sequences), no DDL, owner of
 * nothing, not a superuser, no BYPASSRLS. Migrations and the event bus' storage are installed by the owner first (the
 * launcher, or the test); this grants on whatever tables exist then, so run it after every
 * migration. Returns `ownerUrl` with the role's credentials.
 */
export async function ensureApplicationRole(
  ownerUrl: string,
  { role, password }: { role: string; password: string },
): Promise<string> {
  const bus = new PostgresEventTransport(ownerUrl);
  try {
    await bus.install();
  } finally {
    await bus.close();
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const name = client.escapeIdentifier(role);
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    await client.query(
      `${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB
       NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
    );
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    await client.query(
      `GRANT CONNECT ON DATABASE ${client.escapeIdentifier(rows[0]!.db)} TO ${name}`,
    );
    // The gateway's schema (its fair-use counters) where its migration made it here.
    const gateway = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = 'gateway'");
    for (const schema of [
      ...SUBGRAPHS.map((s) => schemaOf(s.name)),
      'event_bus',
      ...(gateway.rowCount ? ['gateway'] : []),
    ]) {
      const quoted = client.escapeIdentifier(schema);
      await client.query(`
        GRANT USAGE ON SCHEMA ${quoted} TO ${name};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${quoted} TO ${name};
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${quoted} TO ${name};`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}
