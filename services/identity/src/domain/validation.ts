import { userError, type UserError } from '@portal/platform';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailProblem(email: string, field: string[]): UserError | null {
  const trimmed = email.trim();
  return trimmed.length > 254 || !EMAIL.test(trimmed)
    ? userError('INVALID_INPUT', field, 'Enter an e-mail address such as name@company.dk.')
    : null;
}

export function nameProblem(name: string, field: string[]): UserError | null {
  const trimmed = name.trim();
  return trimmed.length === 0 || trimmed.length > 200
    ? userError('INVALID_INPUT', field, 'Enter a name of 1 to 200 characters.')
    : null;
}

export function languageOf(language: string | null | undefined): 'da' | 'en' | null {
  if (language === null || language === undefined || language === 'da') return 'da';
  return language === 'en' ? 'en' : null;
}

/** True for PostgreSQL's unique-violation error (a race lost to a concurrent insert). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}
