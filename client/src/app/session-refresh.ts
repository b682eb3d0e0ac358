import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../__generated__';
import { persistedHashOf } from '../graphql/persisted';

/**
 * Renewing the session from the HttpOnly refresh cookie. Refresh tokens rotate, and reusing an
 * old one revokes the whole family, so open tabs must not renew at the same time: one renews
 * under a Web Lock and records the new expiry in localStorage; the others see it and skip.
 */
const EXPIRES_AT_KEY = 'portal.session.expiresAt';
const LOCK = 'portal.session.refresh';
/** Renew when less than this is left of the access token. */
const MARGIN_MS = 60_000;

const REFRESH = graphql(`
  mutation RefreshSession {
    refreshSession {
      session {
        expiresAt
      }
    }
  }
`);
const ME = graphql(`
  query SessionCheck {
    me {
      id
    }
  }
`);

export function rememberExpiry(expiresAt: string | null): void {
  try {
    if (expiresAt) localStorage.setItem(EXPIRES_AT_KEY, expiresAt);
    else localStorage.removeItem(EXPIRES_AT_KEY);
  } catch {
    // Storage may be unavailable (private mode): renewing still works, only less coordinated.
  }
}

export function knownExpiry(): number | null {
  try {
    const stored = localStorage.getItem(EXPIRES_AT_KEY);
    const at = stored ? Date.parse(stored) : NaN;
    return Number.isFinite(at) ? at : null;
  } catch {
    return null;
  }
}

/** Sends a persisted operation by its hash, as the urql client does (outside it: no cache). */
async function post<T, V>(
  document: TypedDocumentNode<T, V>,
  operationName: string,
): Promise<T | undefined> {
  const sha256Hash = persistedHashOf(document);
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      operationName,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    }),
  });
  return ((await response.json()) as { data?: T }).data;
}

async function renew(): Promise<boolean> {
  try {
    // Another tab renewed a moment ago (its cookie is ours too): nothing to do. A far expiry
    // alone proves nothing: the cookie may have gone (browser restart, cleared cookies).
    const expiry = knownExpiry();
    if (expiry !== null && expiry - Date.now() > MARGIN_MS * 2) {
      const data = await post(ME, 'SessionCheck');
      if (data?.me) return true;
    }
    const data = await post(REFRESH, 'RefreshSession');
    const expiresAt = data?.refreshSession?.session?.expiresAt ?? null;
    rememberExpiry(expiresAt);
    return expiresAt !== null;
  } catch {
    return false;
  }
}

let inFlight: Promise<boolean> | null = null;

/** Renews the session once, whoever asks (this tab's requests, its timer, other tabs). */
export function refreshSession(): Promise<boolean> {
  if (!inFlight) {
    const run =
      typeof navigator !== 'undefined' && 'locks' in navigator
        ? navigator.locks.request(LOCK, renew).then((ok) => ok)
        : renew();
    inFlight = run.finally(() => {
      inFlight = null;
    });
  }
  return inFlight;
}

/** When this tab should renew: a minute before the access token ends. */
export function renewalDelay(): number | null {
  const expiry = knownExpiry();
  return expiry === null ? null : Math.max(expiry - Date.now() - MARGIN_MS, 5_000);
}
