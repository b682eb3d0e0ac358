import type { DataSource } from 'typeorm';
import {
  badUserInput,
  decodeCursor,
  fromGlobalId,
  pageSize,
  toConnection,
  type Connection,
  type Principal,
} from '@portal/platform';
import { AuditEvent } from '../entities/audit-event.entity';

/** The identity audit trail, for the service centre. */
export class AuditTrailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  async list(
    userId: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<AuditEvent>> {
    // Agents and planners: a technician's work (its assigned orders) needs no audit trail.
    this.principal.requireStaff('SERVICE_AGENT', 'SERVICE_PLANNER');
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('a');
    if (userId) {
      const id = fromGlobalId('User', userId);
      if (!id) throw badUserInput('`userId` is not a user id.');
      query.where('a.target_user_id = :id', { id });
    }
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('a.id < :after', { after: cursor[0] });
    const rows = await query
      .orderBy('a.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, (a) => [a.id], totalCount);
  }
}
