import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { ServiceOrderStatus } from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import { SelectField } from '../../components/forms';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { Pager, useFilteredPages } from '../../components/pager';
import { useI18n } from '../../i18n/i18n';
import { OPEN_STATUSES } from './order-format';
import { OrdersTable } from './OrdersTable';
import { ServiceOrderForm } from './ServiceOrderForm';

const OrdersDocument = graphql(`
  query ServiceOrders($filter: ServiceOrderFilter, $after: String) {
    serviceOrders(first: 25, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OrderRow
        }
      }
    }
  }
`);

const OrderableDevicesDocument = graphql(`
  query OrderableDevices {
    devices(first: 100, filter: { status: [ACTIVE] }) {
      edges {
        node {
          id
          serialNumber
          model {
            id
            name
          }
        }
      }
    }
  }
`);

const ALL: ServiceOrderStatus[] = [...OPEN_STATUSES, 'RESOLVED', 'CLOSED', 'CANCELLED'];

function NewOrder({ onCancel }: { onCancel(): void }) {
  const [{ data }] = useQuery({ query: OrderableDevicesDocument });
  if (!data) return <Loading />;
  return <ServiceOrderForm devices={data.devices.edges.map((e) => e.node)} onCancel={onCancel} />;
}

/** The organisation's service orders (those of the devices the user sees), newest first. */
export default function ServiceOrdersPage() {
  const { m, format } = useI18n();
  const { access } = useSession();
  const { params, setFilters, after, pagerProps } = useFilteredPages();
  const status = params.get('status') ?? 'open';
  const overdue = params.get('overdue') === '1';
  const [creating, setCreating] = useState(params.get('new') === '1');
  const statuses =
    status === 'open' ? OPEN_STATUSES : status === 'all' ? null : [status as ServiceOrderStatus];
  const [{ data, fetching, error }] = useQuery({
    query: OrdersDocument,
    variables: {
      filter: { status: statuses, overdue: overdue ? true : null },
      after,
    },
  });
  const orders = data?.serviceOrders;

  return (
    <section>
      <PageTitle title={m.orders.title}>{m.orders.title}</PageTitle>
      <p className="lead">{m.orders.intro}</p>
      {access.canCreateServiceOrders ? (
        creating ? (
          <NewOrder onCancel={() => setCreating(false)} />
        ) : (
          <p>
            <button type="button" className="button" onClick={() => setCreating(true)}>
              {m.orders.newTitle}
            </button>
          </p>
        )
      ) : null}
      <div className="filters">
        <SelectField
          label={m.fields.status}
          value={status}
          onChange={(e) =>
            setFilters({ status: e.target.value === 'open' ? null : e.target.value })
          }
        >
          <option value="open">{m.orders.openStatuses}</option>
          <option value="all">{m.orders.allStatuses}</option>
          {ALL.map((s) => (
            <option key={s} value={s}>
              {m.orderStatus[s]}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={overdue}
              onChange={(e) => setFilters({ overdue: e.target.checked ? '1' : null })}
            />{' '}
            {m.orders.onlyOverdue}
          </label>
        </div>
      </div>
      {error ? <RequestError error={error} /> : null}
      {!orders && fetching ? <Loading /> : null}
      {orders ? (
        <>
          <p role="status">{m.orders.found(orders.totalCount, format.number(orders.totalCount))}</p>
          {orders.edges.length ? (
            <OrdersTable
              orders={orders.edges.map((e) => e.node)}
              caption={m.orders.title}
              showAccount={access.administeredAccounts.length > 1}
            />
          ) : (
            <p>{m.orders.none}</p>
          )}
          <Pager {...pagerProps(orders.pageInfo)} />
        </>
      ) : null}
    </section>
  );
}
