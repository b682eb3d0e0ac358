import type { DataSource } from 'typeorm';
import { SignInAttempt } from '../entities/sign-in-attempt.entity';

/**
 * The client address as throttling counts it: an IPv6 client usually holds a whole /64, so its
 * first four groups are one address; IPv4 (also IPv4-mapped) as it is.
 */
export function clientAddressKey(address: string | undefined): string {
  const given = address?.trim().toLowerCase();
  if (!given) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(given);
  if (mapped) return mapped[1]!;
  if (!given.includes(':')) return given;
  const [head = '', tail = ''] = given.split('::');
  const groups = [...head.split(':').filter(Boolean)];
  const missing = 8 - groups.length - tail.split(':').filter(Boolean).length;
  for (let i = 0; i < missing && groups.length < 4; i++) groups.push('0');
  groups.push(...tail.split(':').filter(Boolean));
  return `${groups.slice(0, 4).join(':')}::/64`;
}

export interface AttemptBudget {
  key: string;
  /** Attempts allowed under the key in WINDOW_MINUTES. */
  max: number;
}

const WINDOW_MINUTES = 60;

/**
 * Counts an attempt against each budget, or, when one of them is spent, counts nothing and
 * answers false. Counted first and checked after, so concurrent attempts cannot all slip in.
 */
export async function spendAttempt(
  dataSource: DataSource,
  budgets: AttemptBudget[],
): Promise<boolean> {
  const repository = dataSource.getRepository(SignInAttempt);
  const inserted = await repository.insert(budgets.map(({ key }) => ({ key })));
  const rows: { key: string; n: string }[] = await dataSource.query(
    `SELECT key, count(*) AS n FROM identity.sign_in_attempt
      WHERE key = ANY($1) AND at > now() - make_interval(mins => $2) GROUP BY key`,
    [budgets.map((b) => b.key), WINDOW_MINUTES],
  );
  const spent = budgets.some(
    (budget) => Number(rows.find((r) => r.key === budget.key)?.n ?? 0) > budget.max,
  );
  if (spent) await repository.delete(inserted.identifiers.map((row) => String(row.id)));
  return !spent;
}
