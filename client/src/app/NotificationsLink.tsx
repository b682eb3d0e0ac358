import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { useLiveRefetch } from './live';
import { useI18n } from '../i18n/i18n';

const UnreadCountDocument = graphql(`
  query UnreadNotificationCount {
    notifications(first: 0) {
      unreadCount
    }
  }
`);

const POLL_MS = 30_000;

/** The header's link to the notification list, with the unread count, live (and asked again now and then). */
export function NotificationsLink() {
  const { m } = useI18n();
  const location = useLocation();
  const [{ data }, refetch] = useQuery({ query: UnreadCountDocument });
  useLiveRefetch(['Notification'], () => refetch({ requestPolicy: 'network-only' }));
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [refetch]);
  // A page change (e.g. leaving the list after marking items read) asks again; the first page
  // does not, as the query has just been sent.
  const page = useRef(location.pathname);
  useEffect(() => {
    if (page.current === location.pathname) return;
    page.current = location.pathname;
    refetch({ requestPolicy: 'network-only' });
  }, [location.pathname, refetch]);
  const unread = data?.notifications.unreadCount ?? 0;
  return (
    <Link to="/notifications" className="site-header__notifications" data-unread={unread}>
      {m.notifications.headerLink(unread)}
    </Link>
  );
}
