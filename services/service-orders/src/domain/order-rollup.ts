import type { EntityManager } from 'typeorm';
import { ServiceOrder } from '../entities/service-order.entity';
import { ServiceOrderEvent } from '../entities/service-order-event.entity';
import { ServiceOrderDay } from '../entities/service-order-day.entity';
import { calendarFor, DEFAULT_COUNTRY } from './calendars';
import { accountDaysOf, applyAccountDays } from './account-day-rollup';

const ZONE = calendarFor(DEFAULT_COUNTRY).config.timeZone;
const day = (column: string) => `(${column} AT TIME ZONE '${ZONE}')::date`;
const COLUMNS = `device_id, day, submitted, due, responded_on_time, responded_late,
  unresponded, finished`;

/**
 * Recounts the rollup days an order's change touches (its day of submission, the day its
 * response is due, and today's, when it finishes), in the caller's transaction, which holds
 * the order locked. Recounting a device's day rather than adding a delta keeps every
 * transition exact with one rule, and costs the device's orders of those days.
 */
export async function refreshOrderDays(
  manager: EntityManager,
  orderId: string,
  at: Date,
): Promise<void> {
  const rollup = tableOf(manager, ServiceOrderDay);
  const keys = `SELECT DISTINCT o.device_id, k.day FROM ${tableOf(manager, ServiceOrder)} o,
      LATERAL (VALUES (${day('o.submitted_at')}), (${day('o.response_due_at')}),
                      (${day('$2::timestamptz')})) k(day)
     WHERE o.id = $1`;
  // What the change did to the device's days moves its account's days by as much.
  const before = await manager.query(
    `WITH gone AS (
       DELETE FROM ${rollup} r USING (${keys}) k
        WHERE r.device_id = k.device_id AND r.day = k.day RETURNING r.*
     ) ${accountDaysOf(manager, 'gone')}`,
    [orderId, at],
  );
  const after = await manager.query(
    `WITH k AS (${keys}), added AS (
       INSERT INTO ${rollup} (${COLUMNS})
       ${countSql(
         manager,
         'o.device_id = (SELECT device_id FROM k LIMIT 1)',
         '(f.device_id, f.day) IN (SELECT device_id, day FROM k)',
       )}
       RETURNING *
     ) ${accountDaysOf(manager, 'added')}`,
    [orderId, at],
  );
  await applyAccountDays(manager, before, after);
}

/** Empties the rollup and counts it again from every order (`npm run rollups:rebuild`). */
export async function rebuildOrderDays(manager: EntityManager): Promise<number> {
  const rollup = tableOf(manager, ServiceOrderDay);
  await manager.query(`TRUNCATE ${rollup}`);
  await manager.query(`INSERT INTO ${rollup} (${COLUMNS}) ${countSql(manager, 'TRUE')}`);
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM ${rollup}`,
  );
  return count;
}

/**
 * The rollup's rows from the orders of `orders` (a condition on `o`), the rows `keep` (on
 * `f`): the one rule the refresh and the rebuild share.
 */
function countSql(manager: EntityManager, orders: string, keep = 'TRUE'): string {
  const order = tableOf(manager, ServiceOrder);
  const finishedAt = `(SELECT min(e.at) FROM ${tableOf(manager, ServiceOrderEvent)} e
      WHERE e.order_id = o.id AND e.to_status IN ('RESOLVED', 'CLOSED', 'CANCELLED'))`;
  return `SELECT f.device_id, f.day, sum(f.submitted)::int, sum(f.due)::int,
                 sum(f.on_time)::int, sum(f.late)::int, sum(f.unresponded)::int,
                 sum(f.finished)::int
            FROM (
              SELECT o.device_id, ${day('o.submitted_at')} AS day, 1 AS submitted, 0 AS due,
                     0 AS on_time, 0 AS late, 0 AS unresponded, 0 AS finished
                FROM ${order} o WHERE ${orders}
              UNION ALL
              SELECT o.device_id, ${day('o.response_due_at')}, 0, 1,
                     coalesce(o.responded_at <= o.response_due_at, false)::int,
                     coalesce(o.responded_at > o.response_due_at, false)::int,
                     (o.responded_at IS NULL)::int, 0
                FROM ${order} o
               WHERE ${orders} AND (o.responded_at IS NOT NULL OR o.status <> 'CANCELLED')
              UNION ALL
              SELECT o.device_id, ${day('x.at')}, 0, 0, 0, 0, 0, 1
                FROM ${order} o CROSS JOIN LATERAL (SELECT ${finishedAt} AS at) x
               WHERE ${orders} AND x.at IS NOT NULL
            ) f
           WHERE ${keep}
           GROUP BY f.device_id, f.day`;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function tableOf(manager: EntityManager, entity: Function): string {
  return manager.getRepository(entity).metadata.tablePath;
}
