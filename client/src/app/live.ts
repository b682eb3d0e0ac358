import { useEffect, useRef } from 'react';

/** The types the gateway's /events names (identity's live notes). */
export type LiveType = 'ServiceOrder' | 'Shipment' | 'StockLocation' | 'Notification';

interface Watcher {
  types: readonly LiveType[];
  id?: string;
  refetch(): void;
}

const watchers = new Set<Watcher>();
const FALLBACK_POLL_MS = 10_000;
const RECONNECT_MS = 3_000;
let source: EventSource | null = null;
let fallback: ReturnType<typeof setInterval> | undefined;

function refetchAll(): void {
  for (const w of watchers) w.refetch();
}

/** While the stream is down, the screens refetch on a timer instead. */
function poll(on: boolean): void {
  if (on && fallback === undefined) fallback = setInterval(refetchAll, FALLBACK_POLL_MS);
  if (!on && fallback !== undefined) {
    clearInterval(fallback);
    fallback = undefined;
  }
}

/**
 * One EventSource per tab, shared by every screen that watches. Each message names the type and
 * id of something the user may read that changed; the screens showing it refetch. On (re)open
 * everything refetches, since changes may have been missed meanwhile.
 */
function connect(): void {
  if (source || watchers.size === 0 || typeof EventSource === 'undefined') return;
  const stream = new EventSource('/events');
  source = stream;
  stream.addEventListener('open', () => {
    poll(false);
    refetchAll();
  });
  stream.addEventListener('change', (event) => {
    const { type, id } = JSON.parse((event as MessageEvent<string>).data) as {
      type: LiveType;
      id: string;
    };
    for (const w of watchers) if (w.types.includes(type) && (!w.id || w.id === id)) w.refetch();
  });
  stream.addEventListener('error', () => {
    poll(true);
    // The browser retries a dropped stream itself; a refused one (401, 503) it gives up on.
    if (stream.readyState === EventSource.CLOSED) {
      source = null;
      setTimeout(connect, RECONNECT_MS);
    }
  });
}

function disconnect(): void {
  if (watchers.size > 0) return;
  source?.close();
  source = null;
  poll(false);
}

/**
 * Refetches a screen's query within a moment of someone else's change to what it shows (`id`:
 * one object; none: any of the types), over server-sent events, falling back to polling.
 */
export function useLiveRefetch(types: readonly LiveType[], refetch: () => void, id?: string): void {
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  const key = types.join();
  useEffect(() => {
    const watcher: Watcher = {
      types: key.split(',') as LiveType[],
      id,
      refetch: () => latest.current(),
    };
    watchers.add(watcher);
    connect();
    return () => {
      watchers.delete(watcher);
      disconnect();
    };
  }, [key, id]);
}
