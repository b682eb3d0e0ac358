import { createHash } from 'node:crypto';
import type { CryptoKey } from 'jose';
import {
  ANONYMOUS,
  BACK_OFFICE_CAPABILITIES,
  Principal,
  PRINCIPAL_HEADER,
  REQUEST_ID_HEADER,
  RESOLVE_PRINCIPAL_PATH,
  signPrincipal,
  type Logger,
  type PrincipalClaims,
} from '@portal/platform/edge';

/** A caller's principal together with the signed header subgraphs verify. */
export interface ResolvedPrincipal {
  claims: PrincipalClaims;
  header: string;
  /** An API key's query-cost budget per fair-use window, when its organisation has one set. */
  costPerMinute?: number | null;
}

/** identity could not be asked (down, timed out, or answered nonsense): the gateway answers 503. */
export class IdentityUnavailableError extends Error {}

export interface PrincipalResolverOptions {
  /** identity's base URL (its GraphQL URL without `/graphql`). */
  identityBaseUrl: string;
  /** Default: global fetch; the gateway passes one that spreads calls over identity's instances. */
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
  privateKey: CryptoKey;
  /** How long a resolved principal is reused; 0 asks identity on every request. */
  cacheMs: number;
  /** Lifetime of the signed principal header. */
  ttlSeconds: number;
  /** Timeout of a call to identity; 0 disables it. */
  timeoutMs: number;
  log: Logger;
  /** Bound on cached tokens, so a flood of distinct tokens cannot grow memory without limit. */
  maxCachedTokens?: number;
}

/** Longer tokens are refused without bothering identity (session and API-key tokens are short). */
const MAX_TOKEN_LENGTH = 4096;

/**
 * Turns session and API-key tokens into signed principals by asking identity, with a short
 * per-token cache (keyed by the token's hash, never the token) so a revocation bites within
 * `cacheMs`, and concurrent requests with one token share one call to identity.
 */
export class PrincipalResolver {
  private readonly cache = new Map<
    string,
    { until: number; value: Promise<ResolvedPrincipal | null> }
  >();
  private readonly anonymousHeader: SignedHeader;
  private readonly gatewayHeader: SignedHeader;
  private readonly resolveUrl: string;
  private readonly maxCachedTokens: number;

  constructor(private readonly options: PrincipalResolverOptions) {
    this.anonymousHeader = new SignedHeader(ANONYMOUS, options.privateKey, options.ttlSeconds);
    // The gateway's own identity towards identity's internal route.
    this.gatewayHeader = new SignedHeader(
      Principal.gateway(),
      options.privateKey,
      options.ttlSeconds,
    );
    this.resolveUrl = `${options.identityBaseUrl.replace(/\/+$/, '')}${RESOLVE_PRINCIPAL_PATH}`;
    this.maxCachedTokens = options.maxCachedTokens ?? 10_000;
  }

  /** The gateway's own signed principal, for its calls to identity's internal routes. */
  gatewayPrincipalHeader(): Promise<string> {
    return this.gatewayHeader.get();
  }

  async anonymous(): Promise<ResolvedPrincipal> {
    return { claims: ANONYMOUS, header: await this.anonymousHeader.get() };
  }

  /**
   * The principal behind a token, or null when identity does not accept the token.
   * Throws IdentityUnavailableError when identity cannot answer.
   */
  resolve(token: string, requestId: string): Promise<ResolvedPrincipal | null> {
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return Promise.resolve(null);
    const { cacheMs } = this.options;
    if (cacheMs <= 0) return this.ask(token, requestId);

    const key = createHash('sha256').update(token).digest('base64url');
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.until > now) return hit.value;

