import { useEffect, useState } from 'react';
import type { ServiceOrderStatus } from '../../__generated__/graphql';
import { StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

/** Orders the service centre still has to answer or finish. */
export const OPEN_STATUSES: ServiceOrderStatus[] = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'SCHEDULED',
  'IN_PROGRESS',
];

export function OrderStatusBadge({ status }: { status: ServiceOrderStatus }) {
  const { m } = useI18n();
  const tone =
    status === 'RESOLVED' || status === 'CLOSED'
      ? 'ok'
      : status === 'CANCELLED'
        ? 'neutral'
        : status === 'IN_PROGRESS'
          ? 'ok'
          : 'warn';
  return <StatusBadge tone={tone}>{m.orderStatus[status]}</StatusBadge>;
}

export interface SlaFacts {
  status: ServiceOrderStatus;
  responseDueAt: string;
  respondedAt?: string | null;
  responseOverdue: boolean;
}

/** The time now, renewed every minute so a clock on screen keeps going. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "2 d 3 h 20 min" from minutes. */
function span(minutes: number, parts: (d: number, h: number, min: number) => string): string {
  const total = Math.max(0, Math.round(minutes));
  return parts(Math.floor(total / 1440), Math.floor((total % 1440) / 60), total % 60);
}

/**
 * The response clock: when the response is due, and whether it is late. The server decides
 * "overdue" (business hours); the time left is plain clock time for orientation.
 */
export function SlaClock({ order }: { order: SlaFacts }) {
  const { m, format } = useI18n();
  const now = useNow();
  const due = new Date(order.responseDueAt).getTime();
  const waiting = !order.respondedAt && OPEN_STATUSES.includes(order.status);
  let state: string;
  if (order.respondedAt)
    state = order.responseOverdue
      ? m.orders.respondedLate(format.dateTime(order.respondedAt))
      : m.orders.respondedInTime(format.dateTime(order.respondedAt));
  else if (!waiting) state = m.orders.noResponseNeeded;
  else if (order.responseOverdue || due < now)
    state = m.orders.overdueBy(span((now - due) / 60_000, m.orders.timeSpan));
  else state = m.orders.dueIn(span((due - now) / 60_000, m.orders.timeSpan));
  return (
    <span className="sla">
      <time dateTime={order.responseDueAt}>{format.dateTime(order.responseDueAt)}</time>{' '}
      {order.responseOverdue ? <StatusBadge tone="bad">{m.orders.overdue}</StatusBadge> : null}{' '}
      <span className="muted">{state}</span>
    </span>
  );
}

/** "SUBMITTED -> ACKNOWLEDGED" as words; a comment line keeps its status. */
export function transitionText(
  m: ReturnType<typeof useI18n>['m'],
  from: ServiceOrderStatus | null | undefined,
  to: ServiceOrderStatus,
): string {
  if (!from) return m.orders.created;
  if (from === to) return m.orders.commented;
  return m.orders.transition(m.orderStatus[from], m.orderStatus[to]);
}
