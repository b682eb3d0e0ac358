import { graphql } from '../__generated__';
import type { Messages } from './en';

// What every mutation asks of its refusals: the fields userErrorText and formErrors read.
graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
  }
`);

export interface UserErrorLike {
  code: string;
  field?: readonly string[] | null;
  message: string;
}

/** The field an error belongs to: the last named segment of its path (["input","grants","0","accountId"] -> accountId). */
export function fieldOf(error: UserErrorLike): string | null {
  const named = error.field?.filter((segment) => !/^\d+$/.test(segment));
  return named?.length ? named[named.length - 1]! : null;
}

/**
 * A refusal in the user's language. The server's messages are English sentences with a code;
 * validation codes (INVALID_INPUT, WEAK_PASSWORD) cover several rules, told apart by the
 * sentence. A code we do not know yet shows the server's own words.
 */
export function userErrorText(error: UserErrorLike, m: Messages): string {
  const t = m.userErrors;
  const field = fieldOf(error);
  const label = (field && m.fieldNames[field as keyof Messages['fieldNames']]) || field || '';
  const text = error.message;
  let match: RegExpExecArray | null;
  if (error.code === 'INVALID_INPUT' || error.code === 'WEAK_PASSWORD') {
    if ((match = /at most (\d+) characters/.exec(text)) && error.code === 'INVALID_INPUT')
      return t.tooLong(label, Number(match[1]));
    if (/control characters/.test(text)) return t.controlCharacters(label);
    if (/phone as digits/.test(text)) return t.phone;
    if (/e-mail address/.test(text)) return t.email;
    if (/name of 1 to/.test(text)) return t.name;
    if (/Choose da or en/.test(text)) return t.language;
    if (/at least one role/.test(text)) return t.atLeastOneRole;
    if ((match = /Use at least (\d+) characters/.exec(text)))
      return t.passwordTooShort(Number(match[1]));
    if ((match = /Use at most (\d+) characters/.exec(text)))
      return t.passwordTooLong(Number(match[1]));
    if (/too common/.test(text)) return t.passwordTooCommon;
    if (/your name or e-mail/.test(text)) return t.passwordPersonal;
    if (/^Enter the /.test(text)) return t.required(label);
    if (/future/.test(text)) return t.future;
    if (/Enter the counter as the device shows it/.test(text)) return t.counter;
    if (/Write a comment of/.test(text)) return t.comment;
    if (/Choose a visit time/.test(text)) return t.visitAt;
  }
  const meterName = (code: string) => m.meters[code as keyof Messages['meters']] ?? code;
  const count = (digits: string) => Number(digits.replace(/,/g, ''));
  if (
    error.code === 'LOWER_THAN_PREVIOUS' &&
    (match = /^The (\w+) meter read ([\d,]+) on (\d{4}-\d{2}-\d{2})/.exec(text))
  )
    return t.lowerThanPrevious(meterName(match[1]!), count(match[2]!), match[3]!);
  if (
    error.code === 'IMPLAUSIBLE_INCREASE' &&
    (match =
      /^([\d,]+) pages on (\w+) since (\d{4}-\d{2}-\d{2}) is more than this (\d+)-page-per-minute device can print in that time \(at most ([\d,]+)\)/.exec(
        text,
      ))
  )
    return t.implausibleIncrease(
      count(match[1]!),
      meterName(match[2]!),
      match[3]!,
      Number(match[4]),
      count(match[5]!),
    );
  if (error.code === 'MORE_THAN_OUTSTANDING' && (match = /Only (\d+) units/.exec(text)))
    return m.stockWork.codes.MORE_THAN_OUTSTANDING(Number(match[1]));
  if (error.code === 'NOTHING_TO_UNDO' || error.code === 'UNDO_EXPIRED')
    return m.stockWork.codes[error.code];
  if (error.code === 'DEVICE_NOT_ACTIVE')
    return /decommissioned/.test(text) ? t.deviceDecommissioned : t.deviceRemovalRequested;
  if (error.code === 'SSO_REJECTED') {
    const rejected = m.singleSignOn.rejected;
    if (/audience/.test(text)) return rejected.audience;
    if (/expired/.test(text)) return rejected.expired;
    if (/nonce/.test(text)) return rejected.nonce;
    return rejected.other;
  }
  const known =
    t.codes[error.code as keyof Messages['userErrors']['codes']] ??
    m.accounts.codes[error.code as keyof Messages['accounts']['codes']] ??
    m.singleSignOn.codes[error.code] ??
    m.webhooks.codes[error.code as keyof Messages['webhooks']['codes']];
  return known ?? text;
}

export interface FormErrors {
  /** Field name -> what is wrong with it. */
  fields: Record<string, string>;
  /** Refusals that belong to no field of the form. */
  general: string[];
}

/** Sorts a payload's userErrors onto the form's fields; the rest is shown above the form. */
export function formErrors(
  errors: readonly UserErrorLike[],
  m: Messages,
  formFields: readonly string[],
): FormErrors {
  const result: FormErrors = { fields: {}, general: [] };
  for (const error of errors) {
    const field = fieldOf(error);
    const text = userErrorText(error, m);
    if (field && formFields.includes(field)) {
      result.fields[field] = result.fields[field] ? `${result.fields[field]} ${text}` : text;
    } else result.general.push(text);
  }
  return result;
}
