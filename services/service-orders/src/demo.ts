import type { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { demoIds, nameUuid } from '@portal/platform';
import {
  ServiceOrder,
  type Channel,
  type ServiceOrderStatus,
  type ServiceOrderType,
} from './entities/service-order.entity';
import { ServiceOrderEvent } from './entities/service-order-event.entity';
import { recordAssignmentEvent } from './events';
import { calendarFor, DEFAULT_COUNTRY } from './domain/calendars';
import { rebuildOrderDays } from './domain/order-rollup';

/** docs/demo-data.md's contract response times (the devices subgraph's demo data), in business hours. */
const RESPONSE_HOURS: Record<string, number> = {
  NP1000001: 4,
  NP1000002: 8,
  NP1000004: 8,
  NP1000005: 16,
  NP1000006: 16,
  NP2000001: 8,
  FL3000001: 8,
  FL3000002: 8,
  FL3000003: 8,
};

/** The demo users who act on orders, with the names identity's demo data gives them. */
const PEOPLE: Record<string, string> = {
  'anna.admin@nordiskprint.example': 'Anna Andersen',
  'dennis.device@nordiskprint.example': 'Dennis Dahl',
  'dorte.both@nordiskprint.example': 'Dorte Bach',
  'bo.admin@fjordlogistik.example': 'Bo Berg',
  'agent@service.example': 'Aksel Agent',
  'planner@service.example': 'Pia Planner',
  'tech@service.example': 'Tobias Tekniker',
};
const E_MAINTENANCE = 'e-maintenance';
const TECHNICIAN = 'tech@service.example';

interface Step {
  at: Date;
  by: string;
  to: ServiceOrderStatus;
  comment?: string;
  internal?: boolean;
  /** A comment, not a transition. */
  note?: boolean;
}

interface DemoOrder {
  key: string;
  serial: string;
  type: ServiceOrderType;
  channel: Channel;
  description: string;
  errorCode?: string;
  contactName: string;
  contactPhone: string;
  contactEmail?: string;
  visitAt?: Date;
  steps: Step[];
}

/**
 * service-orders' part of docs/demo-data.md: orders on Nordisk Print and Fjord Logistik devices in every
 * status, one of them overdue, each with its history; no open breakdown on NP1000003. Times
 * are relative to the load: finished work on past working days, open orders minutes ago.
 */
export async function seedServiceOrdersDemo(dataSource: DataSource): Promise<void> {
  const now = new Date();
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const day = workingDays(now);
  const orders: DemoOrder[] = [
    {
      key: 'np1-fixing-unit',
      serial: 'NP1000001',
      type: 'BREAKDOWN',
      channel: 'PORTAL',
      description: 'Printeren viser E000007 efter opstart og udskriver ikke.',
      errorCode: 'E000007',
      contactName: 'Facility desk',
      contactPhone: '+45 33 12 34 56',
      contactEmail: 'anna.admin@nordiskprint.example',
      visitAt: day(-15, '12:00'),
      steps: [
        { at: day(-15, '09:10'), by: 'anna.admin@nordiskprint.example', to: 'SUBMITTED' },
        { at: day(-15, '09:30'), by: 'planner@service.example', to: 'ACKNOWLEDGED' },
        { at: day(-15, '09:45'), by: 'planner@service.example', to: 'SCHEDULED' },
        { at: day(-15, '12:05'), by: TECHNICIAN, to: 'IN_PROGRESS' },
        {
          at: day(-15, '13:20'),
          by: TECHNICIAN,
          to: 'RESOLVED',
          comment: 'Fixing unit replaced; 50 test pages without error.',
        },
        { at: day(-14, '09:00'), by: 'agent@service.example', to: 'CLOSED' },
      ],
    },
    {
      key: 'np1-paper-feed-overdue',
      serial: 'NP1000001',
      type: 'BREAKDOWN',
      channel: 'PORTAL',
      description: 'Paper jams in tray 2 several times an hour since Monday.',
      contactName: 'Dennis Dahl',
      contactPhone: '+45 33 12 34 57',
      contactEmail: 'dennis.device@nordiskprint.example',
      steps: [
        { at: day(-6, '14:30'), by: 'dennis.device@nordiskprint.example', to: 'SUBMITTED' },
        {
          at: day(-6, '15:00'),
          by: 'agent@service.example',
          to: 'ACKNOWLEDGED',
          comment: 'We will plan a visit as soon as possible.',
        },
        {
          at: day(-5, '09:15'),
          by: 'planner@service.example',
          to: 'ACKNOWLEDGED',
          note: true,
          internal: true,
          comment: 'No technician free in Copenhagen this week; escalated to team lead.',
        },
      ],
    },
    {
      key: 'np2-maintenance',
      serial: 'NP1000002',
      type: 'MAINTENANCE',
      channel: 'PORTAL',
      description: 'Periodic maintenance: streaks on copies from the document feeder.',
      contactName: 'Dennis Dahl',
      contactPhone: '+45 33 12 34 57',
      visitAt: day(-2, '09:00'),
      steps: [
        { at: day(-3, '10:00'), by: 'dennis.device@nordiskprint.example', to: 'SUBMITTED' },
        { at: day(-3, '10:20'), by: 'agent@service.example', to: 'ACKNOWLEDGED' },
        { at: day(-3, '11:00'), by: 'planner@service.example', to: 'SCHEDULED' },
        { at: day(-2, '09:05'), by: TECHNICIAN, to: 'IN_PROGRESS' },
        {
          at: day(-2, '10:10'),
          by: TECHNICIAN,
          to: 'IN_PROGRESS',
          note: true,
          internal: true,
          comment: 'Paper stored next to the radiator is damp; told the customer.',
        },
        {
          at: day(-2, '10:30'),
          by: TECHNICIAN,
          to: 'RESOLVED',
          comment: 'Feeder rollers and scanner glass cleaned; copies are clean.',
        },
      ],
    },
    {
      key: 'np4-question-cancelled',
      serial: 'NP1000004',
      type: 'OTHER',
      channel: 'PORTAL',
      description: 'The colours look pale after the toner change.',
      contactName: 'Reception',
      contactPhone: '+45 33 12 34 50',
      steps: [
        { at: day(-8, '11:00'), by: 'anna.admin@nordiskprint.example', to: 'SUBMITTED' },
        { at: day(-8, '11:30'), by: 'agent@service.example', to: 'ACKNOWLEDGED' },
        {
          at: day(-8, '13:00'),
          by: 'anna.admin@nordiskprint.example',
          to: 'CANCELLED',
          comment: 'Solved with the calibration article; no visit needed.',
        },
      ],
    },
    {
      key: 'np5-maintenance-scheduled',
      serial: 'NP1000005',
      type: 'MAINTENANCE',
      channel: 'PHONE',
      description: 'Yearly maintenance agreed by phone.',
      contactName: 'Finance office',
      contactPhone: '+45 33 12 34 60',
      contactEmail: 'anna.admin@nordiskprint.example',
      visitAt: day(1, '10:00'),
      steps: [
        { at: ago(12), by: 'agent@service.example', to: 'SUBMITTED' },
        { at: ago(10), by: 'planner@service.example', to: 'ACKNOWLEDGED' },
        {
          at: ago(5),
          by: 'planner@service.example',
          to: 'SCHEDULED',
          comment: 'Visit booked with the finance office.',
        },
      ],
    },
    {
      key: 'np6-submitted',
      serial: 'NP1000006',
      type: 'OTHER',
      channel: 'PORTAL',
      description: 'Please check the ink levels on the large-format printer before the tender.',
      contactName: 'Drawing office',
      contactPhone: '+45 33 12 34 70',
      steps: [{ at: ago(2), by: 'anna.admin@nordiskprint.example', to: 'SUBMITTED' }],
    },
    {
      key: 'np2000001-in-progress',
      serial: 'NP2000001',
      type: 'BREAKDOWN',
      channel: 'PORTAL',
      description: 'Colour prints have magenta stripes.',
      contactName: 'Dorte Bach',
      contactPhone: '+45 86 12 34 56',
      contactEmail: 'dorte.both@nordiskprint.example',
      visitAt: day(-1, '13:00'),
      steps: [
        { at: day(-1, '08:40'), by: 'dorte.both@nordiskprint.example', to: 'SUBMITTED' },
        { at: day(-1, '09:00'), by: 'planner@service.example', to: 'ACKNOWLEDGED' },
        { at: day(-1, '09:15'), by: 'planner@service.example', to: 'SCHEDULED' },
        { at: day(-1, '13:10'), by: TECHNICIAN, to: 'IN_PROGRESS' },
        {
          at: day(-1, '14:30'),
          by: TECHNICIAN,
          to: 'IN_PROGRESS',
          note: true,
          comment: 'Magenta drum unit ordered; mono printing works meanwhile.',
        },
        {
          at: day(-1, '14:35'),
          by: TECHNICIAN,
          to: 'IN_PROGRESS',
          note: true,
          internal: true,
          comment: 'Drum from the central warehouse, part no. FM1-A123.',
        },
      ],
    },
    {
      key: 'fl1-e-maintenance',
      serial: 'FL3000001',
      type: 'BREAKDOWN',
      channel: 'E_MAINTENANCE',
      description: 'e-Maintenance: scanner home position error reported by the device.',
      errorCode: 'E202-0001',
      contactName: 'Dispatch',
      contactPhone: '+45 66 12 34 56',
      steps: [{ at: ago(3), by: E_MAINTENANCE, to: 'SUBMITTED' }],
    },
    {
      key: 'fl2-move-closed',
      serial: 'FL3000002',
      type: 'MOVE',
      channel: 'PHONE',
      description: 'Move the printer from goods-in to the new office on the first floor.',
      contactName: 'Bo Berg',
      contactPhone: '+45 66 12 34 57',
      visitAt: day(-9, '08:30'),
      steps: [
        { at: day(-10, '09:00'), by: 'agent@service.example', to: 'SUBMITTED' },
        { at: day(-10, '09:05'), by: 'agent@service.example', to: 'ACKNOWLEDGED' },
        { at: day(-10, '09:30'), by: 'planner@service.example', to: 'SCHEDULED' },
        { at: day(-9, '08:35'), by: TECHNICIAN, to: 'IN_PROGRESS' },
        {
          at: day(-9, '11:15'),
          by: TECHNICIAN,
          to: 'RESOLVED',
          comment: 'Moved and connected to the network; test page printed.',
        },
        { at: day(-8, '09:00'), by: 'planner@service.example', to: 'CLOSED' },
      ],
    },
    {
      key: 'fl3-acknowledged',
      serial: 'FL3000003',
      type: 'BREAKDOWN',
      channel: 'PORTAL',
      description: 'The printer is offline for every PC since the network change.',
      contactName: 'Bo Berg',
      contactPhone: '+45 66 12 34 57',
      contactEmail: 'bo.admin@fjordlogistik.example',
      steps: [
        { at: ago(20), by: 'bo.admin@fjordlogistik.example', to: 'SUBMITTED' },
        {
          at: ago(15),
          by: 'planner@service.example',
          to: 'ACKNOWLEDGED',
          comment: 'Please try the "printer offline" article while we plan a visit.',
        },
      ],
    },
  ];

  // Numbered in the order they were submitted.
  orders.sort((a, b) => a.steps[0]!.at.getTime() - b.steps[0]!.at.getTime());
  const calendar = calendarFor(DEFAULT_COUNTRY);
  await dataSource.transaction(async (manager) => {
    for (const order of orders) {
      const submitted = order.steps[0]!;
      const receivedAt = calendar.receivedAt(submitted.at);
      const hours = RESPONSE_HOURS[order.serial]!;
      const last = order.steps.at(-1)!;
      const started = order.steps.find((s) => s.to === 'IN_PROGRESS');
      const id = nameUuid(`service-order:${order.key}`);
      const scheduled = order.steps.some((s) => s.to === 'SCHEDULED');
      await manager.insert(ServiceOrder, {
        id,
        deviceId: demoIds.device(order.serial),
        type: order.type,
        status: last.to,
        channel: order.channel,
        description: order.description,
        errorCode: order.errorCode ?? null,
        contactName: order.contactName,
        contactPhone: order.contactPhone,
        contactEmail: order.contactEmail ?? null,
        // The demo's contacts are users of their organisations.
        mailTo: order.contactEmail ?? null,
        calendar: DEFAULT_COUNTRY,
        submittedAt: submitted.at,
        receivedAt,
        responseTimeHours: hours,
        responseDueAt: calendar.addBusinessHours(receivedAt, hours),
        respondedAt: started?.at ?? null,
        scheduledVisitAt: scheduled ? (order.visitAt ?? null) : null,
        technicianId: scheduled ? demoIds.user(TECHNICIAN) : null,
        technicianName: scheduled ? PEOPLE[TECHNICIAN]! : null,
        createdBy: actorOf(submitted.by),
      });
      let status: ServiceOrderStatus | null = null;
      for (const step of order.steps) {
        await manager.insert(ServiceOrderEvent, {
          orderId: id,
          at: step.at,
          actor: actorOf(step.by),
          actorName: PEOPLE[step.by] ?? 'e-Maintenance',
          fromStatus: step.note ? step.to : status,
          toStatus: step.to,
          comment: step.comment ?? null,
          internal: step.internal ?? false,
        });
        status = step.to;
      }
      if (scheduled) {
        const technicianId = demoIds.user(TECHNICIAN);
        await recordAssignmentEvent(manager, {
          id,
          deviceId: demoIds.device(order.serial),
          technicianId,
        });
      }
    }
    await rebuildOrderDays(manager);
  });
}

function actorOf(by: string): string {
  return by === E_MAINTENANCE ? 'e-maintenance' : `user:${demoIds.user(by)}`;
}

/**
 * `day(n, "HH:mm")`: the n-th working day before (n < 0) or after (n > 0) the load's day, at a
 * local time of the service centre.
 */
function workingDays(now: Date): (offset: number, time: string) => Date {
  const calendar = calendarFor(DEFAULT_COUNTRY);
  const zone = calendar.config.timeZone;
  return (offset, time) => {
    let date = DateTime.fromJSDate(now, { zone }).startOf('day');
    for (let left = Math.abs(offset); left > 0;) {
      date = date.plus({ days: Math.sign(offset) });
      if (calendar.isWorkingDay(date.toISODate()!)) left--;
    }
    const [hour, minute] = time.split(':').map(Number);
    return date.set({ hour, minute }).toJSDate();
  };
}
