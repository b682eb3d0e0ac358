import { IsNull, Not, type EntityManager } from 'typeorm';
import { Session } from '../entities/session.entity';

/**
 * Ends every session of a user (but `except`, the caller's own): their access tokens are
 * refused from the next request on and their refresh tokens renew nothing. How many ended.
 */
export async function revokeSessions(
  manager: EntityManager,
  userId: string,
  except?: string | null,
): Promise<number> {
  const result = await manager.update(
    Session,
    { userId, revokedAt: IsNull(), ...(except ? { id: Not(except) } : {}) },
    { revokedAt: new Date() },
  );
  return result.affected ?? 0;
}
