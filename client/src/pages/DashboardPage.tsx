import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../app/session';
import { SUPPORT_EMAIL } from '../app/support';
import { TextField } from '../components/forms';
import { PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';

const DashboardDocument = graphql(`
  query Dashboard($devices: Boolean!, $users: Boolean!) {
    devices(first: 1) @include(if: $devices) {
      totalCount
    }
    removalRequested: devices(first: 1, filter: { status: [REMOVAL_REQUESTED] })
      @include(if: $devices) {
      totalCount
    }
    organization @include(if: $users) {
      id
      users(first: 1) {
        totalCount
      }
    }
  }
`);

export default function DashboardPage() {
  const { m, format } = useI18n();
  const { me, access } = useSession();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [{ data }] = useQuery({
    query: DashboardDocument,
    variables: { devices: access.canSeeDevices, users: access.canManageUsers },
  });
  if (!me) return null;

  const rolesByAccount = new Map<string, string[]>();
  for (const grant of me.grants) {
    const label = `${grant.account.name} (${grant.account.customerAccountNumber})`;
    rolesByAccount.set(label, [...(rolesByAccount.get(label) ?? []), m.roles[grant.role]]);
  }

  function searchKnowledge(event: FormEvent) {
    event.preventDefault();
    void navigate(`/knowledge?q=${encodeURIComponent(search.trim())}`);
  }

  return (
    <section>
      <PageTitle title={m.dashboard.title}>{m.dashboard.welcome(me.name)}</PageTitle>
      <p className="lead">
        {me.staffRole ? m.dashboard.staffRole(m.staffRoles[me.staffRole]) : me.organization?.name}
      </p>
      {rolesByAccount.size ? (
        <ul className="roles">
          {[...rolesByAccount].map(([account, roles]) => (
            <li key={account}>
              <strong>{roles.join(', ')}</strong> · {account}
            </li>
          ))}
        </ul>
      ) : null}

      <div className="cards">
        {access.canSeeDevices ? (
          <article className="card">
            <h2>{m.nav.devices}</h2>
            <p className="card__figure">
              {data?.devices ? format.number(data.devices.totalCount) : '–'}
            </p>
            <p>
              {data?.removalRequested?.totalCount
                ? m.dashboard.removalRequested(data.removalRequested.totalCount)
                : m.dashboard.devicesHint}
            </p>
            <Link to="/devices">{m.dashboard.openDevices}</Link>
          </article>
        ) : null}
        <article className="card">
          <h2>{m.nav.knowledge}</h2>
          <form onSubmit={searchKnowledge} role="search">
            <TextField
              label={m.knowledge.searchLabel}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <button type="submit" className="button">
              {m.knowledge.search}
            </button>
          </form>
        </article>
        {access.canManageUsers ? (
          <article className="card">
            <h2>{m.nav.users}</h2>
            <p className="card__figure">
              {data?.organization ? format.number(data.organization.users.totalCount) : '–'}
            </p>
            <Link to="/users">{m.dashboard.openUsers}</Link>
          </article>
        ) : null}
        {access.isStaff ? (
          <article className="card">
            <h2>{m.nav.staffAccounts}</h2>
            <p>{m.dashboard.staffHint}</p>
            <Link to="/staff/accounts">{m.dashboard.openStaff}</Link>
          </article>
        ) : null}
        {!access.canSeeDevices && !access.isStaff ? (
          <article className="card">
            <h2>{m.dashboard.selfServiceTitle}</h2>
            <p>{m.dashboard.selfServiceHint}</p>
          </article>
        ) : null}
        <article className="card">
          <h2>{m.dashboard.supportTitle}</h2>
          <p>{m.dashboard.supportHint}</p>
          <a href={`mailto:${SUPPORT_EMAIL}`}>{SUPPORT_EMAIL}</a>
        </article>
      </div>
    </section>
  );
}
