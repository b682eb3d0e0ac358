import type { EventEmitter } from 'node:events';
import { request } from 'undici';
import { PRINCIPAL_HEADER } from '@portal/platform/edge';
import type { ReplicaSet } from './replicas';
import type { ResolvedPrincipal } from './principal-resolver';

type Answer = Awaited<ReturnType<typeof request>>;

/**
 * A GET of one of a subgraph's own routes (not /graphql) as the caller: its signed principal in
 * the header, on the instance the replica set picks, abandoned when `closes` closes (the
 * browser left). Null when no instance could be reached.
 */
export async function getAsCaller(
  set: ReplicaSet,
  pathAndQuery: string,
  principal: ResolvedPrincipal,
  closes: EventEmitter,
): Promise<Answer | null> {
  const base = set.urls[0]!.replace(/\/graphql\/?$/, '').replace(/\/+$/, '');
  const [url] = set.order(`${base}${pathAndQuery}`);
  const aborted = new AbortController();
  closes.on('close', () => aborted.abort());
  try {
    return await request(url!, {
      headers: { [PRINCIPAL_HEADER]: principal.header },
      signal: aborted.signal,
    });
  } catch {
    return null;
  }
}
