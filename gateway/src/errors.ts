import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { API_KEY_PREFIX, PUBLIC_ERROR_CODES, SERVICE_ACCOUNT_PREFIX } from '@portal/platform/edge';
import type { Credentials } from './credentials';
import { FairUseExceededError } from './fair-use';

/** What a client sees when the gateway or identity cannot answer (HTTP 503 before execution). */
export const SERVICE_UNAVAILABLE_MESSAGE =
  'The portal is temporarily unavailable. Try again shortly.';
export const INVALID_TOKEN_MESSAGE = 'Your sign-in has expired or is not valid. Sign in again.';
/** For a program: its API key (pk_…) is unknown, revoked or cut short. */
export const INVALID_API_KEY_MESSAGE =
  'The API key is not valid: it is unknown, revoked or incomplete. Send the whole key as "Authorization: Bearer pk_…"; an Administrator finds and creates keys under Users → API keys.';
/** For one of the vendor's systems: its service account's secret (sa_…) is not valid. */
export const INVALID_SERVICE_ACCOUNT_MESSAGE =
  'The service account secret is not valid: it is unknown, rotated, revoked or incomplete. Send the whole secret as "Authorization: Bearer sa_…"; a service agent issues a new one under Customer accounts → Service accounts.';
/** For a program: an Authorization header that is not a bearer token. */
export const MALFORMED_AUTHORIZATION_MESSAGE =
  'The Authorization header must be "Bearer " followed by an API key (pk_…) or an access token.';

/**
 * Why a request's credentials were refused, worded for whoever sent them: a developer for an
 * API key or a malformed header, a person for an expired sign-in.
 */
export function refusedCredentialsMessage(credentials: Credentials): string {
  if (credentials.kind === 'malformed') return MALFORMED_AUTHORIZATION_MESSAGE;
  if (credentials.kind === 'bearer' && credentials.token.startsWith(API_KEY_PREFIX))
    return INVALID_API_KEY_MESSAGE;
  if (credentials.kind === 'bearer' && credentials.token.startsWith(SERVICE_ACCOUNT_PREFIX))
    return INVALID_SERVICE_ACCOUNT_MESSAGE;
  return INVALID_TOKEN_MESSAGE;
}

/**
 * A subgraph could not be reached or timed out. Made by the gateway itself (never copied from
 * a subgraph), so its code and fixed message are safe to show; fields it owns come back null.
 */
export class SubgraphUnavailableError extends GraphQLError {
  constructor() {
    super('Part of the portal is temporarily unavailable. Try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
}

/** Whether a client may see this error's message and code as they are. */
export function isPublicError(formatted: GraphQLFormattedError, error: unknown): boolean {
  const code = formatted.extensions?.code;
  if (typeof code !== 'string') return false;
  if (PUBLIC_ERROR_CODES.has(code)) return true;
  if (code === 'RATE_LIMITED') return madeBy(error, FairUseExceededError);
  return code === 'SERVICE_UNAVAILABLE' && gatewayMade(error);
}

/** The gateway's own error, thrown as it is or wrapped by Apollo (never a subgraph's copy). */
function madeBy(error: unknown, kind: new (...args: never[]) => Error): boolean {
  return (
    error instanceof kind || (error instanceof GraphQLError && error.originalError instanceof kind)
  );
}

function gatewayMade(error: unknown): boolean {
  return (
    error instanceof SubgraphUnavailableError ||
    (error instanceof GraphQLError && error.originalError instanceof SubgraphUnavailableError)
  );
}

/**
 * Apollo Server's own refusals of a request that carry no code but an HTTP 400 (e.g. "provided
 * sha does not match query"): made in this process (their head holds a HeaderMap, which no
 * subgraph's JSON can), so their message is safe and the caller's fault.
 */
function apolloBadRequest(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || typeof error.extensions?.code === 'string') return false;
  const http = error.extensions?.http as { status?: number; headers?: unknown } | undefined;
  return http?.status === 400 && http.headers instanceof Map;
}

/**
 * Apollo's formatError: public errors keep only message, path and code (no serviceName,
 * stacktrace or http details); everything else becomes a bare internal error. The original is
 * logged, with the request id, by the logging plugin (formatError has no request context).
 */
export function maskGatewayError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const path = formatted.path ? { path: formatted.path } : {};
  if (apolloBadRequest(error)) {
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  if (isPublicError(formatted, error)) {
    return {
      message: formatted.message,
      ...path,
      extensions: { code: formatted.extensions?.code, ...fieldOf(formatted) },
    };
  }
  return {
    message: 'Internal server error',
    ...path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** The input field a BAD_USER_INPUT error names (input-checks.ts), as userErrors name theirs. */
function fieldOf(formatted: GraphQLFormattedError): { field?: string[] } {
  const field = formatted.extensions?.field;
  const named =
    formatted.extensions?.code === 'BAD_USER_INPUT' &&
    Array.isArray(field) &&
    field.every((part) => typeof part === 'string');
  return named ? { field: field as string[] } : {};
}
