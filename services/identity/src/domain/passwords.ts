import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** Argon2id. The package's Algorithm is a const enum that has no value at run time. */
export const ARGON2ID: Algorithm.Argon2id = 2;

/** OWASP's argon2id minimum: 19 MiB, 2 passes, 1 lane. */
const PARAMETERS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

/** True when a stored hash is weaker than today's parameters (rehashed at the next sign-in). */
export function needsRehash(storedHash: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
  if (!match) return true;
  const [, m, t, p] = match.map(Number) as [number, number, number, number];
  return m < PARAMETERS.memoryCost || t < PARAMETERS.timeCost || p !== PARAMETERS.parallelism;
}

// Verified against when the e-mail is unknown, so both answers take the same time.
let decoy: Promise<string> | undefined;

export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  decoy ??= hashPassword('not-a-real-password-just-a-decoy');
  const target = storedHash ?? (await decoy);
  const ok = await verify(target, password).catch(() => false);
  return storedHash !== null && ok;
}
