import type { DataSource } from 'typeorm';
import { recordEvents } from '@portal/platform';
import {
  SERVICE_ORDER_EVENT_VERSION,
  SERVICE_ORDER_RESPONSE_ALERT,
  SERVICE_ORDER_TOPIC,
  type ServiceOrderResponseAlertV1,
} from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';
import { ResponseAlert } from '../entities/response-alert.entity';
import { ServiceOrder } from '../entities/service-order.entity';
import { calendarFor } from './calendars';
import { orderNumber } from './service-order.service';

/** At risk once less than this share of the response time (in business hours) is left. */
const AT_RISK_SHARE = 0.25;

type Stage = ServiceOrderResponseAlertV1['stage'];

/**
 * The SLA watch: for every order still awaiting its response, tells the service centre once
 * when it is at risk (a quarter of its business-hours response time left) and once when it is
 * overdue. Each (order, stage) is claimed by a unique row, in the transaction of its event.
 */
export async function watchResponseTimes(
  dataSource: DataSource,
  now = new Date(),
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const orders = await manager
      .getRepository(ServiceOrder)
      .createQueryBuilder('o')
      // A sandbox's orders are nobody's work: no alerts for them.
      .where(`o.responded_at IS NULL AND o.status <> 'CANCELLED' AND NOT o.sandbox`)
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM ${manager.getRepository(ResponseAlert).metadata.tablePath} a
          WHERE a.order_id = o.id AND a.stage = 'OVERDUE')`,
      )
      .getMany();
    const due = orders.flatMap((order) => {
      const stage = stageOf(order, now);
      return stage ? [{ order, stage }] : [];
    });
    if (due.length === 0) return 0;
    const claimed = (await manager.query(
      `INSERT INTO ${manager.getRepository(ResponseAlert).metadata.tablePath} (order_id, stage)
       SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING RETURNING order_id`,
      [due.map((d) => d.order.id), due.map((d) => d.stage)],
    )) as { order_id: string }[];
    const won = new Set(claimed.map((c) => c.order_id));
    const devices = await manager
      .getRepository(DeviceProjection)
      .findBy([...new Set(due.map((d) => d.order.deviceId))].map((deviceId) => ({ deviceId })));
    const device = new Map(devices.map((d) => [d.deviceId, d]));
    const events = due
      .filter((d) => won.has(d.order.id) && device.has(d.order.deviceId))
      .map(({ order, stage }) => {
        const payload: ServiceOrderResponseAlertV1 = {
          orderId: order.id,
          number: orderNumber(order),
          serialNumber: device.get(order.deviceId)!.serialNumber,
          accountId: device.get(order.deviceId)!.accountId,
          stage,
          status: order.status,
          responseDueAt: order.responseDueAt.toISOString(),
        };
        return {
          topic: SERVICE_ORDER_TOPIC,
          type: SERVICE_ORDER_RESPONSE_ALERT,
          version: SERVICE_ORDER_EVENT_VERSION,
          aggregateId: order.id,
          payload,
        };
      });
    await recordEvents(manager, events);
    return events.length;
  });
}

function stageOf(order: ServiceOrder, now: Date): Stage | null {
  if (now.getTime() > order.responseDueAt.getTime()) return 'OVERDUE';
  const atRisk = calendarFor(order.calendar).addBusinessHours(
    order.receivedAt,
    order.responseTimeHours * (1 - AT_RISK_SHARE),
  );
  return now.getTime() >= atRisk.getTime() ? 'AT_RISK' : null;
}
