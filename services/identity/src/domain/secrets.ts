import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: e-mail links, refresh tokens, API-key secrets. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored as this hash only: a database leak reveals no usable token. */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
