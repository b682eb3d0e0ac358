import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DeviceAssignment } from '../entities/device-assignment.entity';
import { RoleGrant } from '../entities/role-grant.entity';
import { StockLocationAssignment } from '../entities/stock-location-assignment.entity';
import { StockLocationProjection } from '../entities/stock-location-projection.entity';
import { User } from '../entities/user.entity';

const tableOf = (manager: EntityManager, entity: EntityTarget<ObjectLiteral>) =>
  manager.getRepository(entity).metadata.tablePath;

/**
 * Who an event concerns, by the same roles that decide what they may see: a notification never
 * tells anyone of something the API would not show them. Active users only.
 */
export const recipients = {
  /** The account's Stock Managers assigned to the location, with its name. */
  async stockManagers(
    manager: EntityManager,
    accountId: string,
    stockLocationId: string,
  ): Promise<{ userId: string; locationName: string }[]> {
    const rows = (await manager.query(
      `SELECT u.id, l.name FROM ${tableOf(manager, StockLocationAssignment)} a
         JOIN ${tableOf(manager, RoleGrant)} g
           ON g.user_id = a.user_id AND g.account_id = $1 AND g.role = 'STOCK_MANAGER'
         JOIN ${tableOf(manager, User)} u ON u.id = a.user_id AND u.status = 'ACTIVE'
         JOIN ${tableOf(manager, StockLocationProjection)} l
           ON l.stock_location_id = a.stock_location_id AND l.account_id = $1
        WHERE a.stock_location_id = $2`,
      [accountId, stockLocationId],
    )) as { id: string; name: string }[];
    return rows.map((r) => ({ userId: r.id, locationName: r.name }));
  },

  /**
   * The account's Administrators (every device: 'ALL') and the Device Managers assigned to any
   * of the devices (those devices).
   */
  async deviceOwners(
    manager: EntityManager,
    accountId: string,
    deviceIds: string[],
  ): Promise<{ userId: string; deviceIds: Set<string> | 'ALL' }[]> {
    const rows = (await manager.query(
      `SELECT g.user_id, g.role, array_remove(array_agg(a.device_id), NULL) AS devices
         FROM ${tableOf(manager, RoleGrant)} g
         JOIN ${tableOf(manager, User)} u ON u.id = g.user_id AND u.status = 'ACTIVE'
         LEFT JOIN ${tableOf(manager, DeviceAssignment)} a
           ON a.user_id = g.user_id AND g.role = 'DEVICE_MANAGER' AND a.device_id = ANY($2::uuid[])
        WHERE g.account_id = $1 AND g.role IN ('ADMINISTRATOR', 'DEVICE_MANAGER')
        GROUP BY g.user_id, g.role`,
      [accountId, deviceIds],
    )) as { user_id: string; role: string; devices: string[] }[];
    const byUser = new Map<string, Set<string> | 'ALL'>();
    for (const row of rows) {
      const earlier = byUser.get(row.user_id);
      if (row.role === 'ADMINISTRATOR' || earlier === 'ALL') byUser.set(row.user_id, 'ALL');
      else if (row.devices.length)
        byUser.set(row.user_id, new Set([...(earlier ?? []), ...row.devices]));
    }
    return [...byUser].map(([userId, ids]) => ({ userId, deviceIds: ids }));
  },

  /** The service centre's agents and planners (technicians follow their own orders). */
  async serviceCentre(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM ${tableOf(manager, User)}
        WHERE status = 'ACTIVE' AND staff_role IN ('SERVICE_AGENT', 'SERVICE_PLANNER')`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  },
};
