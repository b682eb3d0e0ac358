import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { graphql } from '../__generated__';
import { createPortalClient } from '../graphql/client';
import { accessOf, type Access, type Me } from './access';
import { prefetchDashboard, rememberDashboardFlags } from './dashboard-query';
import { refreshSession, rememberExpiry, renewalDelay } from './session-refresh';

const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      phone
      staffRole
      organization {
        id
        name
      }
      grants {
        role
        account {
          id
          name
          customerAccountNumber
        }
      }
      assignedDevices {
        id
      }
      viewerCan {
        seeDevices
        seeServiceOrders
        createServiceOrders
        seeServiceOrderQueue
        seeMeterReadings
        submitMeterReadings
        seeStock
        seeUsers
        manageUsers
        seeAuditTrail
        seeApiKeys
        seeCreditStatus
        seeInvoices
        manageWebhooks
        manageOrganizationSignIn
        manageReadingReminders
        requestUsageStatements
        findCustomerUsers
        correctUserEmails
        approveShipments
        decommissionDevices
        seeDecommissionedDevices
        writeKnowledgeArticles
      }
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out';

interface SessionContextValue {
  status: SessionStatus;
  me: Me | null;
  access: Access;
  /** Set when the session ended by itself (expired or revoked), not by signing out. */
  ended: boolean;
  /** After login, confirmEmail or acceptInvitation: the cookie is set, start a fresh client. */
  signedIn(expiresAt: string | null): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function loadMe(client: Client): Promise<Me | null> {
  const result = await client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  return result.data?.me ?? null;
}

/** Who is signed in; an expired access cookie with a live refresh cookie is renewed once. */
async function resolveMe(client: Client): Promise<Me | null> {
  const me = await loadMe(client);
  if (me || !(await refreshSession())) return me;
  return loadMe(client);
}

const stateOf = (me: Me | null) => ({
  status: (me ? 'signed-in' : 'signed-out') as SessionStatus,
  me,
  ended: false,
});

/** Holds who is signed in and the GraphQL client of that session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ status: SessionStatus; me: Me | null; ended: boolean }>({
    status: 'loading',
    me: null,
    ended: false,
  });
  const onSessionLost = useCallback(() => {
    rememberExpiry(null);
    rememberDashboardFlags(null);
    setState({ status: 'signed-out', me: null, ended: true });
  }, []);
  const newClient = useCallback(
    () => createPortalClient({ refreshSession, onSessionLost }),
    [onSessionLost],
  );
  const [client, setClient] = useState<Client>(newClient);

  useEffect(() => {
    let current = true;
    prefetchDashboard(client);
    void resolveMe(client).then((me) => {
      rememberDashboardFlags(accessOf(me));
      if (current) setState(stateOf(me));
    });
    return () => {
      current = false;
    };
    // Only the first client: later ones are started by signedIn and signOut.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Renew a minute before the access token ends, while the tab is open.
  useEffect(() => {
    if (state.status !== 'signed-in') return;
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const delay = renewalDelay();
      if (delay === null) return;
      timer = setTimeout(() => {
        void refreshSession().then((ok) => {
          if (ok) schedule();
        });
      }, delay);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [state.status]);

  const signedIn = useCallback(
    async (expiresAt: string | null) => {
      rememberExpiry(expiresAt);
      const fresh = newClient();
      setClient(fresh);
      const me = await resolveMe(fresh);
      rememberDashboardFlags(accessOf(me));
      setState(stateOf(me));
    },
    [newClient],
  );

  const signOut = useCallback(async () => {
    await client.mutation(LogoutDocument, {}).toPromise();
    rememberExpiry(null);
    rememberDashboardFlags(null);
    setClient(newClient());
    setState({ status: 'signed-out', me: null, ended: false });
  }, [client, newClient]);

  const value = useMemo(
    () => ({ ...state, access: accessOf(state.me), signedIn, signOut }),
    [state, signedIn, signOut],
  );
  return (
    <SessionContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
