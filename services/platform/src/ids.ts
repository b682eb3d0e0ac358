import { createHash } from 'node:crypto';

/** Opaque global ids ("Device:<uuid>" in base64url) so that node(id:) knows the type. */
export function toGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The local uuid of a global id of the given type, or null when it is not one. */
export function fromGlobalId(type: string, globalId: string): string | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator < 0 || decoded.slice(0, separator) !== type) return null;
  const local = decoded.slice(separator + 1);
  return UUID.test(local) ? local.toLowerCase() : null;
}

export function typeOfGlobalId(globalId: string): string | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  return separator > 0 ? decoded.slice(0, separator) : null;
}

/** A stable uuid derived from a name (RFC 4122 v5 layout), for demo data that must be known. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(`printer-portal:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
