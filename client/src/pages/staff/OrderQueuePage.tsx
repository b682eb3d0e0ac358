import { useQuery } from 'urql';
import { useLiveRefetch } from '../../app/live';
import { graphql } from '../../__generated__';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { OPEN_STATUSES } from '../orders/order-format';
import { OrdersTable } from '../orders/OrdersTable';

/** Staff read every order by response due time; the overdue ones come first, flagged. */
const QueueDocument = graphql(`
  query OrderQueue($statuses: [ServiceOrderStatus!]) {
    overdue: serviceOrders(first: 100, filter: { status: $statuses, overdue: true }) {
      totalCount
      edges {
        node {
          ...OrderRow
        }
      }
    }
    onTime: serviceOrders(first: 100, filter: { status: $statuses, overdue: false }) {
      totalCount
      edges {
        node {
          ...OrderRow
        }
      }
    }
  }
`);

export default function OrderQueuePage() {
  const { m, format } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: QueueDocument,
    variables: { statuses: OPEN_STATUSES },
  });
  useLiveRefetch(['ServiceOrder'], () => refetch({ requestPolicy: 'network-only' }));
  return (
    <section>
      <PageTitle title={m.queue.title}>{m.queue.title}</PageTitle>
      <p className="lead">{m.queue.intro}</p>
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      {data ? (
        <>
          <section aria-labelledby="queue-overdue">
            <h2 id="queue-overdue">
              {m.queue.overdue} ({format.number(data.overdue.totalCount)})
            </h2>
            {data.overdue.edges.length ? (
              <OrdersTable
                orders={data.overdue.edges.map((e) => e.node)}
                caption={m.queue.overdue}
                showAccount
              />
            ) : (
              <p>{m.queue.noneOverdue}</p>
            )}
          </section>
          <section aria-labelledby="queue-on-time">
            <h2 id="queue-on-time">
              {m.queue.onTime} ({format.number(data.onTime.totalCount)})
            </h2>
            {data.onTime.edges.length ? (
              <OrdersTable
                orders={data.onTime.edges.map((e) => e.node)}
                caption={m.queue.onTime}
                showAccount
              />
            ) : (
              <p>{m.queue.none}</p>
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}
