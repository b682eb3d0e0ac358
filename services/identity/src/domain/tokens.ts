import { SignJWT, jwtVerify } from 'jose';
import { environment } from '@portal/platform';

const ALGORITHM = 'HS256';
const ISSUER = 'portal-identity';
const AUDIENCE = 'portal';
/** Access tokens live 15 minutes; revocation is checked on every use anyway. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;

let secret: Uint8Array | undefined;
function key(): Uint8Array {
  if (secret) return secret;
  const configured = environment().PORTAL_TOKEN_SECRET;
  if (!configured) throw new Error('PORTAL_TOKEN_SECRET is required by identity');
  secret = new TextEncoder().encode(configured);
  return secret;
}

export function signAccessToken(userId: string, sessionId: string): Promise<string> {
  return new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
    .sign(key());
}

/** The user and session an access token names, or null when it is not valid now. */
export async function readAccessToken(
  token: string,
): Promise<{ userId: string; sessionId: string } | null> {
  try {
    const { payload } = await jwtVerify<{ sid?: unknown }>(token, key(), {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['exp', 'sub'],
    });
    if (typeof payload.sid !== 'string' || !payload.sub) return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch {
    return null;
  }
}
