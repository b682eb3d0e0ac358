import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { CustomerUsersQuery } from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import { FormAlert, Notice, TextField } from '../../components/forms';
import { Loading, PageTitle, RequestError, StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';

const CustomerUsersDocument = graphql(`
  query CustomerUsers($search: String!) {
    customerUsers(search: $search) {
      id
      name
      email
      status
      invitationPending
      organization {
        id
        name
      }
      grants {
        role
        account {
          id
          customerAccountNumber
        }
      }
    }
  }
`);

const CorrectEmailDocument = graphql(`
  mutation CorrectUserEmail($userId: ID!, $email: String!) {
    correctUserEmail(userId: $userId, email: $email) {
      user {
        id
        email
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ResendDocument = graphql(`
  mutation ResendConfirmation($email: String!) {
    resendConfirmation(email: $email)
  }
`);

type Found = CustomerUsersQuery['customerUsers'][number];

/** The agent's corrections of one user: a mistyped e-mail, or the confirmation sent again. */
function UserActions({ user, notice }: { user: Found; notice(text: string): void }) {
  const { m } = useI18n();
  const t = m.staffWork;
  const [editing, setEditing] = useState(false);
  const [email, setEmail] = useState(user.email);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [correction, correct] = useMutation(CorrectEmailDocument);
  const [resending, resend] = useMutation(ResendDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = (await correct({ userId: user.id, email: email.trim() })).data
      ?.correctUserEmail;
    if (payload?.user && !payload.userErrors.length) {
      setEditing(false);
      return notice(t.emailCorrected(user.name, payload.user.email));
    }
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['email'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  if (editing)
    return (
      <form
        className="inline-form"
        noValidate
        aria-label={t.correctEmailOf(user.name)}
        onSubmit={(e) => void submit(e)}
      >
        <FormAlert messages={errors.general} />
        <TextField
          label={t.newEmail}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <button type="submit" className="button" disabled={correction.fetching}>
          {t.saveEmail}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setEditing(false)}
        >
          {m.common.cancel}
        </button>
      </form>
    );
  return (
    <div className="actions">
      <button
        type="button"
        className="button button--secondary"
        aria-label={t.correctEmailOf(user.name)}
        onClick={() => setEditing(true)}
      >
        {t.correctEmail}
      </button>
      {/* Self-registered and not confirmed; an invitation is re-sent by its Administrator. */}
      {user.status === 'PENDING_CONFIRMATION' && !user.invitationPending ? (
        <button
          type="button"
          className="button button--link"
          disabled={resending.fetching}
          aria-label={t.resendOf(user.name)}
          onClick={() =>
            void resend({ email: user.email }).then((r) =>
              r.data?.resendConfirmation ? notice(t.resent(user.email)) : undefined,
            )
          }
        >
          {t.resend}
        </button>
      ) : null}
    </div>
  );
}

/** The service centre finds a caller's user and puts its e-mail right. */
export default function CustomerUsersPage() {
  const { m } = useI18n();
  const t = m.staffWork;
  const { access } = useSession();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: CustomerUsersDocument,
    variables: { search: search ?? '' },
    pause: search === null,
    requestPolicy: 'cache-and-network',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim().length < 2) return setProblem(t.tooShort);
    setProblem(undefined);
    setNotice(null);
    setSearch(text.trim());
  }

  const users = data?.customerUsers ?? [];
  return (
    <section>
      <PageTitle title={t.usersTitle}>{t.usersTitle}</PageTitle>
      <p className="lead">{t.usersIntro}</p>
      <form className="inline-form" role="search" noValidate onSubmit={submit}>
        <TextField
          label={t.search}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={problem}
        />
        <button type="submit" className="button">
          {t.find}
        </button>
      </form>
      {notice ? <Notice>{notice}</Notice> : null}
      {error ? <RequestError error={error} /> : null}
      {search !== null && !data && fetching ? <Loading /> : null}
      {data && !users.length ? <p>{t.noUsers}</p> : null}
      {users.length ? (
        <div className="table-wrap">
          <table aria-label={t.found(users.length)}>
            <thead>
              <tr>
                <th scope="col">{m.fields.name}</th>
                <th scope="col">{m.fields.email}</th>
                <th scope="col">{t.company}</th>
                <th scope="col">{m.fields.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.stock.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>
                    {user.organization?.name}
                    <div className="muted">
                      {[...new Set(user.grants.map((g) => g.account.customerAccountNumber))].join(
                        ', ',
                      )}
                    </div>
                  </td>
                  <td>
                    <StatusBadge tone={user.status === 'ACTIVE' ? 'ok' : 'warn'}>
                      {m.userStatus[user.status]}
                    </StatusBadge>
                  </td>
                  <td>
                    {access.canCorrectUserEmails ? (
                      <UserActions user={user} notice={setNotice} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
