import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../app/session';
import { SUPPORT_EMAIL, SUPPORT_PHONE, SUPPORT_PHONE_LINK } from '../app/support';
import { TextField } from '../components/forms';
import { PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { DashboardDocument, dashboardVariables } from '../app/dashboard-query';

export default function DashboardPage() {
  const { m, format } = useI18n();
  const { me, access } = useSession();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [{ data }] = useQuery({
    query: DashboardDocument,
    variables: dashboardVariables(access),
  });
  if (!me) return null;
  const ordersPath = access.isStaff ? '/staff/orders' : '/service-orders';
  const belowMinimum = data?.stockLocations
    ? data.stockLocations.reduce((n, l) => n + l.levels.filter((x) => x.belowMinimum).length, 0)
    : null;

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
        {access.canUseServiceOrders ? (
          <article className="card">
            <h2>{m.dashboard.openOrders}</h2>
            <p className="card__figure">
              {data?.openOrders ? format.number(data.openOrders.totalCount) : '–'}
            </p>
            <p>{m.dashboard.openOrdersHint}</p>
            <Link to={ordersPath}>{m.dashboard.openOrdersLink}</Link>
          </article>
        ) : null}
        {access.canUseServiceOrders ? (
          <article className="card">
            <h2>{m.dashboard.overdueResponses}</h2>
            <p
              className={
                data?.overdueOrders?.totalCount ? 'card__figure card__figure--bad' : 'card__figure'
              }
            >
              {data?.overdueOrders ? format.number(data.overdueOrders.totalCount) : '–'}
            </p>
            <p>{m.dashboard.overdueHint}</p>
            <Link to={access.isStaff ? ordersPath : `${ordersPath}?overdue=1`}>
              {m.dashboard.overdueLink}
            </Link>
          </article>
        ) : null}
        {access.canSubmitMeterReadings ? (
          <article className="card">
            <h2>{m.dashboard.readingsDue}</h2>
            <p className="card__figure">
              {data?.meterReadingsDue ? format.number(data.meterReadingsDue.totalCount) : '–'}
            </p>
            <p>{m.dashboard.readingsDueHint}</p>
            <Link to="/meter-readings">{m.dashboard.readingsDueLink}</Link>
          </article>
        ) : null}
        {access.canSeeStock ? (
          <article className="card">
            <h2>{m.dashboard.belowMinimum}</h2>
            <p className={belowMinimum ? 'card__figure card__figure--bad' : 'card__figure'}>
              {belowMinimum === null ? '–' : format.number(belowMinimum)}
            </p>
            <p>{m.dashboard.belowMinimumHint}</p>
            <Link to="/stock">{m.dashboard.stockLink}</Link>
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
        {access.isStaff && access.canSeeCreditStatus ? (
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
          <p>
            <a href={`mailto:${SUPPORT_EMAIL}`}>{SUPPORT_EMAIL}</a>
          </p>
          <p>
            <a href={SUPPORT_PHONE_LINK}>{SUPPORT_PHONE}</a>
          </p>
        </article>
      </div>
    </section>
  );
}
