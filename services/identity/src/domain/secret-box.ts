import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { environment } from '@portal/platform';

/**
 * Secrets the server must read back (TOTP secrets) are kept AES-256-GCM encrypted under a key
 * derived from PORTAL_TOKEN_SECRET, so a database dump alone does not reveal them. Stored as
 * v1.<iv>.<tag>.<ciphertext>, base64url; the purpose is bound in as associated data.
 */
const keys = new Map<string, Buffer>();
function key(purpose: string): Buffer {
  let derived = keys.get(purpose);
  if (!derived) {
    const configured = environment().PORTAL_TOKEN_SECRET;
    if (!configured) throw new Error('PORTAL_TOKEN_SECRET is required by identity');
    derived = Buffer.from(hkdfSync('sha256', configured, 'portal-identity', purpose, 32));
    keys.set(purpose, derived);
  }
  return derived;
}

export function seal(purpose: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(`seal:${purpose}`), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', ...[iv, cipher.getAuthTag(), body].map((p) => p.toString('base64url'))].join('.');
}

export function open(purpose: string, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('not a sealed value');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    key(`seal:${purpose}`),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

/** A keyed hash (HMAC-SHA256): without the server's key a leaked hash cannot be brute-forced. */
export function keyedHash(purpose: string, value: string): string {
  return createHmac('sha256', key(`hash:${purpose}`))
    .update(value, 'utf8')
    .digest('hex');
}
