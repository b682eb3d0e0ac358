import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { environment } from '@portal/platform';

/** Resolves a host name to every address (node:dns lookup's shape; tests give their own). */
export type Resolver = (host: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/** Where endpoints may point: production refuses every address that is not public, and http. */
export interface AddressPolicy {
  allowPrivateAddresses: boolean;
  requireHttps: boolean;
  resolve: Resolver;
}

/** Demo and test runs deliver to loopback receivers; every other mode only to public addresses. */
export function addressPolicy(): AddressPolicy {
  const mode = environment().PORTAL_MODE;
  return {
    allowPrivateAddresses: mode === 'demo' || mode === 'test',
    requireHttps: mode === 'production',
    resolve: systemResolver,
  };
}

export class AddressRefused extends Error {
  constructor(
    readonly code: 'INVALID_URL' | 'HTTPS_REQUIRED' | 'ADDRESS_NOT_ALLOWED' | 'HOST_NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Whether an address is a public unicast one: not loopback, private (RFC 1918, unique local),
 * link-local (where cloud metadata services answer, 169.254.169.254), carrier-grade NAT
 * (Alibaba's metadata at 100.100.100.200), multicast, reserved or unspecified. An IPv4 address
 * written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

/** Checks an endpoint URL's form (scheme, no credentials) under the policy; returns it parsed. */
export function parseEndpointUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AddressRefused('INVALID_URL', 'Give a full URL, e.g. https://erp.example.com/hooks.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new AddressRefused('INVALID_URL', 'The URL must start with https://.');
  if (url.protocol === 'http:' && policy.requireHttps)
    throw new AddressRefused('HTTPS_REQUIRED', 'The URL must start with https://.');
  if (url.username || url.password)
    throw new AddressRefused('INVALID_URL', 'Leave user name and password out of the URL.');
  if (raw.length > 2000) throw new AddressRefused('INVALID_URL', 'The URL is too long.');
  return url;
}

/**
 * The addresses a host resolves to, each checked: every one must be allowed, or the host is
 * refused (a name resolving to one public and one private address is no safer).
 */
export async function checkedAddresses(
  host: string,
  policy: AddressPolicy,
): Promise<LookupAddress[]> {
  const bare = host.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  if (isIP(bare)) addresses = [{ address: bare, family: isIP(bare) }];
  else {
    try {
      addresses = await policy.resolve(bare);
    } catch {
      throw new AddressRefused('HOST_NOT_FOUND', `The host ${bare} cannot be resolved.`);
    }
  }
  if (addresses.length === 0)
    throw new AddressRefused('HOST_NOT_FOUND', `The host ${bare} cannot be resolved.`);
  if (!policy.allowPrivateAddresses && addresses.some((a) => !isPublicAddress(a.address)))
    throw new AddressRefused(
      'ADDRESS_NOT_ALLOWED',
      'The URL points to a private, loopback or link-local address.',
    );
  return addresses;
}

/** Registration's check: the URL's form and where its host resolves now. */
export async function checkEndpointUrl(raw: string, policy: AddressPolicy): Promise<URL> {
  const url = parseEndpointUrl(raw, policy);
  await checkedAddresses(url.hostname, policy);
  return url;
}
