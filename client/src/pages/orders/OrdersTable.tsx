import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import type { OrderRowFragment } from '../../__generated__/graphql';
import { useI18n } from '../../i18n/i18n';
import { OrderStatusBadge, SlaClock } from './order-format';

graphql(`
  fragment OrderRow on ServiceOrder {
    id
    number
    type
    status
    channel
    submittedAt
    responseDueAt
    respondedAt
    responseOverdue
    scheduledVisitAt
    technicianName
    description
    device {
      id
      serialNumber
      account {
        id
        name
        customerAccountNumber
      }
    }
  }
`);

/** Orders as rows: number, device, status and the response clock. */
export function OrdersTable({
  orders,
  caption,
  showAccount = false,
  showDevice = true,
  showProblem = false,
}: {
  orders: readonly OrderRowFragment[];
  caption: string;
  showAccount?: boolean;
  showDevice?: boolean;
  /** The customer's description of the problem (the service centre's queue). */
  showProblem?: boolean;
}) {
  const { m, format } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.orders.number}</th>
            {showAccount ? <th scope="col">{m.fields.account}</th> : null}
            {showDevice ? <th scope="col">{m.fields.device}</th> : null}
            <th scope="col">{m.orders.fields.type}</th>
            {showProblem ? <th scope="col">{m.queue.problem}</th> : null}
            <th scope="col">{m.fields.status}</th>
            <th scope="col">{m.orders.submittedAt}</th>
            <th scope="col">{m.orders.responseDue}</th>
            <th scope="col">{m.orders.visit}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id} className={order.responseOverdue ? 'row--overdue' : undefined}>
              <td className="nowrap">
                <Link to={`/service-orders/${order.id}`}>{order.number}</Link>
              </td>
              {showAccount ? (
                <td>
                  {order.device.account.name} ({order.device.account.customerAccountNumber})
                </td>
              ) : null}
              {showDevice ? <td>{order.device.serialNumber}</td> : null}
              <td>{m.orderType[order.type]}</td>
              {showProblem ? <td className="problem-text">{order.description}</td> : null}
              <td>
                <OrderStatusBadge status={order.status} />
              </td>
              <td>{format.dateTime(order.submittedAt)}</td>
              <td>
                <SlaClock order={order} />
              </td>
              <td>
                {order.scheduledVisitAt ? format.dateTime(order.scheduledVisitAt) : '–'}
                {order.technicianName ? (
                  <span className="muted"> · {order.technicianName}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
