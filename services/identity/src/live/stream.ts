import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import { environment, LiveFeed, sendJson, type LiveNote, type Principal } from '@portal/platform';
import { maySeeStockLocation } from '@portal/event-contracts';

export const LIVE_PATH = '/internal/live';
const HEARTBEAT_MS = 15_000;

/**
 * Whether the caller may hear that this object changed: the read rules of the object's owner,
 * applied to what the note carries. Technicians hear of no order (their work list polls).
 */
export function mayHear(principal: Principal, note: LiveNote): boolean {
  switch (note.type) {
    case 'Notification':
      return principal.claims.kind === 'user' && principal.claims.id === note.userId;
    case 'ServiceOrder':
      if (principal.isStaff) return principal.readsEveryOrganization;
      return (
        principal.actor === note.raisedBy ||
        principal.managesDevice({ deviceId: note.deviceId!, accountId: note.accountId! })
      );
    case 'Shipment':
    case 'StockLocation':
      return maySeeStockLocation(principal, {
        id: note.stockLocationId!,
        accountId: note.accountId!,
      });
  }
}

/**
 * The live stream behind the gateway's /events (server-sent events): the type and global id of
 * each change the caller may read, nothing else; the client refetches through GraphQL. Ends
 * after the principal's lifetime, so a revoked session stops hearing within it (the browser
 * reconnects with a fresh principal and refetches).
 */
export async function serveLive(
  req: IncomingMessage,
  res: ServerResponse,
  caller: Principal,
  dataSource: DataSource,
): Promise<void> {
  const feed = LiveFeed.of(dataSource);
  if (caller.isGateway || caller.isAnonymous) return sendJson(res, 403, { error: 'forbidden' });
  if (!feed) return sendJson(res, 503, { error: 'no live feed' });
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 1000\n\n');
  const end = () => {
    unsubscribe();
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    res.end();
  };
  const unsubscribe = feed.subscribe((note) => {
    if (!note) return end();
    if (mayHear(caller, note))
      res.write(`event: change\ndata: ${JSON.stringify({ type: note.type, id: note.id })}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const lifetime = setTimeout(end, environment().PRINCIPAL_TTL_SECONDS * 1000);
  req.on('close', end);
}
