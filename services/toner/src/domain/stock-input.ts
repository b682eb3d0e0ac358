import { userError, type UserError } from '@portal/platform';

/** What a client sends to create a stock location (CreateStockLocationInput). */
export interface StockLocationInput {
  name?: string | null;
  shippingInstructions?: string | null;
  address?: string | null;
  contactName?: string | null;
}

/** What a client sends per counted product (StockCountInput). */
export interface StockCountInput {
  sku: string;
  quantity: number;
  minimumLevel?: number | null;
  targetLevel?: number | null;
}

export interface StockLocationFields {
  name?: string;
  shippingInstructions?: string;
  address?: string;
  contactName?: string | null;
}

/** No location keeps more of one toner than this; larger numbers are typing errors. */
export const MAX_QUANTITY = 10_000;
export const MAX_COUNTS = 50;

// Tabs and line breaks are fine in shipping instructions; other control characters never are.
const CONTROL = /[^\P{Cc}\t\n\r]/u;
const SINGLE_LINE_CONTROL = /\p{Cc}/u;

/**
 * The fields given (undefined or null: left as they are), trimmed and checked, each problem on
 * its field under `path`. `required`: the fields a new location must have.
 */
export function checkStockLocation(
  input: StockLocationInput,
  path: string[],
  { required }: { required: boolean },
): { value: StockLocationFields; errors: UserError[] } {
  const errors: UserError[] = [];
  const value: StockLocationFields = {};
  const field = (
    key: keyof StockLocationInput,
    label: string,
    max: number,
    { mandatory = false, multiline = false } = {},
  ): string | null | undefined => {
    const raw = input[key];
    if (raw === undefined || raw === null) {
      if (required && mandatory)
        errors.push(userError('INVALID_INPUT', [...path, key], `Enter the ${label}.`));
      return undefined;
    }
    const trimmed = raw.trim();
    if (!trimmed) {
      if (mandatory) errors.push(userError('INVALID_INPUT', [...path, key], `Enter the ${label}.`));
      return null;
    }
    if (trimmed.length > max) {
      errors.push(
        userError(
          'INVALID_INPUT',
          [...path, key],
          `Shorten the ${label} to at most ${max} characters.`,
        ),
      );
    } else if ((multiline ? CONTROL : SINGLE_LINE_CONTROL).test(trimmed)) {
      errors.push(
        userError(
          'INVALID_INPUT',
          [...path, key],
          `Remove the control characters from the ${label}.`,
        ),
      );
    }
    return trimmed;
  };
  const name = field('name', 'name', 100, { mandatory: true });
  if (name) value.name = name;
  const instructions = field('shippingInstructions', 'shipping instructions', 500, {
    multiline: true,
  });
  if (instructions !== undefined) value.shippingInstructions = instructions ?? '';
  const address = field('address', 'delivery address', 200, { mandatory: true });
  if (address) value.address = address;
  const contact = field('contactName', 'contact name', 100);
  if (contact !== undefined) value.contactName = contact;
  return { value, errors };
}

/** SKUs as printed on the box: C-EXV58-BK (case and spaces around do not matter). */
export function normaliseSku(sku: string): string {
  return sku.trim().toUpperCase().slice(0, 60);
}

/** A whole number of units: NEGATIVE_QUANTITY below 0, INVALID_INPUT above MAX_QUANTITY. */
export function checkQuantity(
  value: number | null | undefined,
  field: string[],
  label: string,
): UserError | null {
  if (value === null || value === undefined) return null;
  if (value < 0)
    return userError('NEGATIVE_QUANTITY', field, `The ${label} is a whole number of 0 or more.`);
  if (!Number.isInteger(value) || value > MAX_QUANTITY)
    return userError(
      'INVALID_INPUT',
      field,
      `The ${label} is a whole number up to ${MAX_QUANTITY.toLocaleString('en')}.`,
    );
  return null;
}
