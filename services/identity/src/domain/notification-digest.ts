import type { DataSource, EntityManager } from 'typeorm';
import { queueMail } from '@portal/platform';
import { Notification } from '../entities/notification.entity';
import { NotificationDigest } from '../entities/notification-digest.entity';
import { User } from '../entities/user.entity';
import { UnsubscribeToken } from '../entities/unsubscribe-token.entity';
import { digestMail } from './notification-texts';
import { randomToken, sha256 } from './secrets';

const ZONE = 'Europe/Copenhagen';
/** The digest leaves from this hour of the day (Copenhagen) on. */
export const DIGEST_HOUR = 7;

/**
 * The daily digest job: once a day from DIGEST_HOUR, every user with notifications waiting for
 * the digest gets them in one mail. Each user's day is claimed by a row (notification_digest),
 * so replicas running the job at once send one digest, and a retry after a failure none twice.
 */
export async function sendDigests(
  dataSource: DataSource,
  clock: { now?: Date; hour?: number } = {},
): Promise<number> {
  const now = clock.now ?? new Date();
  const [today, hour] = copenhagen(now);
  if (hour < (clock.hour ?? DIGEST_HOUR)) return 0;
  const waiting = (await dataSource
    .getRepository(Notification)
    .createQueryBuilder('n')
    .select('DISTINCT n.user_id', 'user_id')
    .where('n.digest_pending')
    .getRawMany()) as { user_id: string }[];
  let sent = 0;
  for (const { user_id: userId } of waiting)
    if (await dataSource.transaction((manager) => sendOne(manager, userId, today))) sent++;
  return sent;
}

async function sendOne(manager: EntityManager, userId: string, today: string): Promise<boolean> {
  const items = await manager
    .getRepository(Notification)
    .createQueryBuilder('n')
    .where('n.user_id = :userId AND n.digest_pending', { userId })
    .orderBy('n.id')
    .setLock('pessimistic_write')
    .getMany();
  if (items.length === 0) return false;
  const claimed = (await manager.query(
    `INSERT INTO ${manager.getRepository(NotificationDigest).metadata.tablePath} AS d (user_id, last_sent_on)
     VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET last_sent_on = EXCLUDED.last_sent_on
     WHERE d.last_sent_on < EXCLUDED.last_sent_on RETURNING user_id`,
    [userId, today],
  )) as unknown[];
  if (claimed.length === 0) return false;
  await manager.update(
    Notification,
    items.map((n) => n.id),
    { digestPending: false },
  );
  const user = await manager.findOneBy(User, { id: userId });
  if (!user || user.status !== 'ACTIVE' || !user.emailConfirmedAt) return false;
  const token = randomToken();
  await manager.insert(UnsubscribeToken, { tokenHash: sha256(token), userId, type: null });
  await queueMail(manager, user.email, digestMail(items, user.name, user.language, token));
  return true;
}

/** The day (YYYY-MM-DD) and hour in Copenhagen. */
function copenhagen(now: Date): [string, number] {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return [`${get('year')}-${get('month')}-${get('day')}`, Number(get('hour'))];
}
