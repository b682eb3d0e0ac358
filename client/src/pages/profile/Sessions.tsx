import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormAlert, Notice } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { userErrorText } from '../../i18n/user-errors';
import {
  MySessionsDocument,
  SignOutAllSessionsDocument,
  SignOutSessionDocument,
} from './documents';

/** Where the user is signed in, with sign-out of one session or of all the others. */
export function Sessions() {
  const { m, format } = useI18n();
  const t = m.accounts.profile;
  const [{ data }, reload] = useQuery({ query: MySessionsDocument, requestPolicy: 'network-only' });
  const [, signOutOne] = useMutation(SignOutSessionDocument);
  const [, signOutAll] = useMutation(SignOutAllSessionsDocument);
  const [done, setDone] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  async function run(action: Promise<{ data?: unknown }>, field: string) {
    const outcome = (await action).data as
      | Record<string, { signedOut: number; userErrors: { code: string; message: string }[] }>
      | undefined;
    const payload = outcome?.[field];
    if (!payload) return setProblems([m.common.serverError]);
    setProblems(payload.userErrors.map((e) => userErrorText(e, m)));
    setDone(payload.userErrors.length ? null : t.signedOut(payload.signedOut));
    reload({ requestPolicy: 'network-only' });
  }

  const sessions = data?.mySessions ?? [];
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t.sessionsTitle}</h2>
      <p>{t.sessionsIntro}</p>
      <FormAlert messages={problems} />
      {done ? <Notice>{done}</Notice> : null}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.signedInAt}</th>
              <th scope="col">{t.expiresAt}</th>
              <th scope="col">
                <span className="visually-hidden">{m.apiKeys.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <td>
                  {format.dateTime(session.createdAt)}{' '}
                  <span className="muted">
                    · {session.current ? t.thisBrowser : t.otherBrowser}
                  </span>
                </td>
                <td>{format.dateTime(session.expiresAt)}</td>
                <td>
                  {session.current ? null : (
                    <button
                      type="button"
                      className="button button--link"
                      aria-label={t.signOutSession(format.dateTime(session.createdAt))}
                      onClick={() =>
                        void run(signOutOne({ sessionId: session.id }), 'signOutSession')
                      }
                    >
                      {m.nav.signOut}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button button--secondary"
        disabled={!sessions.some((s) => !s.current)}
        onClick={() => void run(signOutAll({ keepCurrent: true }), 'signOutAllSessions')}
      >
        {t.signOutOthers}
      </button>
    </section>
  );
}
