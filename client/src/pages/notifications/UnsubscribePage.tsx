import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { PageTitle } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

const UnsubscribeDocument = graphql(`
  mutation UnsubscribeNotifications($token: String!) {
    unsubscribeNotifications(token: $token) {
      type
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** A notification mail's unsubscribe link, followed by a person (mail clients POST instead). */
export default function UnsubscribePage() {
  const { m } = useI18n();
  const [params] = useSearchParams();
  const [{ data, fetching }, unsubscribe] = useMutation(UnsubscribeDocument);
  // A type, or (type null, no refusal) a daily digest's link: every digest type.
  const answer = data?.unsubscribeNotifications;
  const done =
    answer && answer.userErrors.length === 0 ? (answer.type ?? 'DAILY_DIGEST') : undefined;
  const refused = answer && !done;
  return (
    <section>
      <PageTitle title={m.notifications.unsubscribeTitle}>
        {m.notifications.unsubscribeTitle}
      </PageTitle>
      {done ? (
        <p role="status">{m.notifications.unsubscribed(m.notifications.types[done] ?? done)}</p>
      ) : (
        <button
          type="button"
          className="button"
          disabled={fetching}
          onClick={() => void unsubscribe({ token: params.get('token') ?? '' })}
        >
          {m.notifications.unsubscribe}
        </button>
      )}
      {refused ? <p role="alert">{m.notifications.invalidLink}</p> : null}
      <p>
        <Link to="/settings/notifications">{m.notifications.settings}</Link>
      </p>
    </section>
  );
}
