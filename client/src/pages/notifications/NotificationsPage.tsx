import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

export const NotificationsDocument = graphql(`
  query Notifications {
    notifications(first: 50) {
      unreadCount
      totalCount
      edges {
        node {
          id
          type
          title
          body
          link
          createdAt
          readAt
        }
      }
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The signed-in user's own notifications, newest first; opening or marking one reads it. */
export default function NotificationsPage() {
  const { m, language } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: NotificationsDocument });
  const [, markRead] = useMutation(MarkReadDocument);
  const read = async (input: { ids?: string[]; all?: boolean }) => {
    await markRead({ input });
    refetch({ requestPolicy: 'network-only' });
  };
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const format = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  });
  return (
    <section>
      <PageTitle title={m.notifications.title}>{m.notifications.title}</PageTitle>
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      <p>
        <Link to="/settings/notifications">{m.notifications.settings}</Link>
      </p>
      {data && items.length === 0 ? <p>{m.notifications.empty}</p> : null}
      {data?.notifications.unreadCount ? (
        <button type="button" className="button" onClick={() => void read({ all: true })}>
          {m.notifications.markAllRead}
        </button>
      ) : null}
      <ul className="notification-list" aria-label={m.notifications.title}>
        {items.map((n) => (
          <li
            key={n.id}
            className={n.readAt ? 'notification' : 'notification notification--unread'}
          >
            <h2>
              {n.readAt ? null : <span className="badge">{m.notifications.unread}</span>} {n.title}
            </h2>
            <p>{n.body}</p>
            <p className="muted">{format.format(new Date(n.createdAt as string))}</p>
            {n.link ? (
              <Link to={n.link} onClick={() => void read({ ids: [n.id] })}>
                {m.notifications.open}
              </Link>
            ) : null}{' '}
            {n.readAt ? null : (
              <button
                type="button"
                className="button button--link"
                onClick={() => void read({ ids: [n.id] })}
              >
                {m.notifications.markRead}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
