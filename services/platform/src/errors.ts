import { GraphQLError } from 'graphql';

/** A business-rule refusal, returned in a mutation payload (never thrown). */
export interface UserError {
  code: string;
  field: string[] | null;
  message: string;
}

export function userError(code: string, field: string[] | null, message: string): UserError {
  return { code, field, message };
}

/** A payload that refuses: `{ userErrors: [...] }` plus the payload's empty fields. */
export function refused<T extends object>(
  code: string,
  field: string[] | null,
  message: string,
  empty?: T,
): T & { userErrors: UserError[] } {
  return { ...(empty ?? ({} as T)), userErrors: [userError(code, field, message)] };
}

export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR';

/** A coded GraphQL error for authentication, authorisation and malformed requests. */
export function codedError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export const unauthenticated = () =>
  codedError('UNAUTHENTICATED', 'Sign in to use this part of the portal.');
export const forbidden = () => codedError('FORBIDDEN', 'You do not have access to this.');
export const notFound = (what = 'object') => codedError('NOT_FOUND', `No such ${what}.`);
export const badUserInput = (message: string) => codedError('BAD_USER_INPUT', message);

/** Codes that are safe to show a client as they are; anything else is masked. */
export const PUBLIC_ERROR_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // An e-mail whose organisation signs in through its provider only (identity).
  'SINGLE_SIGN_ON_REQUIRED',
]);
