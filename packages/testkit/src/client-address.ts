import {
  ANONYMOUS,
  CLIENT_ADDRESS_HEADER,
  PRINCIPAL_HEADER,
  principalKeysFromEnvironment,
  signPrincipal,
} from '@portal/platform';
import type { TestSystem } from './system';

/**
 * Sends an anonymous request to identity as the gateway would for a caller at `address`: every
 * request through the test gateway comes from 127.0.0.1, and throttling tests need an office,
 * or an attacker, of their own.
 */
export async function fromAddress<T>(
  system: TestSystem,
  address: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { privateKey } = await principalKeysFromEnvironment();
  const response = await fetch(system.identity.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [PRINCIPAL_HEADER]: await signPrincipal(ANONYMOUS, privateKey!, 60),
      [CLIENT_ADDRESS_HEADER]: address,
    },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!result.data || result.errors) throw new Error(JSON.stringify(result));
  return result.data;
}