    const value = this.ask(token, requestId);
    this.remember(key, { until: now + cacheMs, value }, now);
    // A failed call is not an answer: the next request asks again.
    value.catch(() => {
      if (this.cache.get(key)?.value === value) this.cache.delete(key);
    });
    return value;
  }

  private remember(
    key: string,
    entry: { until: number; value: Promise<ResolvedPrincipal | null> },
    now: number,
  ) {
    this.cache.delete(key);
    if (this.cache.size >= this.maxCachedTokens) {
      for (const [k, e] of this.cache) if (e.until <= now) this.cache.delete(k);
      // Still full of live entries: drop the oldest (Map keeps insertion order).
      while (this.cache.size >= this.maxCachedTokens) {
        const oldest = this.cache.keys().next();
        if (oldest.done) break;
        this.cache.delete(oldest.value);
      }
    }
    this.cache.set(key, entry);
  }

  private async ask(token: string, requestId: string): Promise<ResolvedPrincipal | null> {
    const { timeoutMs, log } = this.options;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(this.resolveUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [PRINCIPAL_HEADER]: await this.gatewayHeader.get(),
          [REQUEST_ID_HEADER]: requestId,
        },
        body: JSON.stringify({ token }),
        signal: timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined,
      });
    } catch (error) {
      log.error({ err: error, requestId }, 'identity unreachable while resolving a principal');
      throw new IdentityUnavailableError('identity unreachable', { cause: error });
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      log.error({ requestId, status: response.status }, 'identity refused to resolve a principal');
      throw new IdentityUnavailableError(`identity answered ${response.status}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      log.error(
        { err: error, requestId },
        'identity answered a principal request with invalid JSON',
      );
      throw new IdentityUnavailableError('identity answered invalid JSON');
    }
    const claims = principalClaimsOf(body);
    if (claims === undefined) {
      log.error({ requestId }, 'identity answered a principal request with an unexpected shape');
      throw new IdentityUnavailableError('identity answered an unexpected shape');
    }
    if (claims === null) return null;
    return {
      claims,
      header: await signPrincipal(claims, this.options.privateKey, this.options.ttlSeconds),
      costPerMinute: costPerMinuteOf(body),
    };
  }
}

/**
 * Reads identity's `{ principal }` answer: claims for a user, API key or service account, null for a refused
 * token, undefined for anything else. Only known fields are kept, so nothing unexpected is
 * signed; a `gateway` principal is never accepted for a caller.
 */
export function principalClaimsOf(body: unknown): PrincipalClaims | null | undefined {
  if (!isRecord(body) || !('principal' in body)) return undefined;
  const p = body.principal;
  if (p === null) return null;
  if (!isRecord(p)) return undefined;
  if (p.kind === 'anonymous') return null;
  if (p.kind !== 'user' && p.kind !== 'apiKey' && p.kind !== 'serviceAccount') return undefined;
  if (typeof p.id !== 'string') return undefined;
  const strings = (v: unknown): string[] | undefined =>
    v === undefined || v === null
      ? []
      : Array.isArray(v) && v.every((s) => typeof s === 'string')
        ? v
        : undefined;
  const grants = p.grants ?? [];
  const deviceIds = strings(p.deviceIds);
  const stockLocationIds = strings(p.stockLocationIds);
  const capabilities = strings(p.capabilities);
  if (!Array.isArray(grants) || !deviceIds || !stockLocationIds || !capabilities) return undefined;
  if (capabilities.some((c) => !(BACK_OFFICE_CAPABILITIES as readonly string[]).includes(c))) {
    return undefined;
  }
  const validGrants = grants.every(
    (g) => isRecord(g) && typeof g.accountId === 'string' && strings(g.roles) !== undefined,
  );
  if (!validGrants) return undefined;
  return {
    kind: p.kind,
    id: p.id,
    name: optionalString(p.name),
    organizationId: optionalString(p.organizationId),
    staffRole: optionalString(p.staffRole) as PrincipalClaims['staffRole'],
    grants: (grants as { accountId: string; roles?: string[] }[]).map((g) => ({
      accountId: g.accountId,
      roles: (g.roles ?? []) as PrincipalClaims['grants'][number]['roles'],
    })),
    deviceIds,
    stockLocationIds,
    sessionId: optionalString(p.sessionId),
    email: optionalString(p.email),
    ...(p.kind === 'serviceAccount'
      ? { capabilities: capabilities as PrincipalClaims['capabilities'] }
      : {}),
  };
}

/** identity's `costPerMinute` beside the principal: the organisation's budget, or null. */
export function costPerMinuteOf(body: unknown): number | null {
  const value = isRecord(body) ? body.costPerMinute : undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** One principal signed once and re-signed when half its lifetime is gone. */
class SignedHeader {
  private current: { header: Promise<string>; renewAt: number } | undefined;

  constructor(
    private readonly claims: PrincipalClaims,
    private readonly privateKey: CryptoKey,
    private readonly ttlSeconds: number,
  ) {}

  get(): Promise<string> {
    const now = Date.now();
    if (!this.current || this.current.renewAt <= now) {
      const header = signPrincipal(this.claims, this.privateKey, this.ttlSeconds);
      const current = { header, renewAt: now + (this.ttlSeconds * 1000) / 2 };
      this.current = current;
      header.catch(() => {
        if (this.current === current) this.current = undefined;
      });
    }
    return this.current.header;
  }
}
