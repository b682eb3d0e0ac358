import { Pool } from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';

/** Where the fair-use counters live: one row per caller, its consumed cost and window end. */
export const FAIR_USE_TABLE = {
  schemaName: 'gateway',
  tableName: 'fair_use',
  keyPrefix: 'fair-use',
} as const;

/**
 * The gateway's one migration: schema `gateway` and the counters' table, in rate-limiter-
 * flexible's own shape (the library writes its DDL; we only run it). Idempotent; an advisory
 * lock lets gateway replicas or migration jobs starting together take turns.
 */
export async function createFairUseTable(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['portal-migrate:gateway']);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${FAIR_USE_TABLE.schemaName}`);
    await new Promise<void>((resolve, reject) => {
      // The constructor creates the table and calls back; this instance is then dropped.
      new RateLimiterPostgres(
        {
          ...FAIR_USE_TABLE,
          storeClient: client,
          storeType: 'client',
          points: 1,
          duration: 1,
          clearExpiredByTimeout: false,
        },
        (error?: Error) => (error ? reject(error) : resolve()),
      );
    });
  } finally {
    await client
      .query('SELECT pg_advisory_unlock(hashtext($1))', ['portal-migrate:gateway'])
      .catch(() => undefined);
    client.release();
  }
}

/** Whether the counters' table exists and this connection's role may read and write it. */
export async function fairUseTableUsable(pool: Pool): Promise<boolean> {
  const table = `${FAIR_USE_TABLE.schemaName}.${FAIR_USE_TABLE.tableName}`;
  const { rows } = await pool
    .query<{ usable: boolean }>(
      `SELECT CASE WHEN to_regclass($1) IS NULL THEN false ELSE
         has_table_privilege($1, 'SELECT') AND has_table_privilege($1, 'INSERT')
         AND has_table_privilege($1, 'UPDATE') AND has_table_privilege($1, 'DELETE') END AS usable`,
      [table],
    )
    // No USAGE on the schema: not this role's table.
    .catch(() => ({ rows: [{ usable: false }] }));
  return rows[0]?.usable ?? false;
}

/**
 * Migrates the gateway's database as its owner (the launcher, the test templates, a deployment's
 * migration job), so the gateway itself may run as a role without CREATE.
 */
export async function migrateGateway(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await createFairUseTable(pool);
  } finally {
    await pool.end();
  }
}
