import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { refused } from '@portal/platform';
import { EmailToken, type EmailTokenPurpose } from '../entities/email-token.entity';
import { User } from '../entities/user.entity';
import { randomToken, sha256 } from './secrets';
import type { AuthPayload } from './session.service';

const TOKEN_MINUTES = 24 * 60;

/** A new single-use link for the user's current e-mail; earlier unused ones of its kind die. */
export async function issueEmailToken(
  manager: EntityManager,
  user: User,
  purpose: EmailTokenPurpose,
  lifetimeMinutes = TOKEN_MINUTES,
): Promise<string> {
  await manager.update(
    EmailToken,
    { userId: user.id, purpose, usedAt: IsNull() },
    { usedAt: new Date() },
  );
  const token = randomToken();
  await manager.insert(EmailToken, {
    id: randomUUID(),
    userId: user.id,
    purpose,
    email: user.email,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + lifetimeMinutes * 60_000),
    usedAt: null,
  });
  return token;
}

/**
 * Uses a link once: the user it was for, when it is unused, unexpired and still for the user's
 * current e-mail; else null. Concurrent uses of the same link: exactly one wins.
 */
export async function useEmailToken(
  manager: EntityManager,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<User | null> {
  if (typeof token !== 'string' || token.length > 200) return null;
  // TypeORM answers an UPDATE ... RETURNING with [rows, count].
  const [rows]: [{ user_id: string; email: string }[], number] = await manager.query(
    `UPDATE identity.email_token SET used_at = now()
      WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id, email`,
    [sha256(token), purpose],
  );
  const used = rows[0];
  if (!used) return null;
  const user = await manager.findOne(User, {
    where: { id: used.user_id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!user || user.status === 'DISABLED' || user.email.toLowerCase() !== used.email.toLowerCase())
    return null;
  return user;
}

/** How many links of a kind the user was sent lately (re-sending is rate-limited). */
export async function recentTokens(
  manager: EntityManager,
  userId: string,
  purpose: EmailTokenPurpose,
): Promise<{ lastMinute: number; lastDay: number }> {
  const rows: { last_minute: string; last_day: string }[] = await manager.query(
    `SELECT count(*) FILTER (WHERE created_at > now() - interval '1 minute') AS last_minute,
            count(*) FILTER (WHERE created_at > now() - interval '1 day') AS last_day
       FROM identity.email_token WHERE user_id = $1 AND purpose = $2`,
    [userId, purpose],
  );
  return { lastMinute: Number(rows[0]!.last_minute), lastDay: Number(rows[0]!.last_day) };
}

/** A link that cannot be followed: the same answer for every kind, whether used, expired or replaced. */
export function invalidToken(): AuthPayload {
  return refused(
    'INVALID_TOKEN',
    ['token'],
    'This link is not valid any more: it was used, has expired, or a newer one was sent. Ask for a new one.',
    { session: null, accessToken: null, refreshToken: null },
  );
}
