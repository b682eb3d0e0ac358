import { useEffect, useState } from 'react';

/** Whether the gateway runs a dev mailbox (demo mode, loopback callers only). */
export function useDevMailbox(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let current = true;
    fetch('/dev/mailbox', { method: 'HEAD' })
      .then((response) => {
        // Elsewhere the path is the single-page app's HTML: only the JSON list counts.
        const json = response.headers.get('content-type')?.includes('application/json');
        if (current) setAvailable(response.ok && Boolean(json));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return available;
}
