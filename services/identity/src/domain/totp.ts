import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** The name authenticator apps show beside the user's e-mail. */
const ISSUER = 'Service Portal';
const PERIOD_SECONDS = 30;
/** Codes one step early or late still count: phone clocks drift. */
const WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
/** No 0/O, 1/l/i: read off paper without guessing. 10 characters = 50 bits. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function totp(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
  });
}

/** 160 random bits, base32, as RFC 4226 recommends. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The otpauth URI as SVG markup: no image request, nothing the CSP has to allow. */
export async function qrCodeSvg(uri: string): Promise<string> {
  // qrcode and pngjs (~60 modules) are loaded by the first enrolment, not by every identity
  // process start or test file.
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The current code (tests and the demo). */
export function currentCode(secret: string, timestamp = Date.now()): string {
  return totp(secret).generate({ timestamp });
}

/**
 * The time step a six-digit code is valid for, or null when it is wrong or its step is not later
 * than the last one accepted (a code is accepted once).
 */
export function acceptedStep(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  timestamp = Date.now(),
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp, window: WINDOW_STEPS });
  if (delta === null) return null;
  const step = Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

/** Ten codes of the form abcde-fghjk. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(
      { length: 10 },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    ).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What the user typed, as codes are compared: spaces and dashes out, lower case. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}
