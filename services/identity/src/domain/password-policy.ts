import { userError, type UserError } from '@portal/platform';

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

type WordLists = typeof import('@zxcvbn-ts/language-common');

// NIST SP 800-63B: refuse passwords from lists of commonly used ones (zxcvbn's 49,000).
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (common) return common;
  // The word lists (a 400 KB module) are loaded by the first password checked, not by every
  // identity process start or test file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { dictionary } = require('@zxcvbn-ts/language-common') as WordLists;
  common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/**
 * Why a new password is refused (WEAK_PASSWORD), or null when it will do. With its owner, it may
 * not contain the owner's name or the name part of the e-mail.
 */
export function passwordProblem(
  password: string,
  field: string[],
  owner?: { email: string; name: string },
): UserError | null {
  const personal = owner ? [owner.email.split('@')[0]!, ...owner.name.split(/\s+/)] : [];
  if (password.length < MIN_PASSWORD_LENGTH) {
    return userError('WEAK_PASSWORD', field, `Use at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return userError('WEAK_PASSWORD', field, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);
  }
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || /^(.)\1+$/.test(password)) {
    return userError('WEAK_PASSWORD', field, 'This password is too common. Choose another.');
  }
  if (personal.some((p) => p.length >= 4 && lower.includes(p.toLowerCase()))) {
    return userError('WEAK_PASSWORD', field, 'Do not use your name or e-mail in the password.');
  }
  return null;
}

/** Thrown inside a transaction: a weak password is the user's to fix, so the link is not spent. */
export class WeakPassword extends Error {
  constructor(readonly problem: UserError) {
    super(problem.message);
  }
}
