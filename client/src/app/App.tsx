import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Link, Navigate, NavLink, Route, Routes, useLocation, useSearchParams } from 'react-router';
import { useI18n, type Language } from '../i18n/i18n';
import { Loading } from '../components/page';
import type { Access } from './access';
import { SECTIONS } from './navigation';
import { useSession } from './session';
import { SUPPORT_EMAIL, SUPPORT_PHONE, SUPPORT_PHONE_LINK } from './support';
import { safeNext, SignInPage } from '../pages/SignInPage';
import { NotificationsLink } from './NotificationsLink';
// The overview opens first on every visit: in the main script, so that showing it never waits
// for a chunk (nor for React's throttled reveal of a suspended page), and its counters, asked for
// alongside the session (dashboard-query.ts), show as soon as both answers are in.
import DashboardPage from '../pages/DashboardPage';

// Every page but sign-in loads on demand: the first screen carries only what it shows.
const WebhooksPage = lazy(() => import('../pages/webhooks/WebhooksPage'));
const RegisterPage = lazy(() => import('../pages/RegisterPage'));
const ConfirmEmailPage = lazy(() => import('../pages/ConfirmEmailPage'));
const AcceptInvitationPage = lazy(() => import('../pages/AcceptInvitationPage'));
const ForgotPasswordPage = lazy(() => import('../pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../pages/ResetPasswordPage'));
const ProfilePage = lazy(() => import('../pages/profile/ProfilePage'));
const DevicesPage = lazy(() => import('../pages/devices/DevicesPage'));
const DevicePage = lazy(() => import('../pages/devices/DevicePage'));
const ArticleEditorPage = lazy(() => import('../pages/knowledge/ArticleEditorPage'));
const ShipmentQueuePage = lazy(() => import('../pages/staff/ShipmentQueuePage'));
const CustomerUsersPage = lazy(() => import('../pages/staff/CustomerUsersPage'));
const RemovalRequestsPage = lazy(() => import('../pages/staff/RemovalRequestsPage'));
const KnowledgePage = lazy(() => import('../pages/knowledge/KnowledgePage'));
const ArticlePage = lazy(() => import('../pages/knowledge/ArticlePage'));
const UsersPage = lazy(() => import('../pages/users/UsersPage'));
const AccountPage = lazy(() => import('../pages/AccountPage'));
const InvoicesPage = lazy(() => import('../pages/invoices/InvoicesPage'));
const StaffAccountsPage = lazy(() => import('../pages/staff/StaffAccountsPage'));
const ServiceOrdersPage = lazy(() => import('../pages/orders/ServiceOrdersPage'));
const ServiceOrderPage = lazy(() => import('../pages/orders/ServiceOrderPage'));
const OrderQueuePage = lazy(() => import('../pages/staff/OrderQueuePage'));
const MeterReadingsPage = lazy(() => import('../pages/readings/MeterReadingsPage'));
const StockPage = lazy(() => import('../pages/stock/StockPage'));
const AnalyticsPage = lazy(() => import('../pages/analytics/AnalyticsPage'));
const MailboxPage = lazy(() => import('../pages/MailboxPage'));
const NotificationsPage = lazy(() => import('../pages/notifications/NotificationsPage'));
const UnsubscribePage = lazy(() => import('../pages/notifications/UnsubscribePage'));
const NotificationSettingsPage = lazy(
  () => import('../pages/notifications/NotificationSettingsPage'),
);
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));
const SecurityPage = lazy(() => import('../pages/security/SecurityPage'));
const SingleSignOnPage = lazy(() => import('../pages/security/SingleSignOnPage'));
const SingleSignOnCallbackPage = lazy(() => import('../pages/SingleSignOnCallbackPage'));

/** A page for signed-in users whom `allowed` admits; others see "not found" (as the API answers). */
function Guarded({
  allowed,
  children,
}: {
  allowed?: (access: Access) => boolean;
  children: ReactNode;
}) {
  const { status, access } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (allowed && !allowed(access)) return <NotFoundPage />;
  return <>{children}</>;
}

