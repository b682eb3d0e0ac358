import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { sendJson } from '@portal/platform/edge';

/** Where notification mails' List-Unsubscribe points (identity's UNSUBSCRIBE_PATH). */
export const UNSUBSCRIBE_PATH = '/notifications/unsubscribe';

const MUTATION = `mutation ($token: String!) {
  unsubscribeNotifications(token: $token) { type userErrors { code } } }`;

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs to the link of the List-Unsubscribe
 * header (body `List-Unsubscribe=One-Click`, no cookies). The gateway runs identity's
 * `unsubscribeNotifications` through its own /graphql, as any anonymous caller could. A GET is a
 * person following the link: the web client shows a page for it.
 */
export async function oneClickUnsubscribe(
  req: IncomingMessage,
  res: ServerResponse,
  server: Server,
): Promise<void> {
  const token = new URL(req.url ?? '/', 'http://gateway').searchParams.get('token') ?? '';
  req.resume();
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: MUTATION, variables: { token } }),
    signal: AbortSignal.timeout(10_000),
  });
  const answer = (await response.json()) as {
    data?: { unsubscribeNotifications?: { type: string | null; userErrors: unknown[] } };
  };
  const done = answer.data?.unsubscribeNotifications;
  // A type, or null for a daily digest's link (every type mailed in the digest).
  if (!done || done.userErrors.length) sendJson(res, 400, { error: 'invalid token' });
  else sendJson(res, 200, { unsubscribed: done.type ?? 'DAILY_DIGEST' });
}
