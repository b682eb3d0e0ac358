import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import { environment } from '@portal/platform';

/**
 * Secrets the server must read back (TOTP secrets, SSO client secrets) are kept AES-256-GCM
 * encrypted under PORTAL_ENCRYPTION_KEY, identity's own key: a database dump alone does not
 * reveal them, and rotating the token secret does not lose them. Each purpose gets its own key
 * (HKDF) and is bound in as associated data. Stored as v2.<key id>.<iv>.<tag>.<ciphertext>,
 * base64url; the key id lets PORTAL_ENCRYPTION_KEY_PREVIOUS open what was sealed before a
 * rotation (needsReseal says when to write a value again under the current key).
 */
interface Key {
  id: string;
  material: string;
}

function keyring(): { current: Key; all: Map<string, string> } {
  const env = environment();
  if (!env.PORTAL_ENCRYPTION_KEY) throw new Error('PORTAL_ENCRYPTION_KEY is required by identity');
  const current = { id: keyId(env.PORTAL_ENCRYPTION_KEY), material: env.PORTAL_ENCRYPTION_KEY };
  const all = new Map([[current.id, current.material]]);
  if (env.PORTAL_ENCRYPTION_KEY_PREVIOUS)
    all.set(keyId(env.PORTAL_ENCRYPTION_KEY_PREVIOUS), env.PORTAL_ENCRYPTION_KEY_PREVIOUS);
  return { current, all };
}

/** Names a key without revealing it: 48 bits of its hash. */
function keyId(material: string): string {
  return createHash('sha256').update(`portal-key-id:${material}`).digest('base64url').slice(0, 8);
}

const derived = new Map<string, Buffer>();
function derive(material: string, salt: string, purpose: string): Buffer {
  const cacheKey = `${salt}\0${purpose}\0${material}`;
  let key = derived.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', material, salt, purpose, 32));
    derived.set(cacheKey, key);
  }
  return key;
}

/** Version 1 values were sealed under the token secret; they stay readable until re-sealed. */
function legacyKey(purpose: string): Buffer {
  const configured = environment().PORTAL_TOKEN_SECRET;
  if (!configured) throw new Error('PORTAL_TOKEN_SECRET is required by identity');
  return derive(configured, 'portal-identity', `seal:${purpose}`);
}

export function seal(purpose: string, plaintext: string): string {
  const { current } = keyring();
  const iv = randomBytes(12);
  const key = derive(current.material, 'portal-identity-encryption', `seal:${purpose}`);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((p) => p.toString('base64url'));
  return ['v2', current.id, ...parts].join('.');
}

export function open(purpose: string, sealed: string): string {
  const parts = sealed.split('.');
  let key: Buffer;
  if (parts[0] === 'v1' && parts.length === 4) {
    key = legacyKey(purpose);
    parts.splice(1, 0, '');
  } else if (parts[0] === 'v2' && parts.length === 5) {
    const material = keyring().all.get(parts[1]!);
    if (!material) throw new Error('sealed with a key that is no longer configured');
    key = derive(material, 'portal-identity-encryption', `seal:${purpose}`);
  } else {
    throw new Error('not a sealed value');
  }
  const [, , iv, tag, body] = parts as [string, string, string, string, string];
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

/** True when a value was sealed under an older key (or the token secret) and should be sealed again. */
export function needsReseal(sealed: string): boolean {
  const [version, id] = sealed.split('.');
  return version !== 'v2' || id !== keyring().current.id;
}

/** A keyed hash (HMAC-SHA256): without the server's key a leaked hash cannot be brute-forced. */
export function keyedHash(purpose: string, value: string): string {
  const configured = environment().PORTAL_TOKEN_SECRET;
  if (!configured) throw new Error('PORTAL_TOKEN_SECRET is required by identity');
  return createHmac('sha256', derive(configured, 'portal-identity', `hash:${purpose}`))
    .update(value, 'utf8')
    .digest('hex');
}
