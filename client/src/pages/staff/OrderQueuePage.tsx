import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useLiveRefetch } from '../../app/live';
import { graphql } from '../../__generated__';
import type {
  OrderQueueQuery,
  ServiceOrderFilter,
  ServiceOrderStatus,
} from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import { SelectField, TextField } from '../../components/forms';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { OPEN_STATUSES } from '../orders/order-format';
import { OrdersTable } from '../orders/OrdersTable';

/** Staff read every order by response due time; the overdue ones come first, flagged. */
const QueueDocument = graphql(`
  query OrderQueue($filter: ServiceOrderFilter!, $overdue: ServiceOrderFilter!) {
    overdue: serviceOrders(first: 100, filter: $overdue) {
      totalCount
      edges {
        node {
          ...OrderRow
        }
      }
    }
    onTime: serviceOrders(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          ...OrderRow
        }
      }
    }
  }
`);

/** What the queue can be narrowed by; technicians pick among no colleagues. */
const ChoicesDocument = graphql(`
  query OrderQueueChoices($withTechnicians: Boolean!) {
    accounts {
      id
      name
      customerAccountNumber
    }
    staffUsers(staffRole: TECHNICIAN) @include(if: $withTechnicians) {
      id
      name
    }
  }
`);

const STATUSES: ServiceOrderStatus[] = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'SCHEDULED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
  'CANCELLED',
];

interface Filters {
  status: 'OPEN' | 'ANY' | ServiceOrderStatus;
  overdue: 'ANY' | 'YES' | 'NO';
  accountId: string;
  technicianId: string;
  search: string;
}

const NONE: Filters = {
  status: 'OPEN',
  overdue: 'ANY',
  accountId: '',
  technicianId: '',
  search: '',
};

function toFilter(f: Filters): ServiceOrderFilter {
  return {
    status: f.status === 'OPEN' ? OPEN_STATUSES : f.status === 'ANY' ? null : [f.status],
    accountId: f.accountId || null,
    technicianId: f.technicianId || null,
    search: f.search.trim() || null,
  };
}

function FilterForm({
  applied,
  onApply,
  withTechnicians,
}: {
  applied: Filters;
  onApply(next: Filters): void;
  withTechnicians: boolean;
}) {
  const { m } = useI18n();
  const t = m.queue;
  const [draft, setDraft] = useState(applied);
  const [{ data }] = useQuery({ query: ChoicesDocument, variables: { withTechnicians } });
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="panel filters" aria-label={t.filters} onSubmit={submit}>
      <div className="field-row">
        <SelectField label={t.status} value={draft.status} onChange={set('status')}>
          <option value="OPEN">{t.openStatuses}</option>
          <option value="ANY">{t.anyStatus}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {m.orderStatus[s]}
            </option>
          ))}
        </SelectField>
        <SelectField label={t.overdueFilter} value={draft.overdue} onChange={set('overdue')}>
          <option value="ANY">{t.anyResponse}</option>
          <option value="YES">{t.onlyOverdue}</option>
          <option value="NO">{t.notOverdue}</option>
        </SelectField>
        <SelectField label={t.account} value={draft.accountId} onChange={set('accountId')}>
          <option value="">{t.anyAccount}</option>
          {(data?.accounts ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.customerAccountNumber} · {a.name}
            </option>
          ))}
        </SelectField>
        {withTechnicians ? (
          <SelectField
            label={t.technician}
            value={draft.technicianId}
            onChange={set('technicianId')}
          >
            <option value="">{t.anyTechnician}</option>
            {(data?.staffUsers ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <div className="field-row">
        <TextField label={t.search} type="search" value={draft.search} onChange={set('search')} />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t.apply}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(NONE);
            onApply(NONE);
          }}
        >
          {t.reset}
        </button>
      </div>
    </form>
  );
}

/** One part of the queue (overdue or on time), with its count. */
function QueueSection({
  id,
  title,
  orders,
  none,
}: {
  id: string;
  title: string;
  orders: OrderQueueQuery['onTime'];
  /** Said when the part is empty. */
  none: string;
}) {
  const { format } = useI18n();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} ({format.number(orders.totalCount)})
      </h2>
      {orders.edges.length ? (
        <OrdersTable
          orders={orders.edges.map((e) => e.node)}
          caption={title}
          showAccount
          showProblem
        />
      ) : (
        <p>{none}</p>
      )}
    </section>
  );
}

/**
 * The service centre's queue, overdue first, with the customer's problem text; narrowed by
 * status, response, account, technician and a text. A technician's holds only its own orders.
 */
export default function OrderQueuePage() {
  const { m } = useI18n();
  const { access } = useSession();
  const mine = access.isTechnician;
  const [filters, setFilters] = useState<Filters>(NONE);
  const filter = toFilter(filters);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: QueueDocument,
    variables: {
      overdue: { ...filter, overdue: filters.overdue === 'NO' ? false : true },
      filter: { ...filter, overdue: filters.overdue === 'YES' ? true : false },
    },
  });
  useLiveRefetch(['ServiceOrder'], () => refetch({ requestPolicy: 'network-only' }));
  const title = mine ? m.queue.myOrdersTitle : m.queue.title;
  const showOverdue = filters.overdue !== 'NO';
  const showOnTime = filters.overdue !== 'YES';
  return (
    <section>
      <PageTitle title={title}>{title}</PageTitle>
      <p className="lead">{mine ? m.queue.myOrdersIntro : m.queue.intro}</p>
      <FilterForm applied={filters} onApply={setFilters} withTechnicians={!mine} />
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      {data ? (
        <>
          {showOverdue ? (
            <QueueSection
              id="queue-overdue"
              title={m.queue.overdue}
              orders={data.overdue}
              none={m.queue.noneOverdue}
            />
          ) : null}
          {showOnTime ? (
            <QueueSection
              id="queue-on-time"
              title={m.queue.onTime}
              orders={data.onTime}
              none={m.queue.none}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
