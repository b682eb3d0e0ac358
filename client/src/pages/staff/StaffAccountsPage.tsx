import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { CreditStatus } from '../../__generated__/graphql';
import { Loading, PageTitle, RequestError, StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { ServiceAccounts } from './ServiceAccounts';

const StaffAccountsDocument = graphql(`
  query StaffAccounts {
    accounts {
      id
      name
      customerAccountNumber
      systemAccountNumber
      creditStatus
      organization {
        id
        name
      }
    }
  }
`);

// There is no account(id:) query yet: the selected account's payments come with the list.
const PaymentHistoryDocument = graphql(`
  query StaffPaymentHistory($first: Int) {
    accounts {
      id
      paymentHistory(first: $first) {
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            invoiceNumber
            invoiceDate
            amount
            currency
            paidAt
          }
        }
      }
    }
  }
`);

const CREDIT_TONE: Record<CreditStatus, 'ok' | 'warn' | 'bad'> = {
  GOOD: 'ok',
  WATCH: 'warn',
  ON_HOLD: 'bad',
};

function PaymentHistory({ accountId }: { accountId: string }) {
  const { m, format } = useI18n();
  const [{ data, fetching, error }] = useQuery({
    query: PaymentHistoryDocument,
    variables: { first: 24 },
  });
  if (error) return <RequestError error={error} />;
  if (!data && fetching) return <Loading />;
  const history = data?.accounts.find((a) => a.id === accountId)?.paymentHistory;
  if (!history?.edges.length) return <p className="muted">{m.staff.noPayments}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{m.staff.invoice}</th>
            <th scope="col">{m.staff.invoiceDate}</th>
            <th scope="col" className="numeric">
              {m.staff.amount}
            </th>
            <th scope="col">{m.staff.paid}</th>
          </tr>
        </thead>
        <tbody>
          {history.edges.map(({ node }) => (
            <tr key={node.invoiceNumber}>
              <th scope="row">{node.invoiceNumber}</th>
              <td>{format.date(node.invoiceDate)}</td>
              <td className="numeric">{format.money(node.amount, node.currency)}</td>
              <td>
                {node.paidAt ? (
                  format.date(node.paidAt)
                ) : (
                  <StatusBadge tone="warn">{m.staff.unpaid}</StatusBadge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Service-centre staff: every account with its credit status, and its payment history. */
export default function StaffAccountsPage() {
  const { m } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: StaffAccountsDocument });
  const [selected, setSelected] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const accounts = (data?.accounts ?? []).filter(
    (a) =>
      !needle ||
      [a.name, a.customerAccountNumber, a.systemAccountNumber, a.organization.name].some((t) =>
        t.toLowerCase().includes(needle),
      ),
  );
  const account = data?.accounts.find((a) => a.id === selected);
  return (
    <section>
      <PageTitle title={m.staff.title}>{m.staff.title}</PageTitle>
      <p className="lead">{m.staff.intro}</p>
      <div className="field">
        <label htmlFor="account-filter">{m.staff.filter}</label>
        <input
          id="account-filter"
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{m.staff.title}</caption>
          <thead>
            <tr>
              <th scope="col">{m.staff.organization}</th>
              <th scope="col">{m.fields.account}</th>
              <th scope="col">{m.fields.customerAccountNumber}</th>
              <th scope="col">{m.fields.systemAccountNumber}</th>
              <th scope="col">{m.staff.creditStatus}</th>
              <th scope="col">
                <span className="visually-hidden">{m.apiKeys.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} aria-current={a.id === selected ? 'true' : undefined}>
                <td>{a.organization.name}</td>
                <th scope="row">{a.name}</th>
                <td>{a.customerAccountNumber}</td>
                <td>{a.systemAccountNumber}</td>
                <td>
                  {a.creditStatus ? (
                    <StatusBadge tone={CREDIT_TONE[a.creditStatus]}>
                      {m.creditStatus[a.creditStatus]}
                    </StatusBadge>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={m.staff.showPaymentsFor(a.name)}
                    onClick={() => setSelected(a.id)}
                  >
                    {m.staff.showPayments}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {account ? (
        <section className="panel" aria-labelledby="payments-title">
          <h2 id="payments-title">
            {m.staff.paymentsOf(account.name, account.customerAccountNumber)}
          </h2>
          <PaymentHistory accountId={account.id} />
        </section>
      ) : null}
      <ServiceAccounts />
    </section>
  );
}
