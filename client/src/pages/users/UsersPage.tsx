import { useState } from 'react';
import { useQuery } from 'urql';
import { FormAlert, Notice } from '../../components/forms';
import { Loading, PageTitle, RequestError, StatusBadge } from '../../components/page';
import { Pager, usePages } from '../../components/pager';
import { useI18n } from '../../i18n/i18n';
import { ApiKeys } from './ApiKeys';
import { UsersDocument } from './documents';
import { InviteForm } from './InviteForm';
import { UserPanel } from './UserPanel';

export default function UsersPage() {
  const { m } = useI18n();
  const { after, pagerProps } = usePages();
  const [{ data, fetching, error }] = useQuery({
    query: UsersDocument,
    variables: { first: 50, after },
  });
  const [selected, setSelected] = useState<string | null>(null);
  const [invited, setInvited] = useState<string | null>(null);
  // Said here: the panel of a withdrawn invitation's user closes with the user.
  const [withdrawn, setWithdrawn] = useState<string | null>(null);

  const organization = data?.organization;
  const users = organization?.users.edges.map((e) => e.node) ?? [];
  const selectedUser = users.find((u) => u.id === selected);

  return (
    <section>
      <PageTitle title={m.users.title}>{m.users.title}</PageTitle>
      {error ? <RequestError error={error} /> : null}
      {!organization && fetching ? <Loading /> : null}
      {organization === null ? <FormAlert messages={[m.common.notAvailable]} /> : null}
      {organization ? (
        <>
          <p className="lead">{m.users.intro(organization.name)}</p>
          {invited ? <Notice>{m.users.invited(invited)}</Notice> : null}
          {withdrawn ? <Notice>{withdrawn}</Notice> : null}
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{m.users.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.fields.name}</th>
                  <th scope="col">{m.fields.email}</th>
                  <th scope="col">{m.users.roles}</th>
                  <th scope="col">{m.fields.status}</th>
                  <th scope="col">
                    <span className="visually-hidden">{m.apiKeys.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id} aria-current={user.id === selected ? 'true' : undefined}>
                    <th scope="row">
                      {user.name}
                      {user.id === organization.primaryContact.id ? (
                        <span className="tag">{m.users.primaryContact}</span>
                      ) : null}
                    </th>
                    <td>{user.email}</td>
                    <td>
                      {user.grants
                        .map((g) =>
                          m.users.roleOn(m.roles[g.role], g.account.customerAccountNumber),
                        )
                        .join(', ')}
                    </td>
                    <td>
                      <StatusBadge
                        tone={
                          user.status === 'ACTIVE'
                            ? 'ok'
                            : user.status === 'DISABLED'
                              ? 'bad'
                              : 'warn'
                        }
                      >
                        {m.userStatus[user.status]}
                      </StatusBadge>
                    </td>
                    <td>
                      {user.viewerCanGrantRoles ? (
                        <button
                          type="button"
                          className="button button--secondary"
                          aria-label={m.users.manageNamed(user.name)}
                          onClick={() => setSelected(user.id)}
                        >
                          {m.users.manage}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager {...pagerProps(organization.users.pageInfo)} />
          {selectedUser ? (
            <UserPanel
              key={selectedUser.id}
              user={selectedUser}
              isPrimary={selectedUser.id === organization.primaryContact.id}
              onClose={() => setSelected(null)}
              onRevoked={(message) => {
                setSelected(null);
                setWithdrawn(message);
              }}
            />
          ) : null}
          <InviteForm onInvited={setInvited} />
          <ApiKeys />
        </>
      ) : null}
    </section>
  );
}
