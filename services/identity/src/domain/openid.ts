import * as oidc from 'openid-client';
import { environment } from '@portal/platform';

/**
 * The relying-party half of single sign-on, on openid-client (a certified OpenID Connect
 * relying party): discovery, the authorisation URL with PKCE, state and nonce, and the code
 * exchange that checks the id token's signature, issuer, audience, expiry and nonce.
 */
export interface ProviderSettings {
  organizationId: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  /** Changes whenever the settings do: a cached discovery is then fetched again. */
  version: number;
}

/** Discovery documents and keys are kept this long per provider. */
const DISCOVERY_CACHE_MS = 10 * 60_000;
/** Seconds a request to the provider may take. */
const PROVIDER_TIMEOUT_SECONDS = 5;

const configurations = new Map<
  string,
  { at: number; configuration: Promise<oidc.Configuration> }
>();

/**
 * A provider must be on https; plain http only on this machine outside production (a developer's
 * or the tests' provider). Asking anything else could make identity fetch internal addresses.
 */
export function issuerProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'Enter the issuer as a URL, e.g. https://login.example.com.';
  }
  if (url.protocol === 'https:' && !url.search && !url.hash && !url.username) return null;
  if (url.protocol === 'http:' && isLoopback(url) && environment().PORTAL_MODE !== 'production')
    return null;
  return 'The issuer must be an https URL without query or credentials.';
}

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function providerConfiguration(settings: ProviderSettings): Promise<oidc.Configuration> {
  const key = `${settings.organizationId}:${settings.version}`;
  const cached = configurations.get(key);
  if (cached && Date.now() - cached.at < DISCOVERY_CACHE_MS) return cached.configuration;
  // One entry per organisation: older settings' discoveries go.
  for (const older of configurations.keys())
    if (older.startsWith(`${settings.organizationId}:`)) configurations.delete(older);
  const issuer = new URL(settings.issuer);
  const configuration = oidc
    .discovery(
      issuer,
      settings.clientId,
      { id_token_signed_response_alg: 'RS256' },
      settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
      {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        // openid-client's clock tolerance (30 s) applies to the id token's iat, exp and nbf.
        execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      },
    )
    .catch((error: unknown) => {
      configurations.delete(key);
      throw error;
    });
  configurations.set(key, { at: Date.now(), configuration });
  return configuration;
}

export interface AuthorisationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorisationRequest(
  configuration: oidc.Configuration,
  redirectUri: string,
  loginHint: string,
): Promise<AuthorisationRequest> {
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    login_hint: loginHint,
  });
  return { url, state, nonce, codeVerifier };
}

/** What the provider vouches for, from a verified id token. */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/** Exchanges the callback's code; throws SignInRejected when the answer does not check out. */
export async function exchangeCode(
  configuration: oidc.Configuration,
  callback: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<ProviderIdentity> {
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    return {
      subject: claims.sub,
      email: typeof claims.email === 'string' ? claims.email : null,
      emailVerified: claims.email_verified === true,
      name: typeof claims.name === 'string' ? claims.name : null,
    };
  } catch (error) {
    throw new SignInRejected(rejectionOf(error), error);
  }
}

export type Rejection = 'AUDIENCE' | 'EXPIRED' | 'NONCE' | 'ISSUER' | 'PROVIDER_ERROR' | 'OTHER';

export class SignInRejected extends Error {
  constructor(
    readonly reason: Rejection,
    cause: unknown,
  ) {
    super(`single sign-on rejected: ${reason}`, { cause });
  }
}

/** Which check the provider's answer failed, from openid-client's error and its causes. */
function rejectionOf(error: unknown): Rejection {
  const codes: string[] = [];
  let claim: unknown;
  for (
    let at = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    at && depth < 4;
    depth++
  ) {
    if (typeof at.code === 'string') codes.push(at.code);
    if (at instanceof oidc.AuthorizationResponseError || at instanceof oidc.ResponseBodyError)
      return 'PROVIDER_ERROR';
    const cause = at.cause as { claim?: unknown } | undefined;
    if (cause && typeof cause === 'object' && 'claim' in cause) claim = cause.claim;
    at = at.cause as typeof at;
  }
  if (codes.includes('OAUTH_JWT_TIMESTAMP_CHECK_FAILED')) return 'EXPIRED';
  if (claim === 'aud' || claim === 'azp') return 'AUDIENCE';
  if (claim === 'nonce') return 'NONCE';
  if (claim === 'iss') return 'ISSUER';
  return 'OTHER';
}
