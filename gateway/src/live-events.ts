import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@portal/platform/edge';
import type { ReplicaSet } from './replicas';
import type { ResolvedPrincipal } from './principal-resolver';
import { getAsCaller } from './subgraph-get';

/** Where the web client listens for changes (server-sent events), beside /graphql. */
export const LIVE_EVENTS_PATH = '/events';
const IDENTITY_LIVE_PATH = '/internal/live';

/**
 * Apollo Gateway has no subscriptions; live screens get server-sent events here instead. The
 * caller is authenticated exactly like a /graphql request (session cookie or Bearer token); the
 * stream comes from identity with the caller's signed principal, and identity sends only the
 * type and global id of changes the caller may read. The browser refetches the query it shows.
 */
export async function streamLiveEvents(
  req: IncomingMessage,
  res: ServerResponse,
  principal: ResolvedPrincipal | null,
  identity: ReplicaSet,
): Promise<void> {
  if (req.method !== 'GET') return sendJson(res, 405, { error: 'GET only' });
  if (!principal || principal.claims.kind === 'anonymous')
    return sendJson(res, 401, { error: 'sign in to follow changes' });
  const upstream = await getAsCaller(identity, IDENTITY_LIVE_PATH, principal, req);
  if (upstream?.statusCode !== 200) {
    await upstream?.body.dump();
    return sendJson(res, 503, { error: 'live events unavailable' });
  }
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  try {
    for await (const chunk of upstream.body) res.write(chunk);
  } catch {
    // The browser left, or identity stopped: either way the stream ends here.
  }
  res.end();
}
