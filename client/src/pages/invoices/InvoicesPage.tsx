import { Fragment, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { AccountInvoicesQuery, InvoiceStatus } from '../../__generated__/graphql';
import { Loading, PageTitle, RequestError, StatusBadge } from '../../components/page';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/i18n';

const AccountInvoicesDocument = graphql(`
  query AccountInvoices($accountId: ID!, $first: Int!) {
    node(id: $accountId) {
      id
      ... on Account {
        openBalance {
          amount
          currency
        }
        invoices(first: $first) {
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              id
              invoiceNumber
              invoiceDate
              dueDate
              amount
              openAmount
              currency
              status
              lines {
                description
                serialNumber
                meter
                periodStart
                periodEnd
                quantity
                amount
              }
            }
          }
        }
      }
    }
  }
`);

type AccountNode = Extract<NonNullable<AccountInvoicesQuery['node']>, { __typename?: 'Account' }>;
type InvoiceNode = NonNullable<AccountNode['invoices']>['edges'][number]['node'];

const TONE: Record<InvoiceStatus, 'ok' | 'warn' | 'bad'> = {
  PAID: 'ok',
  OPEN: 'warn',
  OVERDUE: 'bad',
};
const PAGE = 12;

function InvoiceLines({ invoice }: { invoice: InvoiceNode }) {
  const { m, format } = useI18n();
  const t = m.invoices;
  return (
    <table>
      <caption className="visually-hidden">{t.linesOf(invoice.invoiceNumber)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.line}</th>
          <th scope="col">{t.device}</th>
          <th scope="col">{t.meter}</th>
          <th scope="col">{t.period}</th>
          <th scope="col" className="numeric">
            {t.quantity}
          </th>
          <th scope="col" className="numeric">
            {t.amount}
          </th>
        </tr>
      </thead>
      <tbody>
        {invoice.lines.map((line, i) => (
          <tr key={i}>
            <th scope="row">{line.description}</th>
            <td>{line.serialNumber ?? t.wholeAccount}</td>
            <td>{line.meter ? m.meters[line.meter] : '–'}</td>
            <td>
              {format.date(line.periodStart)} – {format.date(line.periodEnd)}
            </td>
            <td className="numeric">{format.number(line.quantity)}</td>
            <td className="numeric">{format.money(line.amount, invoice.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AccountInvoices({ accountId }: { accountId: string }) {
  const { m, format } = useI18n();
  const t = m.invoices;
  const [first, setFirst] = useState(PAGE);
  const [open, setOpen] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: AccountInvoicesDocument,
    variables: { accountId, first },
  });
  if (error) return <RequestError error={error} />;
  if (!data && fetching) return <Loading />;
  const account = data?.node?.__typename === 'Account' ? (data.node as AccountNode) : null;
  const invoices = account?.invoices?.edges.map((e) => e.node) ?? [];
  const balance = account?.openBalance ?? [];
  return (
    <>
      <p className="lead" aria-live="polite">
        <strong>{t.openBalance}: </strong>
        {balance.length
          ? balance.map((b) => format.money(b.amount, b.currency)).join(', ')
          : t.nothingOpen}
      </p>
      {invoices.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.invoice}</th>
                <th scope="col">{t.invoiceDate}</th>
                <th scope="col">{t.dueDate}</th>
                <th scope="col" className="numeric">
                  {t.amount}
                </th>
                <th scope="col" className="numeric">
                  {t.open}
                </th>
                <th scope="col">{t.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.line}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => (
                <Fragment key={invoice.id}>
                  <tr>
                    <th scope="row">{invoice.invoiceNumber}</th>
                    <td>{format.date(invoice.invoiceDate)}</td>
                    <td>{invoice.dueDate ? format.date(invoice.dueDate) : '–'}</td>
                    <td className="numeric">{format.money(invoice.amount, invoice.currency)}</td>
                    <td className="numeric">
                      {format.money(invoice.openAmount, invoice.currency)}
                    </td>
                    <td>
                      <StatusBadge tone={TONE[invoice.status]}>
                        {t.statuses[invoice.status]}
                      </StatusBadge>
                    </td>
                    <td>
                      {invoice.lines.length ? (
                        <button
                          type="button"
                          className="button button--secondary"
                          aria-expanded={open === invoice.id}
                          aria-controls={`lines-${invoice.id}`}
                          aria-label={
                            open === invoice.id
                              ? t.hideLines(invoice.invoiceNumber)
                              : t.showLines(invoice.invoiceNumber)
                          }
                          onClick={() => setOpen(open === invoice.id ? null : invoice.id)}
                        >
                          {open === invoice.id ? t.hide : t.show}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                  {open === invoice.id ? (
                    <tr id={`lines-${invoice.id}`}>
                      <td colSpan={7}>
                        <InvoiceLines invoice={invoice} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {account?.invoices?.pageInfo.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setFirst(first + PAGE)}
        >
          {t.more}
        </button>
      ) : null}
    </>
  );
}

/** Customers' Administrators: each administered account's invoices and open balance. */
export default function InvoicesPage() {
  const { m } = useI18n();
  const { access } = useSession();
  const accounts = access.administeredAccounts;
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? '');
  return (
    <section>
      <PageTitle title={m.invoices.title}>{m.invoices.title}</PageTitle>
      <p>{m.invoices.intro}</p>
      {accounts.length > 1 ? (
        <div className="field">
          <label htmlFor="invoice-account">{m.invoices.account}</label>
          <select
            id="invoice-account"
            value={accountId}
            onChange={(e) => setAccountId(e.target.value)}
          >
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.customerAccountNumber})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {accountId ? <AccountInvoices key={accountId} accountId={accountId} /> : null}
    </section>
  );
}
