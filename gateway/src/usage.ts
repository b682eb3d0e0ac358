import { API_KEY_USAGE_PATH, PRINCIPAL_HEADER, type Logger } from '@portal/platform/edge';

interface Counts {
  apiKeyId: string;
  day: string;
  requests: number;
  errors: number;
  cost: number;
  /** Requests that used each deprecated field or argument ("Type.field", "Type.field(arg)"). */
  deprecated: Record<string, number>;
}

/**
 * API keys' requests, errors and cost per UTC day, counted in memory and sent to identity (which
 * owns the keys and shows their usage) every few seconds: one call per interval, not per request.
 * A failed report is kept and sent with the next one; counts are lost only if the process dies.
 */
export class UsageRecorder {
  private pending = new Map<string, Counts>();
  private readonly timer: NodeJS.Timeout;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly identityBaseUrl: string,
    private readonly fetch: (url: string, init?: RequestInit) => Promise<Response>,
    private readonly gatewayHeader: () => Promise<string>,
    private readonly log: Logger,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  record(apiKeyId: string, cost: number, failed: boolean, deprecated: string[] = []): void {
    const day = new Date().toISOString().slice(0, 10);
    const key = `${apiKeyId}/${day}`;
    const counts = this.pending.get(key) ?? {
      apiKeyId,
      day,
      requests: 0,
      errors: 0,
      cost: 0,
      deprecated: {},
    };
    this.pending.set(key, counts);
    add(counts, { requests: 1, errors: failed ? 1 : 0, cost, deprecated: {} });
    for (const coordinate of deprecated)
      counts.deprecated[coordinate] = (counts.deprecated[coordinate] ?? 0) + 1;
  }

  /** Sends what was counted so far (one report at a time, in order). */
  flush(): Promise<void> {
    this.sending = this.sending.then(() => this.send());
    return this.sending;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async send(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      const response = await this.fetch(
        `${this.identityBaseUrl.replace(/\/+$/, '')}${API_KEY_USAGE_PATH}`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [PRINCIPAL_HEADER]: await this.gatewayHeader(),
          },
          body: JSON.stringify({ usage: [...batch.values()] }),
          signal: AbortSignal.timeout(10_000),
        },
      );
      await response.body?.cancel();
      if (response.status >= 300) throw new Error(`identity answered ${response.status}`);
    } catch (error) {
      this.log.warn({ err: error, keys: batch.size }, 'API-key usage not recorded yet; will retry');
      for (const [key, counts] of batch) {
        const later = this.pending.get(key);
        if (later) add(later, counts);
        else this.pending.set(key, counts);
      }
    }
  }
}

function add(to: Counts, more: Omit<Counts, 'apiKeyId' | 'day'>): void {
  to.requests += more.requests;
  to.errors += more.errors;
  to.cost += more.cost;
  for (const [coordinate, n] of Object.entries(more.deprecated))
    to.deprecated[coordinate] = (to.deprecated[coordinate] ?? 0) + n;
}
