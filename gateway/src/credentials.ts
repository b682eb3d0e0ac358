import { randomUUID } from 'node:crypto';
import { parseCookie, stringifySetCookie } from 'cookie';
import { REFRESH_COOKIE, SESSION_COOKIE } from '@portal/platform/edge';

/** What a request presents: a bearer token, the browser's session cookie, nothing, or garbage. */
export type Credentials =
  { kind: 'none' } | { kind: 'malformed' } | { kind: 'bearer' | 'cookie'; token: string };

/** The request headers credentials are read from (as Node or Hive Gateway's plugin give them). */
export interface CredentialHeaders {
  authorization?: string;
  cookie?: string;
}

/** `Authorization: Bearer` (API keys, partner tools) wins over the browser's session cookie. */
export function credentialsOf(headers: CredentialHeaders): Credentials {
  const { authorization, cookie } = headers;
  if (authorization !== undefined) {
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    return match ? { kind: 'bearer', token: match[1] } : { kind: 'malformed' };
  }
  if (cookie) {
    const token = parseCookie(cookie)[SESSION_COOKIE];
    if (token) return { kind: 'cookie', token };
  }
  return { kind: 'none' };
}

/** The browser's refresh-token cookie, which only identity gets to see. */
export function refreshTokenOf(headers: CredentialHeaders): string | undefined {
  return headers.cookie ? parseCookie(headers.cookie)[REFRESH_COOKIE] : undefined;
}

const SANE_REQUEST_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** The client's request id when it is a plain token, else a fresh one (it ends up in every log). */
export function requestIdOf(given: unknown): string {
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Set-Cookie that drops a stale session cookie, so the browser stops sending it. */
export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value: '',
    path: '/',
    maxAge: 0,
    expires: new Date(0),
    httpOnly: true,
    sameSite: 'lax',
    secure,
  });
}