/** Signed in on the sign-in page: on to where the visitor was going. */
function AfterSignIn() {
  const [params] = useSearchParams();
  return <Navigate to={safeNext(params.get('next'))} replace />;
}

function Header() {
  const { m, language, setLanguage } = useI18n();
  const { me, access, status, signOut } = useSession();
  const other: Language = language === 'da' ? 'en' : 'da';
  // On a phone the links fold behind one menu button (CSS shows it below 48rem). Open on the
  // page where it was opened: going to another page folds it again.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const signedIn = status === 'signed-in';
  return (
    <header
      className="site-header"
      data-menu={signedIn ? (menuOpen ? 'open' : 'closed') : undefined}
    >
      <div className="site-header__bar">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            Canon
          </span>{' '}
          Self-Service
        </Link>
        {signedIn ? (
          <button
            type="button"
            className="button button--secondary site-header__menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-menu main-menu"
            onClick={() => setOpenOn(menuOpen ? null : pathname)}
          >
            {m.nav.menu}
          </button>
        ) : null}
        <div className="site-header__tools" id="site-menu">
          <button
            type="button"
            className="button button--link"
            lang={other}
            onClick={() => setLanguage(other)}
          >
            {m.nav.switchLanguage}
          </button>
          {signedIn && me ? (
            <>
              <NotificationsLink />
              <span className="site-header__user">
                {me.name}
                {me.organization ? ` · ${me.organization.name}` : ''}
              </span>
              <Link to="/profile" className="button button--link">
                {m.accounts.profile.link}
              </Link>
              <Link to="/security" className="button button--link">
                {m.twoFactor.navLabel}
              </Link>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void signOut()}
              >
                {m.nav.signOut}
              </button>
            </>
          ) : null}
        </div>
      </div>
      {signedIn ? (
        <nav aria-label={m.nav.main} className="main-nav" id="main-menu">
          <ul>
            {SECTIONS.filter((s) => s.visible(access)).map((section) => (
              <li key={section.path}>
                <NavLink to={section.path} end={section.path === '/'}>
                  {section.label(m)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

function Footer() {
  const { m } = useI18n();
  return (
    <footer className="site-footer">
      <p>
        {m.footer.support} <a href={`mailto:${SUPPORT_EMAIL}`}>{SUPPORT_EMAIL}</a> · {m.footer.call}{' '}
        <a href={SUPPORT_PHONE_LINK}>{SUPPORT_PHONE}</a>
      </p>
      <p>
        <a href="/playground">{m.footer.playground}</a>
      </p>
    </footer>
  );
}

export function App() {
  const { m } = useI18n();
  const { status } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {m.nav.skipToContent}
      </a>
      <Header />
      <main id="main" className="main">
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route
              path="/sign-in"
              element={status === 'signed-in' ? <AfterSignIn /> : <SignInPage />}
            />
            <Route
              path="/sign-in/sso"
              element={status === 'signed-in' ? <AfterSignIn /> : <SingleSignOnCallbackPage />}
            />
            <Route path="/register" element={<RegisterPage />} />
            <Route path="/confirm-email" element={<ConfirmEmailPage />} />
            <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route path="/reset-password" element={<ResetPasswordPage />} />
            <Route
              path="/profile"
              element={
                <Guarded>
                  <ProfilePage />
                </Guarded>
              }
            />
            <Route path="/mailbox" element={<MailboxPage />} />
            <Route
              path="/"
              element={
                <Guarded>
                  <DashboardPage />
                </Guarded>
              }
            />
            <Route
              path="/devices"
              element={
                <Guarded allowed={(a) => a.canSeeDevices}>
                  <DevicesPage />
                </Guarded>
              }
            />
            <Route
              path="/devices/:id"
              element={
                <Guarded allowed={(a) => a.canSeeDevices}>
                  <DevicePage />
                </Guarded>
              }
            />
            <Route
              path="/knowledge"
              element={
                <Guarded>
                  <KnowledgePage />
                </Guarded>
              }
            />
            <Route
              path="/knowledge/new"
              element={
                <Guarded allowed={(a) => a.isStaff}>
                  <ArticleEditorPage />
                </Guarded>
              }
            />
            <Route
              path="/knowledge/:slug/edit"
              element={
                <Guarded allowed={(a) => a.isStaff}>
                  <ArticleEditorPage />
                </Guarded>
              }
            />
            <Route
              path="/knowledge/:slug"
              element={
                <Guarded>
                  <ArticlePage />
                </Guarded>
              }
            />
            <Route
              path="/users"
              element={
                <Guarded allowed={(a) => a.canManageUsers}>
                  <UsersPage />
                </Guarded>
              }
            />
            <Route
              path="/invoices"
              element={
                <Guarded allowed={(a) => a.canSeeInvoices && a.isCustomer}>
                  <InvoicesPage />
                </Guarded>
              }
            />
            <Route
              path="/account"
              element={
                <Guarded allowed={(a) => a.isCustomer}>
                  <AccountPage />
                </Guarded>
              }
            />
            <Route
              path="/staff/accounts"
              element={
                <Guarded allowed={(a) => a.isStaff && a.canSeeCreditStatus}>
                  <StaffAccountsPage />
                </Guarded>
              }
            />
            <Route
              path="/service-orders"
              element={
                <Guarded allowed={(a) => a.canUseServiceOrders && a.isCustomer}>
                  <ServiceOrdersPage />
                </Guarded>
              }
            />
            <Route
              path="/service-orders/:id"
              element={
                <Guarded allowed={(a) => a.canUseServiceOrders}>
                  <ServiceOrderPage />
                </Guarded>
              }
            />
            <Route
              path="/staff/orders"
              element={
                <Guarded allowed={(a) => a.canSeeOrderQueue}>
                  <OrderQueuePage />
                </Guarded>
              }
            />
            <Route
              path="/staff/users"
              element={
                <Guarded allowed={(a) => a.canFindCustomerUsers}>
                  <CustomerUsersPage />
                </Guarded>
              }
            />
            <Route
              path="/staff/removals"
              element={
                <Guarded allowed={(a) => a.canDecommissionDevices}>
                  <RemovalRequestsPage />
                </Guarded>
              }
            />
            <Route
              path="/staff/shipments"
              element={
                <Guarded allowed={(a) => a.canApproveShipments}>
                  <ShipmentQueuePage />
                </Guarded>
              }
            />
            <Route
              path="/meter-readings"
              element={
                <Guarded allowed={(a) => a.canSubmitMeterReadings}>
                  <MeterReadingsPage />
                </Guarded>
              }
            />
            <Route
              path="/analytics"
              element={
                <Guarded allowed={(a) => a.canSeeMeterReadings}>
                  <AnalyticsPage />
                </Guarded>
              }
            />
            <Route
              path="/stock"
              element={
                <Guarded allowed={(a) => a.canSeeStock}>
                  <StockPage />
                </Guarded>
              }
            />
            <Route
              path="/security"
              element={
                <Guarded>
                  <SecurityPage />
                </Guarded>
              }
            />
            <Route
              path="/settings/single-sign-on"
              element={
                <Guarded allowed={(a) => a.canManageOrganizationSignIn}>
                  <SingleSignOnPage />
                </Guarded>
              }
            />
            <Route path="/notifications/unsubscribe" element={<UnsubscribePage />} />
            <Route
              path="/notifications"
              element={
                <Guarded>
                  <NotificationsPage />
                </Guarded>
              }
            />
            <Route
              path="/settings/notifications"
              element={
                <Guarded>
                  <NotificationSettingsPage />
                </Guarded>
              }
            />
            <Route
              path="/settings/webhooks"
              element={
                <Guarded allowed={(a) => a.canManageWebhooks}>
                  <WebhooksPage />
                </Guarded>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
      <Footer />
    </>
  );
}
