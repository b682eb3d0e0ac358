import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { DeviceFilter, DeviceStatus } from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import { SearchFilter, SelectField } from '../../components/forms';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { Pager, useFilteredPages } from '../../components/pager';
import { useI18n } from '../../i18n/i18n';
import { DeviceStatusBadge, locationLine } from './device-format';

const PAGE_SIZE = 20;

const DevicesDocument = graphql(`
  query Devices($filter: DeviceFilter, $first: Int, $after: String) {
    devices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          serialNumber
          status
          eMaintenance
          model {
            id
            name
          }
          account {
            id
            name
            customerAccountNumber
          }
          location {
            address
            building
            floor
            room
          }
        }
      }
    }
    accounts {
      id
      name
      customerAccountNumber
    }
    organization {
      id
      primaryContact {
        id
        name
        email
      }
    }
  }
`);

const STATUSES: DeviceStatus[] = ['ACTIVE', 'REMOVAL_REQUESTED', 'DECOMMISSIONED'];

export default function DevicesPage() {
  const { m, format } = useI18n();
  const { access } = useSession();
  const { params, setFilters, after, pagerProps } = useFilteredPages();
  const search = params.get('q') ?? '';
  const accountId = params.get('account') ?? '';
  const status = params.get('status') ?? '';
  const eMaintenance = params.get('emaintenance') ?? '';

  const filter: DeviceFilter = {
    ...(search ? { search } : {}),
    ...(accountId ? { accountId } : {}),
    ...(status ? { status: [status as DeviceStatus] } : {}),
    ...(eMaintenance ? { eMaintenance: eMaintenance === 'yes' } : {}),
  };
  const [{ data, fetching, error }] = useQuery({
    query: DevicesDocument,
    variables: { filter, first: PAGE_SIZE, after },
  });

  const connection = data?.devices;
  return (
    <section>
      <PageTitle title={m.devices.title}>{m.devices.title}</PageTitle>
      <div className="filters">
        <SearchFilter
          label={m.devices.searchLabel}
          hint={m.devices.searchHint}
          submit={m.devices.search}
          initial={search}
          onSearch={(words) => setFilters({ q: words })}
        />
        {data && data.accounts.length > 1 ? (
          <SelectField
            label={m.fields.account}
            value={accountId}
            onChange={(e) => setFilters({ account: e.target.value })}
          >
            <option value="">{m.devices.allAccounts}</option>
            {data.accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.customerAccountNumber} · {account.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label={m.fields.status}
          value={status}
          onChange={(e) => setFilters({ status: e.target.value })}
        >
          <option value="">{m.devices.currentStatuses}</option>
          {STATUSES.filter((s) => s !== 'DECOMMISSIONED' || access.canSeeDecommissionedDevices).map(
            (s) => (
              <option key={s} value={s}>
                {m.deviceStatus[s]}
              </option>
            ),
          )}
        </SelectField>
        <SelectField
          label={m.fields.eMaintenance}
          value={eMaintenance}
          onChange={(e) => setFilters({ emaintenance: e.target.value })}
        >
          <option value="">{m.devices.any}</option>
          <option value="yes">{m.common.yes}</option>
          <option value="no">{m.common.no}</option>
        </SelectField>
      </div>

      {error ? <RequestError error={error} /> : null}
      {!connection && fetching ? <Loading /> : null}
      {connection ? (
        <>
          <p aria-live="polite">
            {m.devices.found(connection.totalCount, format.number(connection.totalCount))}
          </p>
          {connection.edges.length ? (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{m.devices.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.fields.serialNumber}</th>
                    <th scope="col">{m.fields.model}</th>
                    <th scope="col">{m.fields.location}</th>
                    <th scope="col">{m.fields.account}</th>
                    <th scope="col">{m.fields.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">
                        <Link to={`/devices/${encodeURIComponent(node.id)}`}>
                          {node.serialNumber}
                        </Link>
                      </th>
                      <td>{node.model.name}</td>
                      <td>{locationLine(node.location)}</td>
                      <td>{node.account.customerAccountNumber}</td>
                      <td>
                        <DeviceStatusBadge status={node.status} />
                        {node.eMaintenance ? <span className="tag">e-Maintenance</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : Object.keys(filter).length === 0 &&
            !access.isStaff &&
            access.administeredAccounts.length === 0 &&
            access.hasRole('DEVICE_MANAGER') ? (
            <NoAssignedDevices contact={data?.organization?.primaryContact ?? null} />
          ) : (
            <p>{m.devices.none}</p>
          )}
          <Pager {...pagerProps(connection.pageInfo)} />
        </>
      ) : null}
    </section>
  );
}

/** A Device Manager with no devices yet: why, and whom to ask. */
function NoAssignedDevices({ contact }: { contact: { name: string; email: string } | null }) {
  const { m } = useI18n();
  return (
    <div className="panel" role="status">
      <p>{m.deviceManagers.noneAssigned}</p>
      {contact ? (
        <p>
          {m.deviceManagers.ask(contact.name)}{' '}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </p>
      ) : null}
    </div>
  );
}
