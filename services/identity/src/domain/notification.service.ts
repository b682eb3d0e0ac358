import type { DataSource } from 'typeorm';
import {
  decodeCursor,
  forbidden,
  typeOfGlobalId,
  pageSize,
  refused,
  toConnection,
  toGlobalId,
  type Connection,
  type Principal,
  type UserError,
} from '@portal/platform';
import { Notification, type NotificationType } from '../entities/notification.entity';
import {
  NotificationPreference,
  type NotificationDelivery,
} from '../entities/notification-preference.entity';
import { User } from '../entities/user.entity';
import { UnsubscribeToken } from '../entities/unsubscribe-token.entity';
import { sha256 } from './secrets';
import { audienceOf, typesFor } from './notification-types';
import { renderNotification } from './notification-texts';

/** A notification as the API shows it: rendered in its owner's language. */
export interface NotificationView {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface PreferenceView {
  type: NotificationType;
  enabled: boolean;
  defaultEnabled: boolean;
  delivery: NotificationDelivery;
}

const MAX_IDS = 200;

/** The signed-in user's own notifications and preferences: nobody else's, ever. */
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  async list(
    first: number | null | undefined,
    after: string | null | undefined,
    unreadOnly: boolean | null | undefined,
  ): Promise<Connection<NotificationView> & { unreadCount: number }> {
    const user = await this.owner();
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const query = this.repository()
      .createQueryBuilder('n')
      .where('n.user_id = :id', { id: user.id });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    const [totalCount, unreadCount] = await Promise.all([query.getCount(), this.unread(user.id)]);
    if (cursor) query.andWhere('n.id < :after', { after: cursor[0] });
    const rows = await query
      .orderBy('n.id', 'DESC')
      .limit(size + 1)
      .getMany();
    const views = rows.map((n) => view(n, user.language));
    return { ...toConnection(views, size, (n) => [n.localId], totalCount), unreadCount };
  }

  async markRead(
    ids: readonly string[] | null | undefined,
    all: boolean | null | undefined,
  ): Promise<{ unreadCount: number; userErrors: UserError[] }> {
    const user = await this.owner();
    const local = (ids ?? []).map(notificationId);
    if ((!all && local.length === 0) || local.length > MAX_IDS || local.some((id) => !id))
      return refused('INVALID_INPUT', ['input', 'ids'], 'Give 1 to 200 notification ids, or all.', {
        unreadCount: await this.unread(user.id),
      });
    const update = this.repository()
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('user_id = :id AND read_at IS NULL', { id: user.id });
    if (!all) update.andWhere('id IN (:...ids)', { ids: local });
    await update.execute();
    return { unreadCount: await this.unread(user.id), userErrors: [] };
  }

  async preferences(): Promise<PreferenceView[]> {
    const user = await this.owner();
    const chosen = await this.dataSource
      .getRepository(NotificationPreference)
      .findBy({ userId: user.id });
    return typesFor(user.staffRole !== null).map(({ type, defaultEnabled }) => {
      const choice = chosen.find((c) => c.type === type);
      return {
        type,
        enabled: choice?.enabled ?? defaultEnabled,
        defaultEnabled,
        delivery: choice?.delivery ?? 'IMMEDIATE',
      };
    });
  }

  async setPreference(
    type: NotificationType,
    enabled: boolean,
    delivery: NotificationDelivery | null | undefined,
  ): Promise<{ preferences: PreferenceView[]; userErrors: UserError[] }> {
    const user = await this.owner();
    if ((audienceOf(type) === 'STAFF') !== (user.staffRole !== null))
      return refused(
        'INVALID_INPUT',
        ['input', 'type'],
        'This type of notification is not yours.',
        {
          preferences: await this.preferences(),
        },
      );
    const repository = this.dataSource.getRepository(NotificationPreference);
    const before = await repository.findOneBy({ userId: user.id, type });
    await repository.upsert(
      {
        userId: user.id,
        type,
        enabled,
        delivery: delivery ?? before?.delivery ?? 'IMMEDIATE',
        updatedAt: new Date(),
      },
      ['userId', 'type'],
    );
    return { preferences: await this.preferences(), userErrors: [] };
  }

  /**
   * A mail's unsubscribe link: switches that mail's type off for its recipient. Anyone holding
   * the link may (that is RFC 8058's one click); it does nothing else.
   */
  async unsubscribe(
    token: string,
  ): Promise<{ type: NotificationType | null; userErrors: UserError[] }> {
    const found =
      token.length <= 100
        ? await this.dataSource
            .getRepository(UnsubscribeToken)
            .findOneBy({ tokenHash: sha256(token) })
        : null;
    if (!found)
      return refused('INVALID_TOKEN', ['token'], 'This unsubscribe link is not valid.', {
        type: null,
      });
    const preferences = this.dataSource.getRepository(NotificationPreference);
    if (found.type === null)
      // A digest's link: every type the user gets in the digest.
      await preferences.update(
        { userId: found.userId, delivery: 'DAILY_DIGEST' },
        { enabled: false, updatedAt: new Date() },
      );
    else
      await preferences.upsert(
        { userId: found.userId, type: found.type, enabled: false, updatedAt: new Date() },
        ['userId', 'type'],
      );
    return { type: found.type, userErrors: [] };
  }

  /** The caller as a user: API keys have no notifications, anonymous callers no identity. */
  private async owner(): Promise<User> {
    this.principal.requireSignedIn();
    const id = this.principal.claims.id;
    if (this.principal.claims.kind !== 'user' || !id) throw forbidden();
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw forbidden();
    return user;
  }

  private unread(userId: string): Promise<number> {
    return this.repository()
      .createQueryBuilder('n')
      .where('n.user_id = :userId AND n.read_at IS NULL', { userId })
      .getCount();
  }

  private repository() {
    return this.dataSource.getRepository(Notification);
  }
}

function view(n: Notification, language: 'da' | 'en'): NotificationView & { localId: string } {
  return {
    ...renderNotification(n, language),
    id: toGlobalId('Notification', n.id),
    localId: n.id,
    type: n.type,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

/** The local id of a notification's global id (its ids are numbers, not uuids), or null. */
function notificationId(globalId: string): string | null {
  if (typeOfGlobalId(globalId) !== 'Notification') return null;
  const local = Buffer.from(globalId, 'base64url').toString('utf8').slice('Notification:'.length);
  return /^[0-9]{1,18}$/.test(local) ? local : null;
}
