import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../app/session';
import { Loading, PageTitle, RequestError } from '../components/page';
import { useI18n } from '../i18n/i18n';

const AccountsDocument = graphql(`
  query Accounts {
    accounts {
      id
      name
      customerAccountNumber
      systemAccountNumber
      organization {
        id
        name
        primaryContact {
          id
          name
          email
        }
      }
    }
  }
`);

export default function AccountPage() {
  const { m } = useI18n();
  const { me } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: AccountsDocument });
  const organization = data?.accounts[0]?.organization;
  return (
    <section>
      <PageTitle title={m.account.title}>{m.account.title}</PageTitle>
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      {organization ? (
        <p className="lead">
          {organization.name} · {m.account.primaryContact}: {organization.primaryContact.name} (
          <a href={`mailto:${organization.primaryContact.email}`}>
            {organization.primaryContact.email}
          </a>
          )
        </p>
      ) : null}
      <p className="explainer">{m.account.numbersExplained}</p>
      <div className="cards">
        {data?.accounts.map((account) => {
          const roles =
            me?.grants.filter((g) => g.account.id === account.id).map((g) => m.roles[g.role]) ?? [];
          return (
            <article className="card" key={account.id} aria-labelledby={`account-${account.id}`}>
              <h2 id={`account-${account.id}`}>{account.name}</h2>
              <dl className="facts">
                <dt>{m.fields.customerAccountNumber}</dt>
                <dd>
                  <strong className="number">{account.customerAccountNumber}</strong>
                  <span className="muted"> – {m.account.customerNumberExplained}</span>
                </dd>
                <dt>{m.fields.systemAccountNumber}</dt>
                <dd>
                  <strong className="number">{account.systemAccountNumber}</strong>
                  <span className="muted"> – {m.account.systemNumberExplained}</span>
                </dd>
                {roles.length ? (
                  <>
                    <dt>{m.account.yourRoles}</dt>
                    <dd>{roles.join(', ')}</dd>
                  </>
                ) : null}
              </dl>
            </article>
          );
        })}
      </div>
    </section>
  );
}
